import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { RERUN_INTERVAL_MAX_MS, RERUN_TIMES_MAX } from '#domain/task/task-constants';
import { Field, inputClass } from '../components/ui/field.tsx';
import { formatDuration } from '../format-duration.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { errorAt, optionalNumber, optionalText } from './form-values.ts';

export function RerunSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control });
  const [mode, interval] = useWatch({ control, name: ['RerunMode', 'RerunInterval'] });
  // RerunTimes and RerunInterval "take effect only if RerunMode is AllAllowed or FailureAllowed".
  const rerunsAllowed = mode !== 'AllDenied';
  return (
    <>
      <Field label={t.fieldRerunMode} help={t.fieldRerunModeHelp} error={errorAt(errors, 'RerunMode')}>
        {(props) => (
          <select {...props} {...register('RerunMode', optionalText)} className={inputClass}>
            <option value="">{t.notSet}</option>
            <option value="AllDenied">{t.rerunAllDenied}</option>
            <option value="FailureAllowed">{t.rerunFailureAllowed}</option>
            <option value="AllAllowed">{t.rerunAllAllowed}</option>
          </select>
        )}
      </Field>
      {!rerunsAllowed && <p className="text-sm text-slate-600 dark:text-slate-400">{t.rerunsNotAllowed}</p>}
      <div hidden={!rerunsAllowed} className="grid gap-4 sm:grid-cols-2">
        <Field label={t.fieldRerunTimes} help={t.fieldRerunTimesHelp} error={errorAt(errors, 'RerunTimes')}>
          {(props) => (
            <input
              {...props}
              {...register('RerunTimes', optionalNumber)}
              type="number"
              min={0}
              max={RERUN_TIMES_MAX}
              step={1}
              className={`${inputClass} w-32 font-mono`}
            />
          )}
        </Field>
        <Field
          label={t.fieldRerunInterval}
          help={t.fieldRerunIntervalHelp}
          error={errorAt(errors, 'RerunInterval')}
        >
          {(props) => (
            <div className="flex items-center gap-3">
              <input
                {...props}
                {...register('RerunInterval', optionalNumber)}
                type="number"
                min={0}
                max={RERUN_INTERVAL_MAX_MS}
                step={1000}
                className={`${inputClass} w-40 font-mono`}
              />
              <span className="text-sm text-slate-600 dark:text-slate-400">ms</span>
              <output htmlFor={props.id} className="text-sm text-slate-700 dark:text-slate-300">
                {typeof interval === 'number' && Number.isFinite(interval)
                  ? `= ${formatDuration(interval, t)}`
                  : ''}
              </output>
            </div>
          )}
        </Field>
      </div>
    </>
  );
}
