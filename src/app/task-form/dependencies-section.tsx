import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { keyOf, toDependencyValues } from '#domain/task/dependency-guards';
import type { TaskSummary } from '#domain/task/task';
import { DEPENDENCY_TYPES } from '#domain/task/task-constants';
import type { TaskForm } from '#domain/task/task-form';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { SelectField } from '../components/form/select-field.tsx';
// The picker and the graph come in this section's chunk, itself loaded only when the section comes near (or
// is reached with Tab): once mounted, the section has its first and last controls, to which focus is handed.
import { DependencyGraph } from '../dependency-picker/dependency-graph.tsx';
import { DependencyPicker, type AddResult } from '../dependency-picker/dependency-picker.tsx';
import { useDependencyMessages } from '../dependency-picker/dependency-messages.ts';
import { UpstreamCell } from '../dependency-picker/upstream-cell.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { cellClass, EditableTable } from './editable-table.tsx';
import { RowActions } from './row-actions.tsx';

/** ListTasks takes at most 100 IDs (dataworks-actions.ts). */
const IDS_PER_CALL = 100;

/** The picker, the current dependencies with their upstream tasks, and the neighbourhood graph. */
export function DependenciesSection() {
  const { t } = useI18n();
  const m = useDependencyMessages();
  const { control } = useFormContext<TaskForm>();
  const { defaultValues } = useFormState({ control, name: 'Dependencies' });
  const { fields, append, move, remove } = useFieldArray({ control, name: 'Dependencies' });
  const watched = useWatch({ control, name: 'Dependencies' });
  const deps = useMemo(() => toDependencyValues(watched), [watched]);
  const taskId = String(useWatch({ control, name: 'Id' }));
  const [cron, triggerType] = useWatch({ control, name: ['Trigger.Cron', 'Trigger.Type'] });
  const projectId = useProjectId();

  const ids = useMemo(
    () =>
      [
        ...new Set(
          deps.flatMap((d) => (d.UpstreamTaskId && /^\d+$/.test(d.UpstreamTaskId) ? [d.UpstreamTaskId] : [])),
        ),
      ].sort(),
    [deps],
  );
  const chunks = useMemo(() => {
    const out: string[][] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_CALL) out.push(ids.slice(i, i + IDS_PER_CALL));
    return out;
  }, [ids]);
  const summaryResults = useQueries({
    queries: chunks.map((chunk) => ({
      ...dependencyQueries.summaries(projectId, chunk),
      enabled: Boolean(projectId),
    })),
  });
  const summaries = useMemo(() => {
    const map = new Map<string, TaskSummary>();
    for (const r of summaryResults) for (const s of r.data ?? []) map.set(s.Id, s);
    return map;
  }, [summaryResults]);
  const summariesPending = summaryResults.some((r) => r.isPending);
  const typeLabels = {
    Normal: t.dependencyNormal,
    CrossCycleDependsOnOtherNode: t.dependencyOtherNode,
    CrossCycleDependsOnSelf: t.dependencySelf,
    CrossCycleDependsOnChildren: t.dependencyChildren,
  };

  function add(dep: { Type: string; UpstreamOutput?: string; UpstreamTaskId?: string }): AddResult {
    if (deps.some((d) => keyOf(d) === keyOf(dep))) return 'duplicate';
    append(dep as NonNullable<TaskForm['Dependencies']>[number]);
    return 'added';
  }

  return (
    <div className="flex flex-col gap-4">
      <DependencyPicker onAdd={add} />
      <EditableTable
        rowHeightEstimate={84}
        label={t.section.dependencies}
        columns={[t.colDependencyType, m.colUpstream, t.colUpstreamOutput, t.colUpstreamTaskId]}
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
                <SelectField
                  name={`${path}.Type`}
                  labelHidden
                  label={t.cellLabel(t.colDependencyType, row)}
                  options={DEPENDENCY_TYPES}
                  labels={typeLabels}
                  empty={t.chooseType}
                />
              </td>
              <td className={cellClass}>
                <UpstreamCell
                  dep={deps[index] ?? {}}
                  summaries={summaries}
                  summariesPending={summariesPending}
                  projectId={projectId}
                  taskId={taskId}
                  schedule={{ cron, triggerType }}
                />
              </td>
              <td className={cellClass}>
                <TextField
                  name={`${path}.UpstreamOutput`}
                  labelHidden
                  label={t.cellLabel(t.colUpstreamOutput, row)}
                  registerOptions={optionalText}
                  placeholder="project.output_name"
                  className="w-full font-mono"
                />
              </td>
              <td className={cellClass}>
                {/* IDs stay strings of digits: 19-digit IDs are past JavaScript's safe integers. */}
                <TextField
                  name={`${path}.UpstreamTaskId`}
                  labelHidden
                  label={t.cellLabel(t.colUpstreamTaskId, row)}
                  registerOptions={optionalText}
                  inputMode="numeric"
                  className="w-full font-mono"
                />
              </td>
              <td className={cellClass}>
                <RowActions index={index} count={fields.length} onMove={move} onRemove={remove} />
              </td>
            </tr>
          );
        })}
      </EditableTable>
      <DependencyGraph
        taskId={taskId}
        dependencies={deps}
        savedDependencies={toDependencyValues(defaultValues?.Dependencies as TaskForm['Dependencies'])}
        projectId={projectId}
      />
    </div>
  );
}
