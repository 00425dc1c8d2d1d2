import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { errorAt } from './form-values.ts';
import { RowActions } from './row-actions.tsx';

export function TagsSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control, name: 'Tags' });
  const { fields, append, move, remove } = useFieldArray({ control, name: 'Tags' });
  return (
    <EditableTable
      label={t.sectionTags}
      columns={[t.colTagKey, t.colTagValue]}
      rowCount={fields.length}
      addLabel={t.addTag}
      onAdd={() => append({ Key: '', Value: '' })}
    >
      {fields.map((field, index) => (
        <tr key={field.id}>
          <td className={cellClass}>
            <Field
              labelHidden
              label={t.cellLabel(t.colTagKey, index + 1)}
              error={errorAt(errors, `Tags.${index}.Key`)}
            >
              {(props) => (
                <input
                  {...props}
                  {...register(`Tags.${index}.Key`)}
                  className={`${inputClass} w-full font-mono`}
                  autoComplete="off"
                />
              )}
            </Field>
          </td>
          <td className={cellClass}>
            <Field
              labelHidden
              label={t.cellLabel(t.colTagValue, index + 1)}
              error={errorAt(errors, `Tags.${index}.Value`)}
            >
              {(props) => (
                <input
                  {...props}
                  {...register(`Tags.${index}.Value`)}
                  className={`${inputClass} w-full`}
                  autoComplete="off"
                />
              )}
            </Field>
          </td>
          <td className={cellClass}>
            <RowActions index={index} count={fields.length} onMove={move} onRemove={remove} />
          </td>
        </tr>
      ))}
    </EditableTable>
  );
}
