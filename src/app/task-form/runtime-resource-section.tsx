import { useFormContext, useFormState } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { errorAt, optionalText } from './form-values.ts';

export function RuntimeResourceSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control });
  return (
    <>
      <Field
        label={t.fieldResourceGroupId}
        help={t.fieldResourceGroupIdHelp}
        error={errorAt(errors, 'RuntimeResource.ResourceGroupId')}
      >
        {(props) => (
          <input
            {...props}
            {...register('RuntimeResource.ResourceGroupId')}
            className={`${inputClass} font-mono`}
            autoComplete="off"
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t.fieldImage} help={t.fieldImageHelp} error={errorAt(errors, 'RuntimeResource.Image')}>
          {(props) => (
            <input
              {...props}
              {...register('RuntimeResource.Image')}
              className={`${inputClass} font-mono`}
              autoComplete="off"
            />
          )}
        </Field>
        {/* Cu is a decimal string on the wire ("0.25"), so a text input keeps it exactly as typed. */}
        <Field label={t.fieldCu} help={t.fieldCuHelp} error={errorAt(errors, 'RuntimeResource.Cu')}>
          {(props) => (
            <input
              {...props}
              {...register('RuntimeResource.Cu', optionalText)}
              inputMode="decimal"
              className={`${inputClass} w-32 font-mono`}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
    </>
  );
}
