import { useId, type ReactElement, type ReactNode } from 'react';
import { ValidationMessage } from '../../i18n/validation-message.tsx';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
}

/**
 * A labelled control with help text and its error tied to it by aria-describedby, as assistive technology
 * and the e2e tests both expect (DESIGN.md, ARIA practices).
 */
export function Field({
  label,
  labelHidden = false,
  help,
  error,
  children,
}: {
  label: ReactNode;
  /** For table cells, whose column header already shows the label. */
  labelHidden?: boolean;
  help?: ReactNode;
  error?: string;
  children: (props: FieldControlProps) => ReactElement;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelHidden ? 'sr-only' : 'text-sm font-medium'}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': [error ? errorId : '', help ? helpId : ''].filter(Boolean).join(' '),
      })}
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400" data-error-for={id}>
          <ValidationMessage message={error} />
        </p>
      )}
      {help && (
        <p id={helpId} className="text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-orange-600 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900';
