import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { TASK_SECTIONS, type SectionId } from './task-sections.ts';

const SECTION_IDS: ReadonlySet<string> = new Set(TASK_SECTIONS.map((section) => section.id));

/** The section a URL fragment (`#dependencies`) names, or undefined for any other fragment. */
export function sectionOfHash(hash: string): SectionId | undefined {
  let id = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  return SECTION_IDS.has(id) ? (id as SectionId) : undefined;
}

/**
 * The address whose fragment was last acted on. Should the editor mount again on the same address (remounted
 * by its page, say after a save), that must not throw the reader back to the section they arrived at.
 * Back/forward (popstate) clears it, so returning to a deep link in the history opens its section again.
 */
let handledHref: string | undefined;
if (typeof window !== 'undefined') window.addEventListener('popstate', () => (handledHref = undefined));

/**
 * `/tasks/:id#<section>` opens that section: expanded, its deferred parts mounted, scrolled to the top of the
 * viewport, and focus on its heading's toggle button. That happens on a fresh load, on a fragment change while
 * on the page (back/forward, an edited address), and on a click on any link to a section (the navigator), which
 * keeps the fragment in the address. Any other fragment is left to the browser.
 *
 * The toggle button, not the `<h2>`, takes focus: it is the heading's only content, so screen readers announce
 * the heading's name with its role and state ("Dependencies, button, expanded", with "heading level 2" where the
 * reader reports context), which tells the reader where they are and that the section folds; a `tabIndex=-1`
 * heading would announce no state, show a focus ring on something that does nothing, and leave the next Tab to
 * start from an element outside the tab order.
 */
export function useSectionDeepLink({
  expand,
  mountEverything,
}: {
  expand: (ids: Iterable<SectionId>) => void;
  mountEverything: () => Promise<void>;
}) {
  const latest = useRef({ expand, mountEverything });
  latest.current = { expand, mountEverything };

  useEffect(() => {
    let active = true;
    let navigation = 0;

    async function open(id: SectionId) {
      const current = ++navigation;
      const focusedBefore = document.activeElement;
      latest.current.expand([id]);
      await latest.current.mountEverything();
      // A newer navigation, or the editor unmounted, while the deferred parts' code was loading.
      if (!active || current !== navigation) return;
      flushSync(() => latest.current.expand([id])); // laid out before it is measured (a no-op when done)
      handledHref = location.href; // only now: StrictMode's first, abandoned mount must not count
      const section = document.getElementById(id);
      const toggle = document.getElementById(`${id}-heading`)?.querySelector('button');
      if (!section || !toggle) return;
      section.scrollIntoView({ block: 'start' });
      // The reader moved on meanwhile (clicked into a field): leave their focus where it is.
      const focusNow = document.activeElement;
      if (focusNow !== focusedBefore && focusNow !== document.body && focusNow !== null) return;
      toggle.focus({ preventScroll: true });
    }

    const initial = sectionOfHash(location.hash);
    if (initial && handledHref !== location.href) void open(initial);

    const onHashChange = () => {
      const id = sectionOfHash(location.hash);
      if (id) void open(id);
    };
    // A click on a link to a section: the browser's own jump would land before the section is expanded and the
    // parts above it mounted, and a click on the fragment already in the address fires no hashchange. So the
    // link's navigation is done here: the fragment pushed (back returns to the previous one), then the section
    // opened.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      if (!(link instanceof HTMLAnchorElement) || link.target) return;
      const id = sectionOfHash(link.hash);
      if (!id) return;
      event.preventDefault();
      if (location.hash !== link.hash) history.pushState(history.state, '', link.hash);
      void open(id);
    };
    window.addEventListener('hashchange', onHashChange);
    document.addEventListener('click', onClick);
    return () => {
      active = false;
      window.removeEventListener('hashchange', onHashChange);
      document.removeEventListener('click', onClick);
    };
  }, []);
}
