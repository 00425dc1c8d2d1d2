import { chunk } from '../chunk.ts';
import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import { rootOf } from '../task/parameters.ts';
import {
  BATCH_DEFAULT_CHUNK_SIZE,
  BATCH_MAX_TASKS,
  BATCH_PATHS,
  BatchCommentSchema,
  toBatchTask,
  toTasksJson,
  type BatchTask,
} from '../task/batch-update-request.ts';
import { toAliyunCliCommand } from '../task/cli-command.ts';
import { toValidationIssues } from '../task/dataworks-actions.ts';
import type { Task } from '../task/task.ts';
import { diffTask, type TaskDiff } from '../task/task-diff.ts';
import { toStableJson, toTaskForm, type TaskForm } from '../task/task-form.ts';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from '../task/update-task-request.ts';
import { applyOperations, type TaskRefusal } from './apply-operations.ts';
import {
  cachedRuns,
  gatherCallouts,
  taskCallouts,
  type BatchCallout,
  type TaskCallout,
} from './batch-callouts.ts';
import { checkOperations, type BatchOperation, type OperationIssue } from './batch-operations.ts';

// A batch's plan, before anything is sent: per task changed / unchanged / refused with the reasons, the exact
// BatchUpdateTasks requests in chunks with their aliyun CLI commands, and the warnings gathered across the batch.
// Pure: the review screen shows it, the execution sends its chunks, the journal records it.

export interface PlanInput {
  /** The selected tasks as GetTask returns them. */
  tasks: readonly Task[];
  operations: readonly BatchOperation[];
  /** BatchUpdateTasks' `Comment`, sent with every chunk. */
  comment?: string;
  /** Tasks per call, 1 to BATCH_MAX_TASKS; BATCH_DEFAULT_CHUNK_SIZE when absent. */
  chunkSize?: number;
  /** The clock of the schedule checks. */
  now: Date;
  /** The zone and weekday numbering the schedules are read in. */
  settings: ScheduleSettings;
  /** The region of the CLI commands (`cn-shanghai` when absent). */
  region?: string;
}

interface PlannedBase {
  id: string;
  name: string;
  /** GetTask's ModifyTime when planned: the execution leaves out a task modified since (a conflict). */
  modifyTime: number | undefined;
}

export interface ChangedTask extends PlannedBase {
  status: 'changed';
  /** The top-level keys that change, e.g. `Owner`, `Trigger`. */
  changedKeys: string[];
  /** The task's patch as BatchUpdateTasks carries it: the Id and only the changed keys, each whole. */
  request: BatchTask;
  /** The same keys as they are now, in the same shape: what a revert sends back. */
  before: BatchTask;
  /** The diff of the changed keys, for the single-task diff view. */
  diff: TaskDiff;
  callouts: TaskCallout[];
}

export interface UnchangedTask extends PlannedBase {
  status: 'unchanged';
}

export interface RefusedTask extends PlannedBase {
  status: 'refused';
  reasons: TaskRefusal[];
}

export type PlannedTask = ChangedTask | UnchangedTask | RefusedTask;

/** One BatchUpdateTasks call. */
export interface BatchChunk {
  index: number;
  taskIds: string[];
  /** The proxy's request body: `POST /api/dataworks/BatchUpdateTasks`. */
  request: { Comment?: string; Tasks: BatchTask[] };
  /** `aliyun dataworks-public BatchUpdateTasks … --Tasks '[…]'`, the same call from a shell. */
  cli: string;
}

export interface BatchPlan {
  comment: string;
  chunkSize: number;
  /** In the order the tasks were given. */
  tasks: PlannedTask[];
  totals: { selected: number; changed: number; unchanged: number; refused: number };
  callouts: BatchCallout[];
  chunks: BatchChunk[];
}

export type PlanResult = { ok: true; plan: BatchPlan } | { ok: false; issues: OperationIssue[] };

const DEFAULT_REGION = 'cn-shanghai';

/** The top-level keys a batch carries: all a batch's form needs. */
const BATCH_ROOTS = new Set<string>(BATCH_PATHS.map((path) => rootOf(path)));

/**
 * The task's form (toTaskForm) with only what a batch carries: the script, variables, outputs and dependencies
 * cannot change here, so they are neither copied, diffed nor warned about (2,000 tasks' scripts add up).
 */
export function toBatchForm(task: Task): TaskForm {
  const carried = Object.fromEntries(Object.entries(task).filter(([key]) => BATCH_ROOTS.has(key))) as Task;
  const form = toTaskForm(carried) as Record<string, unknown>;
  for (const key of Object.keys(form)) if (!BATCH_ROOTS.has(key)) delete form[key];
  return form as TaskForm;
}

/** The keys of a form, with its Id. */
export function pickKeys(form: TaskForm, keys: Iterable<string>): Record<string, unknown> {
  const picked: Record<string, unknown> = { Id: form.Id };
  for (const key of keys) picked[key] = (form as Record<string, unknown>)[key];
  return picked;
}

function planTask(
  task: Task,
  operations: readonly BatchOperation[],
  context: { now: Date; settings: ScheduleSettings; runsOf: ReturnType<typeof cachedRuns> },
): PlannedTask {
  const base = { id: task.Id, name: task.Name, modifyTime: task.ModifyTime };
  const before = toBatchForm(task);
  const applied = applyOperations(before, operations, context.settings.weekdays);
  if (applied.refusals.length > 0) return { ...base, status: 'refused', reasons: applied.refusals };

  // Only what the operations wrote is checked and compared: the rest of the task is not this batch's business.
  const parsed = UpdateTaskRequestSchema.safeParse(pickKeys(applied.after, applied.touched));
  if (!parsed.success)
    return {
      ...base,
      status: 'refused',
      reasons: [{ code: 'invalid-value', issues: toValidationIssues(parsed.error) }],
    };
  const after = parsed.data as Record<string, unknown>;
  const beforeForm = before as Record<string, unknown>;
  const changedKeys = [...applied.touched].filter(
    (key) => toStableJson(after[key]) !== toStableJson(beforeForm[key]),
  );
  if (changedKeys.length === 0) return { ...base, status: 'unchanged' };

  const afterForm: TaskForm = { ...before, ...after };
  return {
    ...base,
    status: 'changed',
    changedKeys,
    request: toBatchTask(pickKeys(afterForm, changedKeys) as UpdateTaskRequest),
    before: toBatchTask(pickKeys(before, changedKeys) as UpdateTaskRequest),
    diff: diffTask(before, afterForm, changedKeys),
    callouts: taskCallouts(before, afterForm, context.now, context.settings, context.runsOf),
  };
}

/** The aliyun CLI command of one chunk's request. */
export function toBatchCliCommand(request: BatchChunk['request'], region = DEFAULT_REGION): string {
  return toAliyunCliCommand(
    { ...(request.Comment !== undefined && { Comment: request.Comment }), Tasks: toTasksJson(request.Tasks) },
    { region, action: 'BatchUpdateTasks' },
  );
}

/**
 * The plan of a batch, or the operations' faults (nothing is planned while an operation is wrong). Each task is
 * planned alone: its refusal leaves the others as they are. A task selected twice is planned once.
 */
export function planBatch(input: PlanInput): PlanResult {
  const issues = checkOperations(input.operations);
  const comment = input.comment ?? '';
  const checkedComment = BatchCommentSchema.safeParse(comment);
  if (!checkedComment.success)
    issues.push({ code: 'invalid-comment', message: toValidationIssues(checkedComment.error)[0]!.message });
  const chunkSize = input.chunkSize ?? BATCH_DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > BATCH_MAX_TASKS)
    issues.push({ code: 'invalid-chunk-size', max: BATCH_MAX_TASKS });
  if (issues.length > 0) return { ok: false, issues };

  const context = { now: input.now, settings: input.settings, runsOf: cachedRuns(input.now, input.settings) };
  const seen = new Set<string>();
  const tasks = input.tasks.map((task): PlannedTask => {
    if (seen.has(task.Id))
      return {
        id: task.Id,
        name: task.Name,
        modifyTime: task.ModifyTime,
        status: 'refused',
        reasons: [{ code: 'duplicate-task' }],
      };
    seen.add(task.Id);
    return planTask(task, input.operations, context);
  });

  return { ok: true, plan: assemblePlan(tasks, comment, chunkSize, input.region ?? DEFAULT_REGION) };
}

/** The totals, callouts and chunks of planned tasks: a batch's plan and a revert's share them. */
export function assemblePlan(
  tasks: PlannedTask[],
  comment: string,
  chunkSize: number,
  region = DEFAULT_REGION,
): BatchPlan {
  const changed = tasks.filter((t): t is ChangedTask => t.status === 'changed');
  const chunks = chunk(changed, chunkSize).map((group, index): BatchChunk => {
    const request = { ...(comment !== '' && { Comment: comment }), Tasks: group.map((t) => t.request) };
    return { index, taskIds: group.map((t) => t.id), request, cli: toBatchCliCommand(request, region) };
  });
  return {
    comment,
    chunkSize,
    tasks,
    totals: {
      selected: tasks.length,
      changed: changed.length,
      unchanged: tasks.filter((t) => t.status === 'unchanged').length,
      refused: tasks.filter((t) => t.status === 'refused').length,
    },
    callouts: gatherCallouts(changed),
    chunks,
  };
}
