import { Suspense, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { validateCron } from '#domain/cron/validate-cron';
import type { TaskForm } from '#domain/task/task-form';
import { useFieldError } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { ValidationMessage } from '../components/form/validation-message.tsx';
import {
  describedBy,
  Field,
  FieldError,
  FieldHelp,
  FieldLabel,
  inputClass,
  useFieldIds,
} from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useCronMessages } from './cron-messages.ts';
import { lazyComponent } from '../components/lazy-component.ts';

const ScheduleWords = lazyComponent(() =>
  import('../components/schedule-words.tsx').then((m) => m.ScheduleWords),
);

/**
 * Trigger.Cron as text, always shown: DataWorks' rules checked on every keystroke, each problem named
 * by field and position and marked in the expression, the ambiguous-weekday warning with its one-click
 * rewrite, and the schedule in words.
 */
export function CronExpressionField() {
  const { t } = useI18n();
  const m = useCronMessages();
  const ids = useFieldIds();
  const { register, control, setValue } = useFormContext<TaskForm>();
  const formError = useFieldError('Trigger.Cron');
  const cron = (useWatch({ control, name: 'Trigger.Cron' }) ?? '').trim();
  const check = useMemo(
    () => (cron ? validateCron(cron, { dialect: 'dataworks' }) : null), // weekdays: the deployment's
    [cron],
  );
  // Words come from a lazily loaded component (cronstrue stays out of the first paint).
  const description = check?.ok ? { ok: true as const } : null;
  const liveErrors = check && !check.ok ? check.errors : [];
  const warning = check?.warnings.find((w) => w.suggestion);
  const warningId = `${ids.id}-warning`;
  const descriptionId = `${ids.id}-description`;
  const hasError = liveErrors.length > 0 || Boolean(formError);
  return (
    <Field>
      <FieldLabel htmlFor={ids.id}>{t.fieldCron}</FieldLabel>
      <input
        id={ids.id}
        {...register('Trigger.Cron', optionalText)}
        className={`${inputClass} font-mono`}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={hasError}
        aria-describedby={describedBy(
          hasError && ids.error,
          warning && warningId,
          description?.ok && descriptionId,
          ids.help,
        )}
      />
      {hasError && (
        <FieldError id={ids.error} control={ids.id} data-testid="cron-errors">
          {/* The field's own check names each problem's field and position; the form's message stands in when
              the expression passes it but not the schema, or DataWorks refused it. */}
          {liveErrors.length > 0 ? (
            <>
              <p aria-hidden="true" className="font-mono whitespace-pre">
                {markIssues(cron, liveErrors)}
              </p>
              <ul className="list-disc pl-5">
                {liveErrors.map((error) => (
                  <li key={`${error.field}-${error.position}-${error.message}`}>
                    <ValidationMessage message={error.message} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{formError && <ValidationMessage message={formError} />}</p>
          )}
        </FieldError>
      )}
      {warning?.suggestion && (
        <div
          id={warningId}
          role="note"
          className="flex flex-col items-start gap-1 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
        >
          <p>
            <strong>
              {m.ambiguousWeekday}
              {m.colon}
            </strong>
            <ValidationMessage message={warning.message} />
          </p>
          <button
            type="button"
            className="rounded-md border border-amber-600 px-2 py-1 font-mono text-xs hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-orange-600 dark:hover:bg-amber-900"
            onClick={() =>
              setValue('Trigger.Cron', warning.suggestion, { shouldDirty: true, shouldValidate: true })
            }
          >
            {m.rewriteWithNames(warning.suggestion)}
          </button>
        </div>
      )}
      {description?.ok && (
        <p id={descriptionId} className="text-sm" data-testid="cron-description">
          <span className="sr-only">
            {m.description}
            {m.colon}
          </span>
          <Suspense fallback={cron}>
            <ScheduleWords cron={cron} />
          </Suspense>
        </p>
      )}
      <FieldHelp id={ids.help}>{t.fieldCronHelp}</FieldHelp>
    </Field>
  );
}

/** The expression with each problem's characters underlined. */
function markIssues(cron: string, issues: ReadonlyArray<{ position: number; length?: number }>) {
  const marked = new Array<boolean>(cron.length).fill(false);
  for (const issue of issues)
    for (
      let i = issue.position;
      i < Math.min(cron.length, issue.position + Math.max(1, issue.length ?? 1));
      i++
    )
      marked[i] = true;
  const parts: Array<{ text: string; marked: boolean }> = [];
  for (let i = 0; i < cron.length; i++) {
    const last = parts.at(-1);
    if (last && last.marked === marked[i]) last.text += cron[i];
    else parts.push({ text: cron[i] ?? '', marked: marked[i] ?? false });
  }
  return parts.map((part, i) =>
    part.marked ? (
      <mark
        key={i}
        className="bg-red-100 text-red-800 underline decoration-wavy dark:bg-red-950 dark:text-red-300"
      >
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
