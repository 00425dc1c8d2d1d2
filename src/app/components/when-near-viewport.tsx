import { createContext, use, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

type Preload = () => Promise<unknown>;

interface DeferredParts {
  /** Set by a form that must show everything at once (e.g. to focus the first invalid field). */
  mountAll: boolean;
  /** The code loaders of the parts on the page now, registered by each WhenNearViewport. */
  preloads: Set<Preload>;
}

const DeferredPartsContext = createContext<DeferredParts>({ mountAll: false, preloads: new Set() });

/**
 * For a page with parts that mount on scroll: the provider to wrap them in, and `mountEverything()`, which
 * loads the code of every such part the page has now, then mounts them all before it resolves, so that a
 * field anywhere can be focused. A part whose code failed to load mounts all the same: its Suspense boundary
 * reports the failure.
 */
export function useDeferredParts() {
  const [mountAll, setMountAll] = useState(false);
  const [preloads] = useState(() => new Set<Preload>());
  // A new value only when mountAll changes: every deferred part reads it.
  const deferredParts = useMemo<DeferredParts>(() => ({ mountAll, preloads }), [mountAll, preloads]);
  return {
    deferredParts,
    DeferredPartsProvider: DeferredPartsContext,
    mountEverything: (): Promise<void> =>
      Promise.all([...preloads].map((preload) => preload()))
        .catch(() => undefined)
        .then(() => flushSync(() => setMountAll(true))),
  };
}

// Mounted a little before it scrolls into view, so that the code has arrived by the time it is seen.
const AHEAD = '200px';

/**
 * Mounts its children once the place they take comes near the viewport, and keeps them mounted: code and work
 * for what is further down the page wait until the reader scrolls towards it, instead of competing with the
 * first paint. A collapsed (hidden) section never comes near, so it costs nothing until opened.
 */
export function WhenNearViewport({
  estimatedHeight,
  preload,
  children,
}: {
  estimatedHeight: number;
  /** Loads the code of the lazy parts inside, for a page that must mount everything at once. */
  preload: Preload;
  children: ReactNode;
}) {
  const { mountAll: mountEverything, preloads } = use(DeferredPartsContext);
  useEffect(() => {
    preloads.add(preload);
    return () => void preloads.delete(preload);
  }, [preloads, preload]);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (near || mountEverything) return children;
  return <div ref={placeholder} style={{ minHeight: estimatedHeight }} />;
}
