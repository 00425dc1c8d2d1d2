import type { ScheduleSettings } from '../cron/dataworks-schedule.ts';
import {
  resolveScriptParameters,
  type ResolveScriptParametersResult,
} from '../params/resolve-script-parameters.ts';
import { fromWallTime, toWallTime, type WallTime } from '../params/wall-time.ts';
import { scheduleRuns } from './schedule-runs.ts';

export const DEFAULT_PREVIEW_COUNT = 10;
export const PREVIEW_COUNTS = [10, 25, 50, 100] as const;
export const CALENDAR_WEEKS = 5;
/** Enough for a week of 5-minute runs; the calendar says which days were not counted past it. */
export const CALENDAR_RUN_LIMIT = 2016;

/** What a run does under Trigger.Recurrence: Skip makes dry runs, Pause holds them. */
export type RunStatus = 'run' | 'dry-run' | 'paused';

export interface PreviewRow {
  instant: Date;
  status: RunStatus;
  /** Script.Parameters as DataWorks resolves them for this run; absent when there are none. */
  parameters?: ResolveScriptParametersResult;
}

export interface CalendarDay {
  /** `yyyy-mm-dd` on the scheduling zone's clock. */
  date: string;
  year: number;
  month: number;
  day: number;
  /** Runs still to come that day; null for a past day or one past the counting limit. */
  count: number | null;
  past: boolean;
}

export type SchedulePreview =
  | { ok: true; rows: PreviewRow[]; weeks: CalendarDay[][] }
  /** No cron yet, or one the cron engine refuses. */
  | { ok: false; reason: 'empty' | 'invalid' };

export interface SchedulePreviewInput {
  cron: string | undefined;
  /** The zone picked in the preview (the deployment's by default) and the deployment's weekday numbering. */
  settings: ScheduleSettings;
  now: Date;
  count: number;
  startTime?: string;
  endTime?: string;
  recurrence?: string;
  /** Script.Parameters text. */
  parameters?: string;
}

/** The next runs and the calendar of the coming weeks, in the scheduling zone and the effective window. */
export function toSchedulePreview(input: SchedulePreviewInput): SchedulePreview {
  const { settings, now, count } = input;
  const { timeZone } = settings;
  const trigger = { Cron: input.cron, StartTime: input.startTime, EndTime: input.endTime };
  if ((input.cron ?? '').trim() === '') return { ok: false, reason: 'empty' };
  const runs = scheduleRuns(trigger, { after: now, count, settings });
  if (runs === null) return { ok: false, reason: 'invalid' };
  const status: RunStatus =
    input.recurrence === 'Skip' ? 'dry-run' : input.recurrence === 'Pause' ? 'paused' : 'run';
  const parameters = input.parameters?.trim() ? input.parameters : undefined;
  const rows = runs.map((instant) => ({
    instant,
    status,
    ...(parameters !== undefined && {
      parameters: resolveScriptParameters(parameters, { scheduledTime: instant, timeZone }),
    }),
  }));
  const days = toCalendarDays(now, timeZone, CALENDAR_WEEKS);
  const last = days.at(-1);
  const until = last ? endOfDay(last, timeZone) : now;
  const calendarRuns =
    scheduleRuns(trigger, { after: now, count: CALENDAR_RUN_LIMIT, settings, until }) ?? [];
  const weeks = toCalendarWeeks(calendarRuns, {
    timeZone,
    now,
    weeks: CALENDAR_WEEKS,
    complete: calendarRuns.length < CALENDAR_RUN_LIMIT,
  });
  return { ok: true, rows, weeks };
}

const DAY_MS = 86_400_000;

function civilDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateKey(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The days of `weeks` whole weeks, Monday first, starting with the week of `now` in `timeZone`. */
function toCalendarDays(now: Date, timeZone: string, weeks: number): WallTime[] {
  const today = toWallTime(now, timeZone);
  const todayIndex = civilDay(today.year, today.month, today.day);
  // 1970-01-01 was a Thursday: (index + 3) % 7 is 0 on Mondays.
  const monday = todayIndex - ((((todayIndex + 3) % 7) + 7) % 7);
  return Array.from({ length: weeks * 7 }, (_, i) => {
    const date = new Date((monday + i) * DAY_MS);
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    };
  });
}

function endOfDay(day: WallTime, timeZone: string): Date {
  // The next day's 00:00 minus a millisecond: correct whatever the day's length.
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  const wall = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  return new Date(fromWallTime({ ...wall, hour: 0, minute: 0, second: 0 }, timeZone).getTime() - 1);
}

/**
 * Buckets runs by their date in the scheduling zone into weeks of seven days, Monday first, starting
 * with the week of `now`. Days before today have no count; with `complete` false (the run list was cut
 * at a limit) neither have the last run's day and those after it.
 */
export function toCalendarWeeks(
  runs: readonly Date[],
  options: { timeZone: string; now: Date; weeks: number; complete: boolean },
): CalendarDay[][] {
  const { timeZone, now, weeks, complete } = options;
  const counts = new Map<string, number>();
  for (const run of runs) {
    const wall = toWallTime(run, timeZone);
    const key = dateKey(wall.year, wall.month, wall.day);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const today = toWallTime(now, timeZone);
  const todayKey = dateKey(today.year, today.month, today.day);
  const lastRun = runs.at(-1);
  const lastWall = lastRun && toWallTime(lastRun, timeZone);
  const lastKey = lastWall ? dateKey(lastWall.year, lastWall.month, lastWall.day) : '';
  const days = toCalendarDays(now, timeZone, weeks).map((wall): CalendarDay => {
    const date = dateKey(wall.year, wall.month, wall.day);
    const past = date < todayKey;
    // A cut list may end part-way through its last day, so that day is not counted either.
    const counted = complete || date < lastKey;
    return {
      date,
      year: wall.year,
      month: wall.month,
      day: wall.day,
      past,
      count: past || !counted ? null : (counts.get(date) ?? 0),
    };
  });
  return Array.from({ length: weeks }, (_, week) => days.slice(week * 7, week * 7 + 7));
}
