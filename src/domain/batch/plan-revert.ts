import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import { fromBatchTask, toBatchTask, type BatchTask } from '../task/batch-update-request.ts';
import type { Task } from '../task/task.ts';
import { diffTask } from '../task/task-diff.ts';
import { toStableJson, type TaskForm } from '../task/task-form.ts';
import type { UpdateTaskRequest } from '../task/update-task-request.ts';
import { cachedRuns, taskCallouts } from './batch-callouts.ts';
import type { BatchRecord } from './batch-contract.ts';
import { assemblePlan, pickKeys, toBatchForm, type BatchPlan, type PlannedTask } from './plan-batch.ts';

// "Revert this batch": the reverse plan from the journal's before-values of the tasks it saved, against the
// tasks as they are now. A task that no longer holds what the batch wrote was changed since by someone else:
// it is refused (a conflict), never overwritten. Pure: the app reads the tasks, the review shows the plan.

export interface RevertInput {
  batch: Pick<BatchRecord, 'Tasks'>;
  /** The batch's saved tasks as GetTask returns them now (their ModifyTime is the plan's). */
  current: readonly Task[];
  comment: string;
  chunkSize: number;
  now: Date;
  settings: ScheduleSettings;
  region?: string;
}

/** A batch element's key as the task holds it now, in the batch's shape (whole, RerunInterval in seconds). */
function currentValues(form: TaskForm, keys: readonly string[]): Record<string, unknown> {
  return toBatchTask(pickKeys(form, keys) as UpdateTaskRequest);
}

export function planRevert(input: RevertInput): BatchPlan {
  const byId = new Map(input.current.map((task) => [task.Id, task]));
  const runsOf = cachedRuns(input.now, input.settings);
  const tasks = input.batch.Tasks.filter((record) => record.State === 'saved').flatMap(
    (record): PlannedTask[] => {
      const task = byId.get(record.Id);
      if (!task) return [];
      const base = { id: task.Id, name: task.Name, modifyTime: task.ModifyTime };
      const keys = Object.keys(record.Request).filter((key) => key !== 'Id');
      const form = toBatchForm(task);
      const now = currentValues(form, keys);
      const changedSince = keys.filter((key) => toStableJson(now[key]) !== toStableJson(record.Request[key]));
      if (changedSince.length > 0)
        return [{ ...base, status: 'refused', reasons: [{ code: 'changed-since', keys: changedSince }] }];

      // A key the task did not have before cannot be unset by a batch: it stays as the batch left it.
      const restorable = keys.filter((key) => record.Before[key] !== undefined);
      const changedKeys = restorable.filter(
        (key) => toStableJson(now[key]) !== toStableJson(record.Before[key]),
      );
      if (changedKeys.length === 0) return [{ ...base, status: 'unchanged' }];
      const request = { Id: task.Id, ...pickOwn(record.Before, changedKeys) } as BatchTask;
      const restored = fromBatchTask(request) as Record<string, unknown>;
      const after = { ...form } as Record<string, unknown>;
      for (const key of changedKeys) after[key] = mergeMember(after[key], restored[key]);
      const afterForm = after as TaskForm;
      return [
        {
          ...base,
          status: 'changed',
          changedKeys,
          request,
          before: { Id: task.Id, ...pickOwn(now, changedKeys) },
          diff: diffTask(form, afterForm, changedKeys),
          callouts: taskCallouts(form, afterForm, input.now, input.settings, runsOf),
        },
      ];
    },
  );
  return assemblePlan(tasks, input.comment, input.chunkSize, input.region);
}

function pickOwn(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}

/** A nested key (Trigger) restored over the task's own: members a batch cannot carry (CycleType) stay. */
function mergeMember(current: unknown, restored: unknown): unknown {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isObject(current) && isObject(restored)
    ? { ...(current as object), ...(restored as object) }
    : restored;
}
