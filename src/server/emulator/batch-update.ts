import { BatchCommentSchema, BatchTaskSchema, fromBatchTask } from '#domain/task/batch-update-request';
import { toValidationIssues } from '#domain/task/dataworks-actions';
import { TaskIdSchema } from '#domain/task/task-id';
import { parseDataWorksJson } from '../dataworks/lossless-json.ts';
import { applyUpdate } from './apply-update.ts';
import { EmulatorError } from './emulator-error.ts';
import type { TaskFault } from './fault-injection.ts';
import type { TaskStore } from './task-store.ts';

// BatchUpdateTasks as the SDK sends it (reference/workspace-lookups.md §3): a form body with `Comment` and
// `Tasks` (JSON text). What is wrong with the call as a whole (no Tasks, not a JSON array, more than the
// maximum, an element without a task ID, a task twice) is a 400 and changes nothing; what is wrong with one
// task is that task's `Success: false` in SuccessInfo and the others are applied, each like UpdateTask.

/** SuccessInfo's value (the SDK's SuccessInfoValue): `Message` only when the task failed. */
export interface TaskResult {
  Success: boolean;
  Message?: string;
}

export interface BatchRunnerOptions {
  /** Tasks allowed in one call. */
  maxTasks: number;
  /** The injected fault for a task of this call, if any (fault-injection.ts). */
  taskFault: (taskId: string) => TaskFault | undefined;
}

const TASK_NOT_EXIST = 'The task does not exist.';
const KNOWN_PARAMETERS = new Set(['Comment', 'Tasks']);

function firstIssue(error: Parameters<typeof toValidationIssues>[0]) {
  const [first] = toValidationIssues(error);
  return { path: first?.path ?? '', message: first?.message ?? 'is invalid' };
}

/** The call's tasks as JSON values with their IDs, or the 400 that refuses the whole call. */
function readTasks(params: Record<string, string>, maxTasks: number): { id: string; item: unknown }[] {
  for (const key of Object.keys(params))
    if (!KNOWN_PARAMETERS.has(key))
      throw EmulatorError.invalidParameter(key, 'is not a parameter of BatchUpdateTasks');
  if (params.Comment !== undefined) {
    const comment = BatchCommentSchema.safeParse(params.Comment);
    if (!comment.success) throw EmulatorError.invalidParameter('Comment', firstIssue(comment.error).message);
  }
  if (params.Tasks === undefined) throw EmulatorError.invalidParameter('Tasks', 'is required');
  let items: unknown;
  try {
    items = parseDataWorksJson(params.Tasks);
  } catch {
    throw EmulatorError.invalidParameter('Tasks', 'is not valid JSON text');
  }
  if (!Array.isArray(items)) throw EmulatorError.invalidParameter('Tasks', 'is not a JSON array of tasks');
  if (items.length === 0) throw EmulatorError.invalidParameter('Tasks', 'must hold at least one task');
  if (items.length > maxTasks)
    throw EmulatorError.invalidParameter(
      'Tasks',
      `must hold at most ${maxTasks} tasks in one call (got ${items.length})`,
    );
  const seen = new Map<string, number>();
  return (items as unknown[]).map((item, index) => {
    const raw = item !== null && typeof item === 'object' ? (item as { Id?: unknown }).Id : undefined;
    const id = TaskIdSchema.safeParse(raw);
    if (!id.success)
      throw EmulatorError.invalidParameter(
        `Tasks.${index}.Id`,
        raw === undefined ? 'is required' : firstIssue(id.error).message,
      );
    const first = seen.get(id.data);
    if (first !== undefined)
      throw EmulatorError.invalidParameter(
        `Tasks.${index}.Id`,
        `repeats task ${id.data} of row ${first + 1}: a call updates a task once`,
      );
    seen.set(id.data, index);
    return { id: id.data, item };
  });
}

export function createBatchRunner(store: TaskStore, now: () => Date, options: BatchRunnerOptions) {
  /** One task's patch, validated and applied as UpdateTask would; a new version when applied. */
  function applyOne(id: string, item: unknown, user: string): TaskResult {
    const parsed = BatchTaskSchema.safeParse(item);
    if (!parsed.success) {
      const { path, message } = firstIssue(parsed.error);
      return { Success: false, Message: `Invalid parameter ${path || 'task'}: ${message}` };
    }
    const task = store.getTask(id);
    if (!task) return { Success: false, Message: TASK_NOT_EXIST };
    store.saveTask(applyUpdate(task, fromBatchTask(parsed.data), user, now()), task);
    return { Success: true };
  }

  return function runBatch(params: Record<string, string>, user: string): Record<string, unknown> {
    const SuccessInfo: Record<string, TaskResult> = {};
    for (const { id, item } of readTasks(params, options.maxTasks)) {
      const fault = options.taskFault(id);
      if (fault?.kind === 'fail') {
        SuccessInfo[id] = { Success: false, Message: fault.message };
        continue;
      }
      if (fault?.kind === 'omit') {
        if (fault.applied) applyOne(id, item, user);
        continue;
      }
      SuccessInfo[id] = applyOne(id, item, user);
    }
    return { SuccessInfo };
  };
}
