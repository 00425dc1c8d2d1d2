import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import { parseCron } from '../cron/parse-cron.ts';
import { scheduleRuns } from './schedule-runs.ts';

// Whether an upstream's schedule lines up with this task's: its own module, as it needs the cron engine.

export type Frequency = 'minutely' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';

export interface ScheduleMismatch {
  frequency: Frequency;
  upstreamFrequency: Frequency;
  /** Days on which this task runs and the upstream does not, per `per`. */
  daysWithout: number;
  per: 'week' | 'month' | 'year';
}

export interface Schedule {
  cron?: string;
  triggerType?: string;
}

const DAY_MS = 86_400_000;
/** 52 whole weeks, so weekly schedules count evenly. */
const WINDOW_DAYS = 364;

const runDaysCache = new Map<string, ReadonlySet<string> | null>();

/**
 * The calendar days (in the zone) on which a schedule fires within the window. Which days a cron fires on
 * does not depend on its time-of-day fields, so it is computed from the same cron at midnight: one run a day.
 */
function runDays(cron: string, settings: ScheduleSettings, after: Date): ReadonlySet<string> | null {
  const { timeZone, weekdays } = settings;
  const key = `${cron}|${timeZone}|${weekdays}|${after.toISOString().slice(0, 10)}`;
  const cached = runDaysCache.get(key);
  if (cached !== undefined) return cached;
  let days: Set<string> | null = null;
  const fields = cron.trim().split(/\s+/);
  if (fields.length >= 6) {
    const runs = scheduleRuns(
      { Cron: `0 0 0 ${fields[3]} ${fields[4]} ${fields[5]}` },
      { after, until: new Date(after.getTime() + WINDOW_DAYS * DAY_MS), count: WINDOW_DAYS + 2, settings },
    );
    if (runs) {
      const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
      days = new Set(runs.map((r) => dayFormat.format(r)));
    }
  }
  if (runDaysCache.size > 500) runDaysCache.clear();
  runDaysCache.set(key, days);
  return days;
}

function frequencyOf(cron: string, days: ReadonlySet<string>, settings: ScheduleSettings): Frequency {
  const parsed = parseCron(cron, { weekdays: settings.weekdays });
  if (parsed.ok && parsed.cron.minutes.length > 1) return 'minutely';
  if (parsed.ok && parsed.cron.hours.length > 1) return 'hourly';
  if (days.size >= 250) return 'daily';
  if (days.size >= 40) return 'weekly';
  if (days.size >= 10) return 'monthly';
  return 'yearly';
}

/**
 * A same-cycle upstream whose schedule leaves days without an instance of its own: on those days DataWorks
 * still makes an instance of the upstream, which dry-runs, and this task's instances depend on that dry run.
 * Undefined when every day this task runs, the upstream runs too (or either is manual or unparsable).
 */
export function findScheduleMismatch(
  schedule: Schedule,
  upstream: Schedule,
  options: { settings: ScheduleSettings; after: Date },
): ScheduleMismatch | undefined {
  if (schedule.triggerType === 'Manual' || upstream.triggerType === 'Manual') return undefined;
  if (!schedule.cron || !upstream.cron) return undefined;
  const { settings } = options;
  const mine = runDays(schedule.cron, settings, options.after);
  const theirs = runDays(upstream.cron, settings, options.after);
  if (!mine || !theirs || theirs.size === 0) return undefined;
  let without = 0;
  for (const day of mine) if (!theirs.has(day)) without += 1;
  if (without === 0) return undefined;
  const upstreamFrequency = frequencyOf(upstream.cron, theirs, settings);
  const per = upstreamFrequency === 'weekly' ? 'week' : upstreamFrequency === 'monthly' ? 'month' : 'year';
  const divisor = per === 'week' ? 52 : per === 'month' ? 12 : 1;
  return {
    frequency: frequencyOf(schedule.cron, mine, settings),
    upstreamFrequency,
    daysWithout: Math.max(1, Math.round(without / divisor)),
    per,
  };
}
