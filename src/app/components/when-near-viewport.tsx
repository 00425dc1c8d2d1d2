import { createContext, use, useEffect, useRef, useState, type ReactNode } from 'react';

/** Set by a form that must show everything at once (e.g. to focus the first invalid field). */
export const MountEverything = createContext(false);

// Mounted a little before it scrolls into view, so that the code has arrived by the time it is seen.
const AHEAD = '200px';

/**
 * Mounts its children once the place they take comes near the viewport, and keeps them mounted: code and work
 * for what is further down the page wait until the reader scrolls towards it, instead of competing with the
 * first paint. A collapsed (hidden) section never comes near, so it costs nothing until opened.
 */
export function WhenNearViewport({
  estimatedHeight,
  children,
}: {
  estimatedHeight: number;
  children: ReactNode;
}) {
  const mountEverything = use(MountEverything);
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
