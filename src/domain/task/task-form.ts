import type { Task } from './task.ts';
import type { UpdateTaskRequest, UpdateTaskRequestInput } from './update-task-request.ts';

// Form values have the shape and names of the UpdateTask request, so one schema validates the form, the
// proxy's input and the request, and a control's `name` is its parameter path (DESIGN.md contract).

export type TaskForm = UpdateTaskRequestInput;

/** Every section of UpdateTask that can be sent, in the order of the reference page. */
export const SECTIONS = [
  'EnvType',
  'Name',
  'Description',
  'Owner',
  'InstanceMode',
  'Timeout',
  'RerunMode',
  'RerunTimes',
  'RerunInterval',
  'Script',
  'Trigger',
  'RuntimeResource',
  'DataSource',
  'Inputs',
  'Outputs',
  'Dependencies',
  'Tags',
] as const satisfies readonly (keyof TaskForm)[];

export type Section = (typeof SECTIONS)[number];

/** GetTask's RerunInterval is in seconds; UpdateTask's in milliseconds (README, "RerunInterval"). */
export const MS_PER_RERUN_INTERVAL_UNIT_READ = 1000;

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Maps GetTask's task onto form values, converting where GetTask and UpdateTask differ. */
export function toTaskForm(task: Task): TaskForm {
  return withoutUndefined<TaskForm>({
    Id: task.Id,
    EnvType: task.EnvType === 'Dev' ? 'Dev' : 'Prod',
    Name: task.Name,
    Description: task.Description ?? '',
    Owner: task.Owner ?? '',
    InstanceMode: task.InstanceMode as TaskForm['InstanceMode'],
    Timeout: task.Timeout,
    RerunMode: task.RerunMode as TaskForm['RerunMode'],
    RerunTimes: task.RerunTimes,
    RerunInterval:
      task.RerunInterval === undefined ? undefined : task.RerunInterval * MS_PER_RERUN_INTERVAL_UNIT_READ,
    Script: withoutUndefined({
      Content: task.Script?.Content ?? '',
      Parameters: task.Script?.Parameters ?? '',
    }),
    Trigger: withoutUndefined({
      Type: task.Trigger?.Type as 'Scheduler' | 'Manual' | undefined,
      Recurrence: task.Trigger?.Recurrence as 'Normal' | 'Skip' | 'Pause' | undefined,
      Cron: task.Trigger?.Cron,
      StartTime: task.Trigger?.StartTime,
      EndTime: task.Trigger?.EndTime,
    }),
    RuntimeResource: withoutUndefined({
      ResourceGroupId: task.RuntimeResource?.ResourceGroupId ?? '',
      Image: task.RuntimeResource?.Image ?? '',
      Cu: task.RuntimeResource?.Cu || undefined,
    }),
    DataSource: { Name: task.DataSource?.Name ?? '' },
    Inputs: { Variables: (task.Inputs?.Variables ?? []).map((v) => withoutUndefined({ ...v })) },
    Outputs: {
      TaskOutputs: (task.Outputs?.TaskOutputs ?? []).map((o) => ({ Output: o.Output })),
      Variables: (task.Outputs?.Variables ?? []).map((v) => withoutUndefined({ ...v })),
    },
    Dependencies: (task.Dependencies ?? []).map((d) =>
      withoutUndefined({ Type: d.Type, UpstreamOutput: d.UpstreamOutput, UpstreamTaskId: d.UpstreamTaskId }),
    ),
    Tags: (task.Tags ?? []).map((t) => withoutUndefined({ Key: t.Key, Value: t.Value })),
  });
}

/** JSON with object keys sorted, so two values compare equal whatever order their keys were written in. */
export function toStableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The sections whose value differs between the loaded task's form and the edited one. */
export function changedSections(base: TaskForm, edited: TaskForm): Section[] {
  return SECTIONS.filter((s) => toStableJson(base[s]) !== toStableJson(edited[s]));
}

/**
 * The UpdateTask request for an edit: the task's Id and only the sections that changed, each whole.
 * Returns undefined when nothing changed, so nothing is sent.
 */
export function toUpdateTaskRequest(
  base: TaskForm,
  edited: UpdateTaskRequest,
): UpdateTaskRequest | undefined {
  const sections = changedSections(base, edited);
  if (sections.length === 0) return undefined;
  const request: Record<string, unknown> = { Id: edited.Id };
  for (const s of sections) request[s] = edited[s];
  return request as UpdateTaskRequest;
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
