import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the platform's own `<dialog>`: `showModal()` makes the page behind it inert (nothing
 * there can change while it is open), traps Tab inside and gives Escape. Mounted is open: it opens with
 * focus on its heading and, when it unmounts, gives focus back to the control that had it.
 */
export function ModalDialog({
  title,
  role = 'dialog',
  locked = false,
  onClose,
  className = '',
  describedBy,
  children,
}: {
  title: ReactNode;
  /** `alertdialog` for a question that interrupts (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  /** While true, Escape does nothing (e.g. during a save whose outcome must be seen). */
  locked?: boolean;
  onClose: () => void;
  className?: string;
  describedBy?: string;
  children: ReactNode;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Before paint: the dialog is never seen in the page's flow, only as a modal.
  useLayoutEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (!element) return;
    element.showModal();
    heading.current?.focus();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      aria-modal="true"
      onCancel={(event) => {
        // React state decides whether the dialog is open: Escape asks, the owner closes.
        event.preventDefault();
        if (!locked) onClose();
      }}
      className={`m-auto rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100 ${className}`}
    >
      <h2
        id={`${id}-title`}
        ref={heading}
        tabIndex={-1}
        className="shrink-0 px-4 pt-4 text-lg font-semibold outline-none"
      >
        {title}
      </h2>
      {children}
    </dialog>
  );
}
