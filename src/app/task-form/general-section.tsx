import { useFormContext } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function GeneralSection() {
  const { t } = useI18n();
  const {
    register,
    formState: { errors },
  } = useFormContext<TaskForm>();
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-lg font-semibold">{t.sectionGeneral}</legend>
      <Field label={t.fieldName} help={t.fieldNameHelp} error={errors.Name?.message}>
        {(props) => <input {...props} {...register('Name')} className={inputClass} autoComplete="off" />}
      </Field>
      <Field label={t.fieldDescription} help={t.fieldDescriptionHelp} error={errors.Description?.message}>
        {(props) => <textarea {...props} {...register('Description')} rows={3} className={inputClass} />}
      </Field>
      <Field label={t.fieldOwner} help={t.fieldOwnerHelp} error={errors.Owner?.message}>
        {(props) => (
          <input
            {...props}
            {...register('Owner')}
            className={`${inputClass} font-mono`}
            inputMode="numeric"
            autoComplete="off"
          />
        )}
      </Field>
    </fieldset>
  );
}
