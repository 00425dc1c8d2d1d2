import {
  createContext,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/i18n.tsx';

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

type Edge = 'first' | 'last';

/**
 * The controls around a focused placeholder, taken as React removes it: the mounted part's controls come
 * between them.
 */
interface Slot {
  /** Nearest first: one of them may be a placeholder that goes in the same commit. */
  previous: HTMLElement[];
  next: HTMLElement[];
  edge: Edge;
}

/**
 * Mounts its children once the place they take comes near the viewport and their code (`preload`) has arrived,
 * and keeps them mounted: code and work for what is further down the page wait until the reader scrolls towards
 * it, instead of competing with the first paint. A collapsed (hidden) section never comes near, so it costs
 * nothing until opened.
 *
 * Until then the placeholder is in the tab order, named by `label`, so that Tab (held down, faster than the
 * page scrolls) never skips the controls inside: focused, it loads the part's code, mounts it and hands focus to
 * its first control (its last when reached with Shift+Tab). Tab pressed while the code is still loading stays
 * on the placeholder (the part's first control is where it was going); Shift+Tab leaves it. Focus never falls
 * to the page: a focused placeholder replaced for any reason (scrolled near, everything mounted) hands focus
 * on the same way, or to the next control of the page when the part has none.
 */
export function WhenNearViewport({
  estimatedHeight,
  preload,
  label,
  children,
}: {
  estimatedHeight: number;
  /** Loads the code of the lazy parts inside, for a page that must mount everything at once. */
  preload: Preload;
  /** Names the part while it is a placeholder, for the keyboard and screen readers ("Schedule preview"). */
  label: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { mountAll: mountEverything, preloads } = use(DeferredPartsContext);
  useEffect(() => {
    preloads.add(preload);
    return () => void preloads.delete(preload);
  }, [preloads, preload]);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);
  // How focus entered the placeholder: the edge of the part it goes to once mounted.
  const entry = useRef<Edge>('first');
  const revealing = useRef<Promise<void>>(undefined);
  const slot = useRef<Slot>(undefined);
  const mounted = near || mountEverything;

  // The part replaces the placeholder once its code has arrived: mounted earlier, it would show its Suspense
  // fallback, which Tab passes over, in place of the placeholder, which Tab stops at.
  const reveal = useCallback(() => {
    revealing.current ??= preload()
      .catch(() => undefined) // mounted all the same: its Suspense boundary reports the failure
      .then(() => {
        if (document.activeElement === placeholder.current) flushSync(() => setNear(true));
        else setNear(true);
      });
  }, [preload]);

  useEffect(() => {
    const element = placeholder.current;
    if (mounted || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal();
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [mounted, reveal]);

  // The part has just replaced a focused placeholder: focus goes to its first (or last) control.
  useLayoutEffect(() => {
    const taken = slot.current;
    if (!mounted || !taken) return;
    slot.current = undefined;
    focusInto(taken);
  }, [mounted]);

  const holdPlaceholder = useCallback((element: HTMLDivElement | null) => {
    placeholder.current = element;
    if (!element) return;
    // Called as React removes the placeholder, before the part's nodes go in.
    return () => {
      placeholder.current = null;
      if (document.activeElement === element) slot.current = { ...neighbours(element), edge: entry.current };
    };
  }, []);

  if (mounted) return children;

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const from = event.relatedTarget;
    entry.current =
      from instanceof Node &&
      from.compareDocumentPosition(event.currentTarget) & Node.DOCUMENT_POSITION_PRECEDING
        ? 'last'
        : 'first';
    reveal();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // While the code loads, Tab onwards waits here rather than jumping over the part's controls.
    if (event.key === 'Tab' && event.shiftKey === (entry.current === 'last')) event.preventDefault();
  }

  return (
    <div
      ref={holdPlaceholder}
      role="group"
      aria-label={t.deferredLoading(label)}
      tabIndex={0}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      data-deferred-part=""
      style={{ minHeight: estimatedHeight }}
      className="group rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-orange-600"
    >
      <span
        aria-hidden="true"
        className="sr-only text-sm text-slate-600 group-focus:not-sr-only group-focus:inline-block group-focus:p-2 dark:text-slate-400"
      >
        {t.deferredLoading(label)}
      </span>
    </div>
  );
}

const TABBABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || element.tabIndex < 0) return false;
  if (element.matches(':disabled') || element.closest('[inert]')) return false;
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  // Of a group of radio buttons, Tab stops at the checked one only.
  if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && element.name) {
    const group = element.form?.elements.namedItem(element.name);
    if (group instanceof RadioNodeList && [...group].some((radio) => radio.checked)) return false;
  }
  return true;
}

function tabbables(): HTMLElement[] {
  return [...document.body.querySelectorAll(TABBABLE)].filter(isTabbable);
}

const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The controls before and after `element`, nearest first. */
function neighbours(element: HTMLElement) {
  const all = tabbables().filter((candidate) => candidate !== element);
  const split = all.findIndex((candidate) => before(element, candidate));
  const next = split < 0 ? [] : all.slice(split);
  const previous = (split < 0 ? all : all.slice(0, split)).reverse();
  return { previous, next };
}

/**
 * Focuses the mounted part's first control (or last, for `edge` "last"): the first control after the one that
 * preceded the placeholder. A part with no control passes focus on to the control after it (or before it).
 */
function focusInto(slot: Slot) {
  const connected = (element: HTMLElement) => element.isConnected;
  const previous = slot.previous.find(connected);
  const next = slot.next.find(connected);
  const all = tabbables();
  const target =
    slot.edge === 'first'
      ? all.find((candidate) => !previous || before(previous, candidate))
      : all.findLast((candidate) => !next || before(candidate, next));
  target?.focus();
}
