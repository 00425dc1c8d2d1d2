import { useFormContext, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { RERUN_MODES, RERUN_TIMES_MAX } from '#domain/task/task-constants';
import { NumberField } from '../components/form/form-field.tsx';
import { SelectField } from '../components/form/select-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RerunIntervalField } from './rerun-interval-field.tsx';

export function RerunSection() {
  const { t } = useI18n();
  const { control } = useFormContext<TaskForm>();
  const mode = useWatch({ control, name: 'RerunMode' });
  // RerunTimes and RerunInterval "take effect only if RerunMode is AllAllowed or FailureAllowed".
  const rerunsAllowed = mode !== 'AllDenied';
  return (
    <>
      <SelectField
        name="RerunMode"
        label={t.fieldRerunMode}
        help={t.fieldRerunModeHelp}
        options={RERUN_MODES}
        labels={{
          AllDenied: t.rerunAllDenied,
          FailureAllowed: t.rerunFailureAllowed,
          AllAllowed: t.rerunAllAllowed,
        }}
        empty={t.notSet}
      />
      {!rerunsAllowed && <p className="text-sm text-slate-600 dark:text-slate-400">{t.rerunsNotAllowed}</p>}
      <div hidden={!rerunsAllowed} className="grid gap-4 sm:grid-cols-2">
        <NumberField
          name="RerunTimes"
          label={t.fieldRerunTimes}
          help={t.fieldRerunTimesHelp}
          min={0}
          max={RERUN_TIMES_MAX}
          step={1}
          className="w-32"
        />
        <RerunIntervalField />
      </div>
    </>
  );
}
