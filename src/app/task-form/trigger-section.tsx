import { Suspense } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { toCycleType } from '#domain/task/cycle-type';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { errorAt, optionalText } from './form-values.ts';
import { lazyComponent } from '../components/lazy-component.ts';
import { WhenNearViewport } from '../components/when-near-viewport.tsx';

// The builder and the preview load after the first paint of /tasks/:id, which does not need them.
const CronBuilder = lazyComponent(() =>
  import('../cron-builder/cron-builder.tsx').then((module) => module.CronBuilder),
);
const SchedulePreview = lazyComponent(() =>
  import('../cron-builder/schedule-preview.tsx').then((module) => module.SchedulePreview),
);

const CronExpressionField = lazyComponent(() =>
  import('../cron-builder/cron-expression-field.tsx').then((m) => m.CronExpressionField),
);

// Heights the expression with its builder, and the preview, usually take: reserved until they mount (as the
// reader scrolls near), so the page does not jump.
const EXPRESSION_AND_BUILDER_HEIGHT = 420;
const PREVIEW_HEIGHT = 820;

const preloadExpressionAndBuilder = () => Promise.all([CronExpressionField.preload(), CronBuilder.preload()]);

export function TriggerSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control });
  const [type, cron] = useWatch({ control, name: ['Trigger.Type', 'Trigger.Cron'] });
  const cycleType = toCycleType(cron);
  // The schedule only takes effect for Scheduler; hidden, not unmounted, so switching back loses nothing.
  const scheduled = type !== 'Manual';
  const cycleTypeOutput = (
    <div className="flex max-w-xs flex-col gap-1">
      <span className="text-sm font-medium" id="cycle-type-label">
        {t.fieldCycleType}
      </span>
      <output
        aria-labelledby="cycle-type-label"
        aria-describedby="cycle-type-help"
        data-testid="cycle-type"
        className="text-sm"
      >
        {cycleType === 'NotDaily'
          ? t.cycleTypeNotDaily
          : cycleType === 'Daily'
            ? t.cycleTypeDaily
            : t.cycleTypeUnknown}
      </output>
      <p id="cycle-type-help" className="text-xs text-slate-600 dark:text-slate-400">
        {t.fieldCycleTypeHelp}
      </p>
    </div>
  );
  return (
    <>
      <Field label={t.fieldTriggerType} help={t.fieldTriggerTypeHelp} error={errorAt(errors, 'Trigger.Type')}>
        {(props) => (
          <select {...props} {...register('Trigger.Type', optionalText)} className={inputClass}>
            <option value="">{t.notSet}</option>
            <option value="Scheduler">{t.triggerScheduler}</option>
            <option value="Manual">{t.triggerManual}</option>
          </select>
        )}
      </Field>
      {!scheduled && <p className="text-sm text-slate-600 dark:text-slate-400">{t.manualHasNoSchedule}</p>}
      <div hidden={!scheduled} className="flex flex-col gap-4">
        <Field
          label={t.fieldRecurrence}
          help={t.fieldRecurrenceHelp}
          error={errorAt(errors, 'Trigger.Recurrence')}
        >
          {(props) => (
            <select {...props} {...register('Trigger.Recurrence', optionalText)} className={inputClass}>
              <option value="">{t.notSet}</option>
              <option value="Normal">{t.recurrenceNormal}</option>
              <option value="Skip">{t.recurrenceSkip}</option>
              <option value="Pause">{t.recurrencePause}</option>
            </select>
          )}
        </Field>
        <WhenNearViewport
          estimatedHeight={EXPRESSION_AND_BUILDER_HEIGHT}
          preload={preloadExpressionAndBuilder}
          label={t.deferredCron}
        >
          <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">…</p>}>
            <CronExpressionField />
            <CronBuilder />
          </Suspense>
        </WhenNearViewport>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t.fieldStartTime}
            help={t.fieldDateTimeHelp}
            error={errorAt(errors, 'Trigger.StartTime')}
          >
            {(props) => (
              <input
                {...props}
                {...register('Trigger.StartTime', optionalText)}
                placeholder="1970-01-01 00:00:00"
                className={`${inputClass} font-mono`}
                autoComplete="off"
              />
            )}
          </Field>
          <Field label={t.fieldEndTime} help={t.fieldDateTimeHelp} error={errorAt(errors, 'Trigger.EndTime')}>
            {(props) => (
              <input
                {...props}
                {...register('Trigger.EndTime', optionalText)}
                placeholder="9999-01-01 00:00:00"
                className={`${inputClass} font-mono`}
                autoComplete="off"
              />
            )}
          </Field>
        </div>
        <WhenNearViewport
          estimatedHeight={PREVIEW_HEIGHT}
          preload={SchedulePreview.preload}
          label={t.deferredPreview}
        >
          <Suspense fallback={cycleTypeOutput}>
            <SchedulePreview aside={cycleTypeOutput} />
          </Suspense>
        </WhenNearViewport>
      </div>
    </>
  );
}
