import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { keyOf, toDependencyValues } from '#domain/task/dependency-guards';
import type { TaskSummary } from '#domain/task/task';
import type { TaskForm } from '#domain/task/task-form';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { Button } from '../components/ui/button.tsx';
// The picker and the graph come in this section's chunk, itself loaded only when the section comes near (or
// is reached with Tab): once mounted, the section has its first and last controls, to which focus is handed.
import { DependencyGraph } from '../dependency-picker/dependency-graph.tsx';
import { DependencyPicker, type AddResult } from '../dependency-picker/dependency-picker.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { DependencyRow } from './dependency-row.tsx';

/** ListTasks takes at most 100 IDs (dataworks-actions.ts). */
const IDS_PER_CALL = 100;
/** Past this many rows, those out of view skip style and layout (as EditableTable's long tables). */
const LONG_LIST_ROWS = 50;

/** The picker, the current dependencies with their upstream tasks, and the neighbourhood graph. */
export function DependenciesSection() {
  const { t } = useI18n();
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
  const upstream = { summaries, summariesPending, projectId, taskId, schedule: { cron, triggerType } };

  function add(dep: { Type: string; UpstreamOutput?: string; UpstreamTaskId?: string }): AddResult {
    if (deps.some((d) => keyOf(d) === keyOf(dep))) return 'duplicate';
    append(dep as NonNullable<TaskForm['Dependencies']>[number]);
    return 'added';
  }

  return (
    <div className="flex flex-col gap-4">
      <DependencyPicker onAdd={add} />
      {fields.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.noRows}</p>
      ) : (
        <ol aria-label={t.section.dependencies} className="flex flex-col gap-2">
          {fields.map((field, index) => (
            <DependencyRow
              key={field.id}
              index={index}
              count={fields.length}
              dep={deps[index] ?? {}}
              upstream={upstream}
              onMove={move}
              onRemove={remove}
              long={fields.length > LONG_LIST_ROWS}
            />
          ))}
        </ol>
      )}
      <div>
        <Button onClick={() => append({ Type: 'Normal' })}>+ {t.addDependency}</Button>
      </div>
      <DependencyGraph
        taskId={taskId}
        dependencies={deps}
        savedDependencies={toDependencyValues(defaultValues?.Dependencies as TaskForm['Dependencies'])}
        projectId={projectId}
      />
    </div>
  );
}
