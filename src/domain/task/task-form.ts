import { EDITED_KEYS, type EditedKey } from './parameters.ts';
import type { Task } from './task.ts';
import type { UpdateTaskRequestInput } from './update-task-request.ts';

// Form values have the shape and names of the UpdateTask request, so one schema validates the form, the
// proxy's input and the request, and a control's `name` is its parameter path (DESIGN.md contract).

export type TaskForm = UpdateTaskRequestInput;

/** GetTask's RerunInterval is in seconds; UpdateTask's in milliseconds (README, "RerunInterval"). */
export const MS_PER_RERUN_INTERVAL_UNIT_READ = 1000;

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const text = (value: string | undefined) => value ?? '';

function toVariables(variables: NonNullable<Task['Inputs']>['Variables']) {
  // Name and Value become '' so a text input registered on them reads back exactly what was loaded.
  return (variables ?? []).map((v) => ({ Name: text(v.Name), Type: v.Type, Value: text(v.Value) }));
}

/**
 * Maps GetTask's task onto form values, converting where GetTask and UpdateTask differ: RerunInterval
 * seconds -> milliseconds, EnvType (ProjectEnv when only the deprecated name is set), UpstreamTaskId kept
 * as a string of digits. Text that a control edits becomes '' when absent, so loading marks nothing dirty.
 */
export function toTaskForm(task: Task): TaskForm {
  const env = task.EnvType ?? (typeof task.ProjectEnv === 'string' ? task.ProjectEnv : undefined);
  const clientUniqueCode = typeof task.ClientUniqueCode === 'string' ? task.ClientUniqueCode : undefined;
  return withoutUndefined<TaskForm>({
    Id: task.Id,
    ClientUniqueCode: clientUniqueCode || undefined,
    EnvType: env === 'Dev' ? 'Dev' : 'Prod',
    Name: task.Name,
    Description: text(task.Description),
    // Owner cannot be cleared ('' is refused), so a task without one keeps it unset.
    Owner: task.Owner || undefined,
    InstanceMode: task.InstanceMode as TaskForm['InstanceMode'],
    Timeout: task.Timeout,
    RerunMode: task.RerunMode as TaskForm['RerunMode'],
    RerunTimes: task.RerunTimes,
    RerunInterval:
      task.RerunInterval === undefined ? undefined : task.RerunInterval * MS_PER_RERUN_INTERVAL_UNIT_READ,
    Script: { Content: text(task.Script?.Content), Parameters: text(task.Script?.Parameters) },
    // CycleType is not returned by GetTask; toUpdateTaskRequest derives it from the cron.
    Trigger: withoutUndefined({
      Type: task.Trigger?.Type as 'Scheduler' | 'Manual' | undefined,
      Recurrence: task.Trigger?.Recurrence as 'Normal' | 'Skip' | 'Pause' | undefined,
      Cron: task.Trigger?.Cron || undefined,
      StartTime: task.Trigger?.StartTime || undefined,
      EndTime: task.Trigger?.EndTime || undefined,
    }),
    RuntimeResource: withoutUndefined({
      ResourceGroupId: text(task.RuntimeResource?.ResourceGroupId),
      Image: text(task.RuntimeResource?.Image),
      Cu: task.RuntimeResource?.Cu || undefined,
    }),
    DataSource: { Name: text(task.DataSource?.Name) },
    Inputs: { Variables: toVariables(task.Inputs?.Variables) },
    Outputs: {
      TaskOutputs: (task.Outputs?.TaskOutputs ?? []).map((o) => ({ Output: o.Output })),
      Variables: toVariables(task.Outputs?.Variables),
    },
    Dependencies: (task.Dependencies ?? []).map((d) =>
      withoutUndefined({
        Type: d.Type,
        UpstreamOutput: d.UpstreamOutput || undefined,
        UpstreamTaskId: d.UpstreamTaskId || undefined,
      }),
    ),
    Tags: (task.Tags ?? []).map((t) => ({ Key: t.Key, Value: text(t.Value) })),
  });
}

/** JSON with object keys sorted, so two values compare equal whatever order their keys were written in. */
export function toStableJson(value: unknown): string {
  // A scalar has no keys to sort: the replacer (an allocation per object) is for objects only.
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The top-level keys the form edits whose value differs between the loaded task's form and the edited one. */
export function changedSections(base: TaskForm, edited: TaskForm): EditedKey[] {
  return EDITED_KEYS.filter((s) => toStableJson(base[s]) !== toStableJson(edited[s]));
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, path: string, into: Map<string, unknown>) {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    if (entries.length === 0) into.set(path, Array.isArray(value) ? [] : {});
    for (const [k, v] of entries) flatten(v, path ? `${path}.${k}` : k, into);
  } else if (value !== undefined) into.set(path, value);
}

/** Field-level changes between two form values, by parameter path (e.g. `Trigger.Cron`). */
export function diffTaskForm(before: TaskForm, after: TaskForm): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => toStableJson(a.get(p)) !== toStableJson(b.get(p)))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}
