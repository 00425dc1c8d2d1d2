import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import {
  fromUnitText,
  MS_PER_UNIT,
  RERUN_INTERVAL_WARN_BELOW_MS,
  toUnitText,
  unitFor,
  type IntervalUnit,
} from '#domain/task/rerun-interval-units';
import type { TaskForm } from '#domain/task/task-form';
import { useFieldError } from '../components/form/form-field.tsx';
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
import { formatDuration } from '../format-duration.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * RerunInterval typed in minutes, as the DataWorks console asks for it, and kept in the form in milliseconds,
 * UpdateTask's unit; the box keeps its `name` (the parameter path). A stored value that is not whole minutes
 * is shown in seconds, exactly; under one minute is flagged (still saved).
 */
export function RerunIntervalField() {
  const { t } = useI18n();
  const { control } = useFormContext<TaskForm>();
  const { field } = useController({ control, name: 'RerunInterval' });
  const error = useFieldError('RerunInterval');
  const ids = useFieldIds();
  const value = field.value;
  const [unit, setUnit] = useState<IntervalUnit>(() => unitFor(value));
  const [text, setText] = useState(() => toUnitText(value, unit));
  const [seen, setSeen] = useState(value);
  // Set elsewhere (a reset, a restored draft, a merge): show it (adjusting state while rendering).
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!Object.is(fromUnitText(text, unit), value)) {
      const shownUnit = unitFor(value);
      setUnit(shownUnit);
      setText(toUnitText(value, shownUnit));
    }
  }
  const write = (nextText: string, nextUnit: IntervalUnit) => {
    const ms = fromUnitText(nextText, nextUnit);
    setText(nextText);
    setUnit(nextUnit);
    setSeen(ms);
    field.onChange(ms);
  };
  const warnId = `${ids.id}-warning`;
  const short =
    typeof value === 'number' && Number.isFinite(value) && value < RERUN_INTERVAL_WARN_BELOW_MS && value > 0;
  const sent = typeof value === 'number' && Number.isFinite(value) ? t.rerunIntervalSent(value) : '';
  return (
    <Field>
      <FieldLabel htmlFor={ids.id}>
        {unit === 'minutes' ? t.fieldRerunInterval : t.fieldRerunIntervalSeconds}
      </FieldLabel>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={ids.id}
          name={field.name}
          ref={field.ref}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className={`${inputClass} w-24 font-mono`}
          value={text}
          onChange={(event) => write(event.target.value, unit)}
          onBlur={field.onBlur}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(error && ids.error, short && warnId, ids.help)}
        />
        <select
          aria-label={t.rerunIntervalUnit}
          className={`${inputClass} w-auto`}
          value={unit}
          onChange={(event) => {
            // Another unit shows the same interval: the value does not change.
            const nextUnit = event.target.value as IntervalUnit;
            if (typeof value === 'number' && Number.isFinite(value)) {
              setUnit(nextUnit);
              setText(toUnitText(value, nextUnit));
            } else setUnit(nextUnit);
          }}
        >
          {(Object.keys(MS_PER_UNIT) as IntervalUnit[]).map((option) => (
            <option key={option} value={option}>
              {t.intervalUnit[option]}
            </option>
          ))}
        </select>
        <output htmlFor={ids.id} className="text-sm text-slate-700 dark:text-slate-300">
          {sent && `= ${formatDuration(value ?? 0, t)} · ${sent}`}
        </output>
      </div>
      {error && (
        <FieldError id={ids.error} control={ids.id}>
          <ValidationMessage message={error} />
        </FieldError>
      )}
      {short && (
        <p
          id={warnId}
          role="note"
          className="text-sm text-amber-800 dark:text-amber-300"
          data-testid="rerun-interval-warning"
        >
          {t.rerunIntervalUnderAMinute(formatDuration(value ?? 0, t))}
        </p>
      )}
      <FieldHelp id={ids.help}>{t.fieldRerunIntervalHelp}</FieldHelp>
    </Field>
  );
}
