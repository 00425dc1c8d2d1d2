import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import { riskCallouts, sampleRuns, type RiskCallout } from '../task/risk-callouts.ts';
import type { ScheduleTrigger } from '../task/schedule-runs.ts';
import type { TaskForm } from '../task/task-form.ts';

// The single-task review's risk rules (risk-callouts.ts) for each task of a batch, with the batch's own (pause,
// dry run, unscheduled), gathered across the batch: "12 tasks lose their reruns".

/** A warning about one task: the single-task review's, or one of the recurrence and trigger changes a batch makes. */
export type TaskCallout =
  | RiskCallout
  /** Trigger.Recurrence becomes Pause: no instance runs until resumed. */
  | { kind: 'paused' }
  /** Trigger.Recurrence becomes Skip: instances are generated but dry-run, touching no data. */
  | { kind: 'dry-run' }
  /** Trigger.Type becomes Manual: the task is no longer scheduled. */
  | { kind: 'unscheduled' };

export type BatchCalloutCode = TaskCallout['kind'];

/** One kind of warning across the batch: how many tasks, which. */
export interface BatchCallout {
  code: BatchCalloutCode;
  count: number;
  taskIds: string[];
}

/** The order callouts are shown in: what stops work first. */
export const BATCH_CALLOUT_ORDER: readonly BatchCalloutCode[] = [
  'unscheduled',
  'paused',
  'dry-run',
  'reruns-disabled',
  'more-frequent',
  'weekday-shift',
  'weekdays-dropped',
  'owner-changed',
  'dependency-removed',
  'instance-mode-immediately',
];

export type RunsOf = (trigger: ScheduleTrigger | undefined) => Date[] | null;

/**
 * sampleRuns remembered by the members that decide the runs: a batch's tasks share a few schedules, and
 * thousands of tasks moved to one cron ask for its runs once.
 */
export function cachedRuns(now: Date, settings: ScheduleSettings): RunsOf {
  const cache = new Map<string, Date[] | null>();
  return (trigger) => {
    const key = `${trigger?.Type}\u0000${trigger?.Cron}\u0000${trigger?.StartTime}\u0000${trigger?.EndTime}`;
    let runs = cache.get(key);
    if (runs === undefined) {
      runs = sampleRuns(trigger, now, settings);
      cache.set(key, runs);
    }
    return runs;
  };
}

/** The warnings for one task of the batch. */
export function taskCallouts(
  before: TaskForm,
  after: TaskForm,
  now: Date,
  settings: ScheduleSettings,
  runsOf: RunsOf,
): TaskCallout[] {
  const callouts: TaskCallout[] = riskCallouts(before, after, now, settings, runsOf);
  const recurrence = after.Trigger?.Recurrence;
  if (recurrence !== before.Trigger?.Recurrence) {
    if (recurrence === 'Pause') callouts.push({ kind: 'paused' });
    if (recurrence === 'Skip') callouts.push({ kind: 'dry-run' });
  }
  if (after.Trigger?.Type === 'Manual' && before.Trigger?.Type !== 'Manual')
    callouts.push({ kind: 'unscheduled' });
  return callouts;
}

/** Each kind of warning with the tasks it concerns, in BATCH_CALLOUT_ORDER. */
export function gatherCallouts(
  tasks: readonly { id: string; callouts: readonly TaskCallout[] }[],
): BatchCallout[] {
  const byCode = new Map<BatchCalloutCode, string[]>();
  for (const { id, callouts } of tasks)
    for (const c of callouts) {
      const ids = byCode.get(c.kind) ?? [];
      if (ids.at(-1) !== id) ids.push(id);
      byCode.set(c.kind, ids);
    }
  return BATCH_CALLOUT_ORDER.flatMap((code) => {
    const taskIds = byCode.get(code);
    return taskIds ? [{ code, count: taskIds.length, taskIds }] : [];
  });
}
