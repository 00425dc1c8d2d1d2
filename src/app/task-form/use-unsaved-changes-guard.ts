import { useEffect, useRef } from 'react';

/**
 * Asks before the page is left while edits are unsaved: a reload, a close or an external link (the browser's
 * own prompt), and a link inside the app, which would otherwise unmount the form silently. The local draft
 * would still hold the edits, but leaving should be a decision.
 *
 * `hasUnsavedEdits` is asked at the moment of leaving, from the live values: react-hook-form publishes its
 * dirty state only after the change's validation, which may still be waiting for the form's rules to load.
 */
export function useUnsavedChangesGuard(hasUnsavedEdits: () => boolean, question: string) {
  const latest = useRef(hasUnsavedEdits);
  latest.current = hasUnsavedEdits;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current()) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || link.target) return;
      if (link.pathname === location.pathname || !latest.current()) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [question]);
}
