import { useEffect } from 'react';

/** Inside a text control the browser's own undo is left alone; elsewhere Ctrl+Z undoes form edits. */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  );
}

/**
 * Ctrl/⌘+S opens the review (unless it is open); Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redoes form
 * edits, except inside a text control, whose own undo the browser keeps, and while the review is open.
 */
export function useEditorShortcuts({
  reviewOpen,
  review,
  undo,
  redo,
}: {
  reviewOpen: boolean;
  review: () => void;
  undo: () => void;
  redo: () => void;
}) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        if (!reviewOpen) review();
        return;
      }
      if (reviewOpen || isTextEditing(event.target)) return;
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [review, reviewOpen, undo, redo]);
}
