import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import { CronSyntaxError, nextRuns } from '../cron/next-runs.ts';
import { fromWallTime } from '../params/wall-time.ts';
import { parseDateTimeText } from './date-time-text.ts';

// The one computation of a schedule's runs: the preview, the review's runs before and after, the risk
// callouts and the schedule-mismatch note all call scheduleRuns, so they agree on the zone, the weekday
// numbering and the effective window.

/** The Trigger members that decide when a task runs. */
export interface ScheduleTrigger {
  Type?: string;
  Cron?: string;
  /** `yyyy-mm-dd hh:mm:ss` on the scheduling zone's clock: no run before it. */
  StartTime?: string;
  /** `yyyy-mm-dd hh:mm:ss` on the scheduling zone's clock: no run after it. */
  EndTime?: string;
}

export interface ScheduleRunsOptions {
  /** Runs strictly after this instant. */
  after: Date;
  count: number;
  /** The zone the runs are computed in and the weekday numbering: the deployment's, or the zone picked. */
  settings: ScheduleSettings;
  /** No run after this instant either (a sampling window), besides EndTime. */
  until?: Date;
}

export interface ScheduleWindow {
  start?: Date;
  end?: Date;
}

/**
 * The effective window as instants. StartTime and EndTime are wall times on the scheduling zone's clock
 * (GetTask returns them without a zone), so the same text is a different instant in another zone. A time
 * skipped by daylight saving reads after the gap, a repeated end time at its later instant; text not
 * written `yyyy-mm-dd hh:mm:ss` bounds nothing.
 */
export function toScheduleWindow(
  trigger: Pick<ScheduleTrigger, 'StartTime' | 'EndTime'>,
  timeZone: string,
): ScheduleWindow {
  const start = parseDateTimeText((trigger.StartTime ?? '').trim());
  const end = parseDateTimeText((trigger.EndTime ?? '').trim());
  return {
    ...(start && { start: fromWallTime(start, timeZone) }),
    ...(end && { end: fromWallTime(end, timeZone, 'later') }),
  };
}

/**
 * The next `count` runs of a trigger after `after`, as DataWorks' scheduler (Quartz) fires them in
 * `settings.timeZone`, reading numeric weekdays by `settings.weekdays`, inside StartTime–EndTime read on
 * that zone's clock. A Manual trigger or one without a cron has no runs; null when the cron does not parse.
 */
export function scheduleRuns(trigger: ScheduleTrigger, options: ScheduleRunsOptions): Date[] | null {
  const cron = (trigger.Cron ?? '').trim();
  if (trigger.Type === 'Manual' || cron === '') return [];
  const { timeZone, weekdays } = options.settings;
  const window = toScheduleWindow(trigger, timeZone);
  const { until } = options;
  const end = until && (!window.end || until < window.end) ? until : window.end;
  try {
    return nextRuns(cron, {
      timeZone,
      weekdays,
      after: options.after,
      count: options.count,
      ...(window.start && { start: window.start }),
      ...(end && { end }),
    });
  } catch (error) {
    if (error instanceof CronSyntaxError) return null;
    throw error;
  }
}
