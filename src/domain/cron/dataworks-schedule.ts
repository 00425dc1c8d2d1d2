import type { WeekdayNumbering } from './parse-cron.ts';

// What DataWorks decides about a schedule beyond the cron grammar: the deployment's two settings and the
// CycleType rule. Nothing here loads the cron engine, so the app shell, the form's schema and the trigger
// section can import it without pulling the engine into their chunks (the runs of a schedule, which need
// the engine, are in domain/task/schedule-runs.ts).

/** How this deployment's DataWorks reads schedules. */
export interface ScheduleSettings {
  /** How a numeric day-of-week reads (parse-cron.ts: 'spring' 1 = Monday, 'quartz' 1 = Sunday). */
  readonly weekdays: WeekdayNumbering;
  /** IANA zone the workspace schedules in; GetTask does not return it. */
  readonly timeZone: string;
}

/**
 * The defaults, decided here only:
 * - weekdays 'spring': DataWorks documents "the standard Spring Cron format (CronSequenceGenerator)"
 *   (reference/anchors-ui-and-cron.md §1.2; Alibaba's migration tool copies Quartz numbers, so the builder
 *   writes names and a numeric weekday is flagged as ambiguous);
 * - timeZone 'Asia/Shanghai': the scheduling zone is a region setting whose default is the region's local
 *   zone, UTC+8 in the China regions, the product's home
 *   (https://help.aliyun.com/en/dataworks/user-guide/change-the-time-zone-for-scheduling).
 * A deployment overrides them with DATAWORKS_WEEKDAY_NUMBERING and DATAWORKS_SCHEDULE_TIME_ZONE (server/env.ts).
 */
export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = Object.freeze({
  weekdays: 'spring',
  timeZone: 'Asia/Shanghai',
});

let deployment: ScheduleSettings = DEFAULT_SCHEDULE_SETTINGS;

/**
 * Sets the deployment's settings for this process, once, at start: the server from its environment
 * (server/main.ts), the app from `GET /api/health` before its first render (app/main.tsx), so the form,
 * the proxy and the emulator validate a cron the same way.
 */
export function configureSchedule(settings: ScheduleSettings): void {
  deployment = Object.freeze({ weekdays: settings.weekdays, timeZone: settings.timeZone });
}

/** The deployment's settings (the defaults until configureSchedule). */
export function scheduleSettings(): ScheduleSettings {
  return deployment;
}

/** Settings read from untrusted JSON (the health reply): each value that is not valid keeps its default. */
export function readScheduleSettings(value: unknown): ScheduleSettings {
  const { weekdays, timeZone } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return {
    weekdays: weekdays === 'spring' || weekdays === 'quartz' ? weekdays : DEFAULT_SCHEDULE_SETTINGS.weekdays,
    timeZone:
      typeof timeZone === 'string' && isTimeZone(timeZone) ? timeZone : DEFAULT_SCHEDULE_SETTINGS.timeZone,
  };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name !== '';
  } catch {
    return false;
  }
}

/** Trigger.CycleType values (UpdateTask reference: Daily is the default, NotDaily means hourly). */
export type CycleType = 'Daily' | 'NotDaily';

// A minute or hour field holding a range, step, list or wildcard is written as a schedule within the day.
const REPEATING = /[-/,*]/;

/**
 * Trigger.CycleType for a cron (`sec min hour day month weekday`): NotDaily when its minute or hour field
 * holds any of `- / , *`, else Daily; undefined when the cron has too few fields to tell.
 *
 * The rule is read from the text, not from the values it selects, so `00 00 00-00 * * ?` and
 * `00 00 08,08 * * ?` are NotDaily although each fires once a day. The evidence:
 * - DataWorks says what NotDaily means, not how to tell it from a cron: the UpdateTask reference sets
 *   CycleType "only when the cron is hourly-type: Daily (default) | NotDaily (hourly)"
 *   (reference/dataworks-api.md, Trigger), and GetTask never returns it.
 * - The one place Alibaba derives it from a cron is aliyun/dataworks-spec `CronExpressUtil.parseCronToCycleType`
 *   (reference/anchors-ui-and-cron.md §1.2), which its converters use to fill a node's cycle type: the regex
 *   `[-/,*]` on the minute and hour fields, nothing parsed. A range or list in the hour field is how an hourly
 *   schedule is written (`00-23/1`, `08,20`), even a degenerate one.
 * - No Alibaba source reads the values (the parsed rule once in derive-cycle-type.ts, now deleted, made
 *   both examples Daily), and this rule is what the editor has always sent.
 */
export function toCycleType(cron: string | undefined): CycleType | undefined {
  const fields = cron?.trim().split(/\s+/) ?? [];
  if (fields.length < 3) return undefined;
  const [, minute = '', hour = ''] = fields;
  return REPEATING.test(minute) || REPEATING.test(hour) ? 'NotDaily' : 'Daily';
}
