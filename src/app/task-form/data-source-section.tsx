import { useFormContext, useFormState } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { errorAt } from './form-values.ts';

export function DataSourceSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control });
  return (
    <Field
      label={t.fieldDataSourceName}
      help={t.fieldDataSourceNameHelp}
      error={errorAt(errors, 'DataSource.Name')}
    >
      {(props) => (
        <input
          {...props}
          {...register('DataSource.Name')}
          className={`${inputClass} font-mono`}
          autoComplete="off"
        />
      )}
    </Field>
  );
}
