import { useFieldArray, useFormContext } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { TextField } from '../components/form/form-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { RowActions } from './row-actions.tsx';

export function TagsSection() {
  const { t } = useI18n();
  const { control } = useFormContext<TaskForm>();
  const { fields, append, move, remove } = useFieldArray({ control, name: 'Tags' });
  return (
    <EditableTable
      label={t.section.tags}
      columns={[t.colTagKey, t.colTagValue]}
      rowCount={fields.length}
      addLabel={t.addTag}
      onAdd={() => append({ Key: '', Value: '' })}
    >
      {fields.map((field, index) => (
        <tr key={field.id}>
          <td className={cellClass}>
            <TextField
              name={`Tags.${index}.Key`}
              labelHidden
              label={t.cellLabel(t.colTagKey, index + 1)}
              className="w-full font-mono"
            />
          </td>
          <td className={cellClass}>
            <TextField
              name={`Tags.${index}.Value`}
              labelHidden
              label={t.cellLabel(t.colTagValue, index + 1)}
              className="w-full"
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
