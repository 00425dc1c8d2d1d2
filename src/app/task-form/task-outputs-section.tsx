import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { errorAt } from './form-values.ts';
import { RowActions } from './row-actions.tsx';

export function TaskOutputsSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control, name: 'Outputs.TaskOutputs' });
  const { fields, append, move, remove } = useFieldArray({ control, name: 'Outputs.TaskOutputs' });
  return (
    <EditableTable
      label={t.sectionTaskOutputs}
      columns={[t.colOutput]}
      rowCount={fields.length}
      addLabel={t.addOutput}
      onAdd={() => append({ Output: '' })}
    >
      {fields.map((field, index) => (
        <tr key={field.id}>
          <td className={cellClass}>
            <Field
              labelHidden
              label={t.cellLabel(t.colOutput, index + 1)}
              error={errorAt(errors, `Outputs.TaskOutputs.${index}.Output`)}
            >
              {(props) => (
                <input
                  {...props}
                  {...register(`Outputs.TaskOutputs.${index}.Output`)}
                  placeholder="project.output_name"
                  className={`${inputClass} w-full font-mono`}
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
