import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { ENV_TYPES, INSTANCE_MODES, TIMEOUT_MAX_SECONDS } from '#domain/task/task-constants';
import { FormField, NumberField, TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { SelectField } from '../components/form/select-field.tsx';
import { Field, FieldHelp, FieldLabel, inputClass, useFieldIds } from '../components/ui/field.tsx';
import { formatDuration } from '../format-duration.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { OwnerField } from '../workspace/workspace-fields.tsx';

export function GeneralSection() {
  const { t } = useI18n();
  const { control } = useFormContext<TaskForm>();
  const { defaultValues } = useFormState({ control, name: 'Owner', exact: true });
  // A task loaded without an Owner keeps it unset while the input is empty; one with an Owner needs one.
  const ownerOptions = defaultValues?.Owner === undefined ? optionalText : {};
  const [timeout, clientUniqueCode] = useWatch({ control, name: ['Timeout', 'ClientUniqueCode'] });
  const code = useFieldIds();
  return (
    <>
      <TextField name="Name" label={t.fieldName} help={t.fieldNameHelp} />
      <FormField name="Description" label={t.fieldDescription} help={t.fieldDescriptionHelp}>
        {(control) => <textarea {...control} rows={3} className={inputClass} />}
      </FormField>
      {/* A combobox over the workspace's members, by name or ID; the account ID is the value. */}
      <OwnerField registerOptions={ownerOptions} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="EnvType"
          label={t.fieldEnvType}
          help={t.fieldEnvTypeHelp}
          options={ENV_TYPES}
          labels={{ Prod: t.envProd, Dev: t.envDev }}
          empty={t.notSet}
        />
        <SelectField
          name="InstanceMode"
          label={t.fieldInstanceMode}
          help={t.fieldInstanceModeHelp}
          options={INSTANCE_MODES}
          labels={{ 'T+1': t.instanceModeNextDay, Immediately: t.instanceModeImmediately }}
          empty={t.notSet}
        />
      </div>
      <NumberField
        name="Timeout"
        label={t.fieldTimeout}
        help={t.fieldTimeoutHelp}
        min={0}
        max={TIMEOUT_MAX_SECONDS}
        step={1}
        className="w-40"
        shown={
          typeof timeout === 'number' && Number.isFinite(timeout)
            ? timeout === 0
              ? t.noForcedTimeout
              : `= ${formatDuration(timeout * 1000, t)}`
            : ''
        }
      />
      {/* Read-only, never registered: sent only when known (GetTask's value). */}
      <Field>
        <FieldLabel htmlFor={code.id}>{t.fieldClientUniqueCode}</FieldLabel>
        <input
          id={code.id}
          aria-invalid={false}
          aria-describedby={code.help}
          name="ClientUniqueCode"
          readOnly
          value={clientUniqueCode ?? ''}
          placeholder={t.clientUniqueCodeUnknown}
          className={`${inputClass} bg-slate-50 font-mono dark:bg-slate-800`}
        />
        <FieldHelp id={code.help}>{t.fieldClientUniqueCodeHelp}</FieldHelp>
      </Field>
    </>
  );
}
