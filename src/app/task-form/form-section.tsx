import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A collapsible section of the form. Collapsing hides the content without unmounting it, so nothing
 * typed in it is lost and its fields stay registered.
 */
export function FormSection({
  id,
  title,
  description,
  expanded,
  invalid,
  onToggle,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  expanded: boolean;
  invalid: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const contentId = `${id}-content`;
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={`scroll-mt-4 rounded-lg border ${invalid ? 'border-red-400 dark:border-red-700' : 'border-slate-200 dark:border-slate-700'}`}
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={contentId}
          onClick={onToggle}
          className="flex w-full items-center gap-2 rounded-lg px-4 py-3 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-orange-600 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true" className="w-4 text-slate-500">
            {expanded ? '▾' : '▸'}
          </span>
          {title}
          {invalid && (
            <span className="text-sm font-normal text-red-700 dark:text-red-400">● {t.sectionHasErrors}</span>
          )}
        </button>
      </h2>
      <div id={contentId} hidden={!expanded} className="flex flex-col gap-4 px-4 pb-4">
        {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        {children}
      </div>
    </section>
  );
}
