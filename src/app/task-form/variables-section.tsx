import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { VARIABLE_TYPES } from '#domain/task/task-constants';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { errorAt, optionalText } from './form-values.ts';
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
  const { register, control, getValues } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control, name });
  const { fields, append, insert, move, remove } = useFieldArray({ control, name });
  return (
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
              <Field
                labelHidden
                label={t.cellLabel(t.colVariableName, row)}
                error={errorAt(errors, `${path}.Name`)}
              >
                {(props) => (
                  <input
                    {...props}
                    {...register(`${path}.Name`)}
                    className={`${inputClass} w-full font-mono`}
                    autoComplete="off"
                  />
                )}
              </Field>
            </td>
            <td className={cellClass}>
              <Field
                labelHidden
                label={t.cellLabel(t.colVariableType, row)}
                error={errorAt(errors, `${path}.Type`)}
              >
                {(props) => (
                  <select {...props} {...register(`${path}.Type`, optionalText)} className={inputClass}>
                    <option value="">{t.chooseType}</option>
                    {VARIABLE_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </td>
            <td className={cellClass}>
              <Field
                labelHidden
                label={t.cellLabel(t.colVariableValue, row)}
                error={errorAt(errors, `${path}.Value`)}
              >
                {(props) => (
                  <input
                    {...props}
                    {...register(`${path}.Value`)}
                    className={`${inputClass} w-full font-mono`}
                    autoComplete="off"
                  />
                )}
              </Field>
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
}
