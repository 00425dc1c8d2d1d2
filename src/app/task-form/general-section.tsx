import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { formatDuration } from '../format-duration.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { errorAt, optionalNumber, optionalText } from './form-values.ts';

export function GeneralSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors, defaultValues } = useFormState({ control });
  // A task loaded without an Owner keeps it unset while the input is empty; one with an Owner needs one.
  const ownerOptions = defaultValues?.Owner === undefined ? optionalText : {};
  const [timeout, clientUniqueCode] = useWatch({ control, name: ['Timeout', 'ClientUniqueCode'] });
  return (
    <>
      <Field label={t.fieldName} help={t.fieldNameHelp} error={errorAt(errors, 'Name')}>
        {(props) => <input {...props} {...register('Name')} className={inputClass} autoComplete="off" />}
      </Field>
      <Field label={t.fieldDescription} help={t.fieldDescriptionHelp} error={errorAt(errors, 'Description')}>
        {(props) => <textarea {...props} {...register('Description')} rows={3} className={inputClass} />}
      </Field>
      <Field label={t.fieldOwner} help={t.fieldOwnerHelp} error={errorAt(errors, 'Owner')}>
        {(props) => (
          <input
            {...props}
            {...register('Owner', ownerOptions)}
            className={`${inputClass} font-mono`}
            inputMode="numeric"
            autoComplete="off"
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t.fieldEnvType} help={t.fieldEnvTypeHelp} error={errorAt(errors, 'EnvType')}>
          {(props) => (
            <select {...props} {...register('EnvType', optionalText)} className={inputClass}>
              <option value="">{t.notSet}</option>
              <option value="Prod">{t.envProd}</option>
              <option value="Dev">{t.envDev}</option>
            </select>
          )}
        </Field>
        <Field
          label={t.fieldInstanceMode}
          help={t.fieldInstanceModeHelp}
          error={errorAt(errors, 'InstanceMode')}
        >
          {(props) => (
            <select {...props} {...register('InstanceMode', optionalText)} className={inputClass}>
              <option value="">{t.notSet}</option>
              <option value="T+1">{t.instanceModeNextDay}</option>
              <option value="Immediately">{t.instanceModeImmediately}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={t.fieldTimeout} help={t.fieldTimeoutHelp} error={errorAt(errors, 'Timeout')}>
        {(props) => (
          <div className="flex items-center gap-3">
            <input
              {...props}
              {...register('Timeout', optionalNumber)}
              type="number"
              min={0}
              max={604800}
              step={1}
              className={`${inputClass} w-40 font-mono`}
            />
            <output htmlFor={props.id} className="text-sm text-slate-700 dark:text-slate-300">
              {typeof timeout === 'number' && Number.isFinite(timeout)
                ? timeout === 0
                  ? t.noForcedTimeout
                  : `= ${formatDuration(timeout * 1000, t)}`
                : ''}
            </output>
          </div>
        )}
      </Field>
      <Field label={t.fieldClientUniqueCode} help={t.fieldClientUniqueCodeHelp}>
        {(props) => (
          <input
            {...props}
            name="ClientUniqueCode"
            readOnly
            value={clientUniqueCode ?? ''}
            placeholder={t.clientUniqueCodeUnknown}
            className={`${inputClass} bg-slate-50 font-mono dark:bg-slate-800`}
          />
        )}
      </Field>
    </>
  );
}
