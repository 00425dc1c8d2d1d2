import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { Field, inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages.ts';
import { cellClass, EditableTable } from './editable-table.tsx';
import { errorAt, optionalText } from './form-values.ts';
import { RowActions } from './row-actions.tsx';

const TYPE_LABELS = {
  Normal: 'dependencyNormal',
  CrossCycleDependsOnOtherNode: 'dependencyOtherNode',
  CrossCycleDependsOnSelf: 'dependencySelf',
  CrossCycleDependsOnChildren: 'dependencyChildren',
} as const satisfies Record<string, keyof Messages>;

/** A plain table for now; the searchable dependency picker comes with its own issue. */
export function DependenciesSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control, name: 'Dependencies' });
  const { fields, append, move, remove } = useFieldArray({ control, name: 'Dependencies' });
  return (
    <EditableTable
      label={t.sectionDependencies}
      columns={[t.colDependencyType, t.colUpstreamOutput, t.colUpstreamTaskId]}
      rowCount={fields.length}
      addLabel={t.addDependency}
      onAdd={() => append({ Type: 'Normal' })}
    >
      {fields.map((field, index) => {
        const row = index + 1;
        const path = `Dependencies.${index}` as const;
        return (
          <tr key={field.id}>
            <td className={cellClass}>
              <Field
                labelHidden
                label={t.cellLabel(t.colDependencyType, row)}
                error={errorAt(errors, `${path}.Type`)}
              >
                {(props) => (
                  <select {...props} {...register(`${path}.Type`, optionalText)} className={inputClass}>
                    <option value="">{t.chooseType}</option>
                    {Object.entries(TYPE_LABELS).map(([type, label]) => (
                      <option key={type} value={type}>
                        {t[label]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </td>
            <td className={cellClass}>
              <Field
                labelHidden
                label={t.cellLabel(t.colUpstreamOutput, row)}
                error={errorAt(errors, `${path}.UpstreamOutput`)}
              >
                {(props) => (
                  <input
                    {...props}
                    {...register(`${path}.UpstreamOutput`, optionalText)}
                    placeholder="project.output_name"
                    className={`${inputClass} w-full font-mono`}
                    autoComplete="off"
                  />
                )}
              </Field>
            </td>
            <td className={cellClass}>
              {/* IDs stay strings of digits: 19-digit IDs are past JavaScript's safe integers. */}
              <Field
                labelHidden
                label={t.cellLabel(t.colUpstreamTaskId, row)}
                error={errorAt(errors, `${path}.UpstreamTaskId`)}
              >
                {(props) => (
                  <input
                    {...props}
                    {...register(`${path}.UpstreamTaskId`, optionalText)}
                    inputMode="numeric"
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
        );
      })}
    </EditableTable>
  );
}
