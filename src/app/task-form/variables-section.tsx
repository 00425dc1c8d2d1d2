import { useFieldArray, useFormContext } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { VARIABLE_TYPES } from '#domain/task/task-constants';
import { TextField } from '../components/form/form-field.tsx';
import { SelectField } from '../components/form/select-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { RemovedVariableHint } from './removed-variable-hint.tsx';
import { RowActions } from './row-actions.tsx';

/** Inputs.Variables or Outputs.Variables: the same table and rules for both. */
export function VariablesSection({
  name,
  label,
}: {
  name: 'Inputs.Variables' | 'Outputs.Variables';
  label: string;
}) {
  const { t } = useI18n();
  const { control, getValues } = useFormContext<TaskForm>();
  const { fields, append, insert, move, remove } = useFieldArray({ control, name });
  const table = (
    <EditableTable
      label={label}
      columns={[t.colVariableName, t.colVariableType, t.colVariableValue]}
      rowCount={fields.length}
      addLabel={t.addVariable}
      onAdd={() => append({ Name: '', Type: 'Constant', Value: '' })}
    >
      {fields.map((field, index) => {
        const row = index + 1;
        const path = `${name}.${index}` as const;
        return (
          <tr key={field.id}>
            <td className={cellClass}>
              <TextField
                name={`${path}.Name`}
                labelHidden
                label={t.cellLabel(t.colVariableName, row)}
                className="w-full font-mono"
              />
            </td>
            <td className={cellClass}>
              <SelectField
                name={`${path}.Type`}
                labelHidden
                label={t.cellLabel(t.colVariableType, row)}
                options={VARIABLE_TYPES}
                empty={t.chooseType}
              />
            </td>
            <td className={cellClass}>
              <TextField
                name={`${path}.Value`}
                labelHidden
                label={t.cellLabel(t.colVariableValue, row)}
                className="w-full font-mono"
              />
            </td>
            <td className={cellClass}>
              <RowActions
                index={index}
                count={fields.length}
                onMove={move}
                onDuplicate={(i) => insert(i + 1, { Type: 'Constant', ...getValues(`${name}.${i}`) })}
                onRemove={remove}
              />
            </td>
          </tr>
        );
      })}
    </EditableTable>
  );
  if (name !== 'Inputs.Variables') return table;
  return (
    <div className="flex flex-col gap-2">
      {table}
      <RemovedVariableHint />
    </div>
  );
}
