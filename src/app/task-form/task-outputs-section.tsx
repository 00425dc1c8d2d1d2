import { useFieldArray, useFormContext } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { TextField } from '../components/form/form-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { RowActions } from './row-actions.tsx';

export function TaskOutputsSection() {
  const { t } = useI18n();
  const { control } = useFormContext<TaskForm>();
  const { fields, append, move, remove } = useFieldArray({ control, name: 'Outputs.TaskOutputs' });
  return (
    <EditableTable
      label={t.section['task-outputs']}
      columns={[t.colOutput]}
      rowCount={fields.length}
      addLabel={t.addOutput}
      onAdd={() => append({ Output: '' })}
    >
      {fields.map((field, index) => (
        <tr key={field.id}>
          <td className={cellClass}>
            <TextField
              name={`Outputs.TaskOutputs.${index}.Output`}
              labelHidden
              label={t.cellLabel(t.colOutput, index + 1)}
              placeholder="project.output_name"
              className="w-full font-mono"
            />
          </td>
          <td className={cellClass}>
            <RowActions index={index} count={fields.length} onMove={move} onRemove={remove} />
          </td>
        </tr>
      ))}
    </EditableTable>
  );
}
