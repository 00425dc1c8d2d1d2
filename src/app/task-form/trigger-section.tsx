import { Suspense } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { toCycleType } from '#domain/cron/dataworks-schedule';
import { RECURRENCES, TRIGGER_TYPES } from '#domain/task/task-constants';
import type { TaskForm } from '#domain/task/task-form';
import { TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { SelectField } from '../components/form/select-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
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
  const { control } = useFormContext<TaskForm>();
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
      <SelectField
        name="Trigger.Type"
        label={t.fieldTriggerType}
        help={t.fieldTriggerTypeHelp}
        options={TRIGGER_TYPES}
        labels={{ Scheduler: t.triggerScheduler, Manual: t.triggerManual }}
        empty={t.notSet}
      />
      {!scheduled && <p className="text-sm text-slate-600 dark:text-slate-400">{t.manualHasNoSchedule}</p>}
      <div hidden={!scheduled} className="flex flex-col gap-4">
        <SelectField
          name="Trigger.Recurrence"
          label={t.fieldRecurrence}
          help={t.fieldRecurrenceHelp}
          options={RECURRENCES}
          labels={{ Normal: t.recurrenceNormal, Skip: t.recurrenceSkip, Pause: t.recurrencePause }}
          empty={t.notSet}
        />
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
          <TextField
            name="Trigger.StartTime"
            label={t.fieldStartTime}
            help={t.fieldDateTimeHelp}
            registerOptions={optionalText}
            placeholder="1970-01-01 00:00:00"
            className="font-mono"
          />
          <TextField
            name="Trigger.EndTime"
            label={t.fieldEndTime}
            help={t.fieldDateTimeHelp}
            registerOptions={optionalText}
            placeholder="9999-01-01 00:00:00"
            className="font-mono"
          />
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
