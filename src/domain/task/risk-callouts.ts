import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import { toWallTime } from '../params/wall-time.ts';
import { scheduleRuns, type ScheduleTrigger } from './schedule-runs.ts';
import { diffList, type Row } from './task-diff.ts';
import type { TaskForm } from './task-form.ts';

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
  /** The schedule keeps some of its days and drops the others (a daily task narrowed to weekdays). */
  | { kind: 'weekdays-dropped'; dropped: string[]; kept: string[] }
  | { kind: 'more-frequent'; beforePerWeek: number; afterPerWeek: number }
  | { kind: 'owner-changed'; before: string; after: string };

/** The runs of the next four weeks, within the trigger's effective window: what the schedule checks compare. */
export function sampleRuns(
  trigger: ScheduleTrigger | undefined,
  now: Date,
  settings: ScheduleSettings,
): Date[] | null {
  return scheduleRuns(trigger ?? {}, {
    after: now,
    until: new Date(now.getTime() + SAMPLE_WEEKS * WEEK_MS),
    // Every 5 minutes for four weeks is 8,064 runs: the ceiling of what DataWorks accepts.
    count: 10_000,
    settings,
  });
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
// The same runs (a cached sample, as a batch passes) are not formatted again: Intl is the cost here.
const weekdaysByRuns = new WeakMap<readonly Date[], { timeZone: string; days: string[] }>();

/** The days of the week the runs fall on, on the scheduling zone's clock. */
function weekdaysOf(runs: readonly Date[], timeZone: string): string[] {
  const known = weekdaysByRuns.get(runs);
  if (known?.timeZone === timeZone) return known.days;
  const days = formatWeekdays(runs, timeZone);
  weekdaysByRuns.set(runs, { timeZone, days });
  return days;
}

function formatWeekdays(runs: readonly Date[], timeZone: string): string[] {
  let format = weekdayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' });
    weekdayFormats.set(timeZone, format);
  }
  const days = new Set(runs.map((run) => format.format(run).toUpperCase()));
  return WEEKDAYS.filter((d) => days.has(d));
}

/** Whether an instant falls in DataWorks' nightly generation window 23:30–24:00 in the scheduling zone. */
export function isInLateWindow(now: Date, timeZone: string): boolean {
  const { hour, minute } = toWallTime(now, timeZone);
  return hour * 60 + minute >= 23 * 60 + 30;
}

function describeDependency(d: Row): string {
  const upstream = d.UpstreamOutput ?? d.UpstreamTaskId;
  return typeof upstream === 'string' ? `${String(d.Type)} ${upstream}` : String(d.Type);
}

/**
 * The parameters whose change reaches the instances DataWorks generates, which is what the Immediately note
 * is about (when they are regenerated, the 10-minute buffer, the nightly window, reruns of expired instances:
 * reference/anchors-ui-and-cron.md §1.5). Name, Description, Owner, Tags, the script's code and the runtime
 * resource do not change which instances exist, so saving only them says nothing about it.
 */
const INSTANCE_PARAMETERS = [
  'InstanceMode',
  'Trigger',
  'Dependencies',
  'Outputs',
  'Inputs',
  'RerunMode',
  'RerunTimes',
  'RerunInterval',
  'Timeout',
  'EnvType',
] as const;

function changesInstances(base: TaskForm, edited: TaskForm): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  // Scheduling parameters are resolved when an instance is generated (scheduling-parameters.md §5.3).
  if (!same(base.Script?.Parameters, edited.Script?.Parameters)) return true;
  return INSTANCE_PARAMETERS.some((key) => !same(base[key], edited[key]));
}

/**
 * What deserves a warning before this edit is saved. `now` fixes the clock for the schedule checks, which
 * compare runs in `settings.timeZone` (the zone the person picked) with the deployment's weekday numbering.
 */
export function riskCallouts(
  base: TaskForm,
  edited: TaskForm,
  now: Date,
  settings: ScheduleSettings,
  /** sampleRuns, or a cache of it: a batch asks for the same few schedules thousands of times. */
  runsOf: (trigger: ScheduleTrigger | undefined) => Date[] | null = (t) => sampleRuns(t, now, settings),
): RiskCallout[] {
  const callouts: RiskCallout[] = [];
  const deps = diffList('Dependencies', base.Dependencies ?? [], edited.Dependencies ?? []);
  const removed = deps.entries.flatMap((e) => (e.op === '-' ? [describeDependency(e.before)] : []));
  if (removed.length > 0) callouts.push({ kind: 'dependency-removed', upstreams: removed });

  if (edited.RerunMode === 'AllDenied' && base.RerunMode !== 'AllDenied')
    callouts.push({ kind: 'reruns-disabled', before: base.RerunMode ?? '' });

  if (edited.InstanceMode === 'Immediately' && changesInstances(base, edited))
    callouts.push({
      kind: 'instance-mode-immediately',
      lateWindow: isInLateWindow(now, settings.timeZone),
      firstSlotAfter: new Date(now.getTime() + IMMEDIATE_BUFFER_MS),
    });

  const beforeCron = base.Trigger?.Type === 'Manual' ? undefined : base.Trigger?.Cron;
  const afterCron = edited.Trigger?.Type === 'Manual' ? undefined : edited.Trigger?.Cron;
  if (beforeCron !== afterCron) {
    const before = runsOf(base.Trigger);
    const after = runsOf(edited.Trigger);
    if (before && after && before.length > 0 && after.length > 0) {
      const daysBefore = weekdaysOf(before, settings.timeZone);
      const daysAfter = weekdaysOf(after, settings.timeZone);
      const dropped = daysBefore.filter((day) => !daysAfter.includes(day));
      const narrowed = dropped.length > 0 && daysAfter.every((day) => daysBefore.includes(day));
      // Narrowed: the days left out are named. A shift is a weekly pattern moved to other days.
      if (narrowed) callouts.push({ kind: 'weekdays-dropped', dropped, kept: daysAfter });
      else if (daysBefore.length < 7 && daysAfter.length < 7 && daysBefore.join() !== daysAfter.join())
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
