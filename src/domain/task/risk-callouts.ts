import { nextRuns } from '../cron/next-runs.ts';
import { diffList, type Row } from './task-diff.ts';
import type { TaskForm } from './task-form.ts';

/** The zone DataWorks schedules the demo workspace in; the review compares runs there. */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

/** Instances are generated for slots at least 10 minutes after deployment (reference anchors §1.5). */
export const IMMEDIATE_BUFFER_MS = 10 * 60_000;

/** A schedule now firing at least this many times as often per week gets a callout. */
export const MORE_FREQUENT_FACTOR = 2;

const WEEK_MS = 7 * 86_400_000;
const SAMPLE_WEEKS = 4;
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

export type RiskCallout =
  | { kind: 'dependency-removed'; upstreams: string[] }
  | { kind: 'reruns-disabled'; before: string }
  | { kind: 'instance-mode-immediately'; lateWindow: boolean; firstSlotAfter: Date }
  | { kind: 'weekday-shift'; before: string[]; after: string[] }
  | { kind: 'more-frequent'; beforePerWeek: number; afterPerWeek: number }
  | { kind: 'owner-changed'; before: string; after: string };

function runsInWindow(cron: string | undefined, now: Date): Date[] | undefined {
  if (!cron) return undefined;
  try {
    return nextRuns(cron, {
      timeZone: SCHEDULE_TIME_ZONE,
      after: now,
      end: new Date(now.getTime() + SAMPLE_WEEKS * WEEK_MS),
      // Every 5 minutes for four weeks is 8,064 runs: the ceiling of what DataWorks accepts.
      count: 10_000,
    });
  } catch {
    return undefined;
  }
}

const weekdayOf = new Intl.DateTimeFormat('en-US', { timeZone: SCHEDULE_TIME_ZONE, weekday: 'short' });
const hourMinuteOf = new Intl.DateTimeFormat('en-GB', {
  timeZone: SCHEDULE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function weekdaysOf(runs: readonly Date[]): string[] {
  const days = new Set(runs.map((d) => weekdayOf.format(d).toUpperCase()));
  return WEEKDAYS.filter((d) => days.has(d));
}

/** Whether an instant falls in DataWorks' nightly generation window 23:30–24:00 (schedule zone). */
export function isInLateWindow(now: Date): boolean {
  return hourMinuteOf.format(now) >= '23:30';
}

function describeDependency(d: Row): string {
  const upstream = d.UpstreamOutput ?? d.UpstreamTaskId;
  return typeof upstream === 'string' ? `${String(d.Type)} ${upstream}` : String(d.Type);
}

/** What deserves a warning before this edit is saved. `now` fixes the clock for the schedule checks. */
export function riskCallouts(base: TaskForm, edited: TaskForm, now: Date): RiskCallout[] {
  const callouts: RiskCallout[] = [];
  const deps = diffList('Dependencies', base.Dependencies ?? [], edited.Dependencies ?? []);
  const removed = deps.entries.flatMap((e) => (e.op === '-' ? [describeDependency(e.before)] : []));
  if (removed.length > 0) callouts.push({ kind: 'dependency-removed', upstreams: removed });

  if (edited.RerunMode === 'AllDenied' && base.RerunMode !== 'AllDenied')
    callouts.push({ kind: 'reruns-disabled', before: base.RerunMode ?? '' });

  if (edited.InstanceMode === 'Immediately')
    callouts.push({
      kind: 'instance-mode-immediately',
      lateWindow: isInLateWindow(now),
      firstSlotAfter: new Date(now.getTime() + IMMEDIATE_BUFFER_MS),
    });

  const beforeCron = base.Trigger?.Type === 'Manual' ? undefined : base.Trigger?.Cron;
  const afterCron = edited.Trigger?.Type === 'Manual' ? undefined : edited.Trigger?.Cron;
  if (beforeCron !== afterCron) {
    const before = runsInWindow(beforeCron, now);
    const after = runsInWindow(afterCron, now);
    if (before && after && before.length > 0 && after.length > 0) {
      const daysBefore = weekdaysOf(before);
      const daysAfter = weekdaysOf(after);
      // A shift is a weekly pattern moved to other days, not a daily schedule narrowed to a few.
      if (daysBefore.length < 7 && daysAfter.length < 7 && daysBefore.join() !== daysAfter.join())
        callouts.push({ kind: 'weekday-shift', before: daysBefore, after: daysAfter });
      const perWeek = (runs: readonly Date[]) => Math.round((runs.length / SAMPLE_WEEKS) * 10) / 10;
      if (after.length >= MORE_FREQUENT_FACTOR * before.length)
        callouts.push({
          kind: 'more-frequent',
          beforePerWeek: perWeek(before),
          afterPerWeek: perWeek(after),
        });
    }
  }

  if ((base.Owner ?? '') !== (edited.Owner ?? '') && base.Owner)
    callouts.push({ kind: 'owner-changed', before: base.Owner, after: edited.Owner ?? '' });
  return callouts;
}
