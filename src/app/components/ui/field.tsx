import { useId, type ComponentProps, type ReactNode } from 'react';

// The parts of a labelled control, as shadcn's Field family: a column, its label, the control, its error and
// its help, the last two tied to the control by aria-describedby (DESIGN.md, ARIA practices). They hold no
// form state; components/form/form-field.tsx wires them to a parameter of the task.

/** The ids that tie a control to its label, error and help. */
export function useFieldIds() {
  const id = useId();
  return { id, error: `${id}-error`, help: `${id}-help` };
}

/** The value of aria-describedby: the ids given, skipping those whose part is not shown. */
export function describedBy(...ids: ReadonlyArray<string | false | undefined>): string {
  return ids.filter(Boolean).join(' ');
}

export function Field({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-1">{children}</div>;
}

export function FieldLabel({
  htmlFor,
  id,
  hidden = false,
  children,
}: {
  htmlFor: string;
  /** For another element it also names (aria-labelledby). */
  id?: string;
  /** For table cells, whose column header already shows the label. */
  hidden?: boolean;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} id={id} className={hidden ? 'sr-only' : 'text-sm font-medium'}>
      {children}
    </label>
  );
}

export function FieldError({
  id,
  control,
  ...props
}: ComponentProps<'div'> & { id: string; /** The control's id. */ control: string }) {
  return (
    <div {...props} id={id} className="text-sm text-red-700 dark:text-red-400" data-error-for={control} />
  );
}

export function FieldHelp({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-xs text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

export const inputClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-orange-600 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900';
