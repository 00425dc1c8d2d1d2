import { scheduleSettings } from './dataworks-schedule.ts';
import { parseCron, type WeekdayNumbering } from './parse-cron.ts';
import { toNameList, WEEKDAY_NAMES, type WeekdayName } from './to-weekday-names.ts';

/** A day of the month, or 'L' for its last day. */
type DayOfMonth = number | 'L';

// The modes of DataWorks' scheduling form: https://alibabacloud.com/help/en/dataworks/user-guide/schedule-a-node-by-minute
// and the hour, day, week, month and year pages beside it. Hours 0-23, minutes 0-59, months 1-12, days 1-31:
// the builder's controls offer nothing else, and toBuilderModel reads only what parseCron accepted.
export type BuilderModel =
  | { mode: 'minute'; everyMinutes: number; startHour: number; endHour: number }
  | {
      mode: 'hourly';
      minute: number;
      hours:
        | { kind: 'every'; everyHours: number; startHour: number; endHour: number }
        | { kind: 'at'; hours: number[] };
    }
  /** `weekdays` limits a daily schedule to some days of the week (e.g. Monday to Friday); absent, every day. */
  | { mode: 'daily'; hour: number; minute: number; weekdays?: WeekdayName[] }
  | { mode: 'weekly'; days: WeekdayName[]; hour: number; minute: number }
  | { mode: 'monthly'; days: DayOfMonth[]; hour: number; minute: number }
  | { mode: 'yearly'; months: number[]; days: DayOfMonth[]; hour: number; minute: number };
export type RawModel = { mode: 'raw'; reason: string };

/**
 * The form behind the cron builder, or `raw` with the reason when the expression is more than the form
 * can show (it then stays editable as text, never reset).
 */
export function toBuilderModel(
  expression: string,
  options: { weekdays?: WeekdayNumbering } = {},
): BuilderModel | RawModel {
  const parsed = parseCron(expression, { weekdays: options.weekdays ?? scheduleSettings().weekdays });
  if (!parsed.ok) return raw(parsed.issues[0]?.message ?? 'The expression does not parse');
  const { cron } = parsed;
  const text = (field: string) => (cron.tokens.find((t) => t.field === field)?.text ?? '').toUpperCase();
  if (cron.tokens.length > 6) return raw('The form has no year field');
  if (cron.seconds.length !== 1 || cron.seconds[0] !== 0) return raw('Seconds other than 00');
  const [second, minuteText, hourText, domText, monthText, dowText] = [
    'second',
    'minute',
    'hour',
    'dayOfMonth',
    'month',
    'dayOfWeek',
  ].map(text);
  if (second === undefined || minuteText === undefined || hourText === undefined)
    return raw('Missing fields');
  const everyDay = (domText === '*' && dowText === '?') || (domText === '?' && dowText === '*');
  const everyMonth = monthText === '*';
  const minute = singleNumber(minuteText);
  const hour = singleNumber(hourText);

  if (everyDay && everyMonth) {
    const step = /^(?:\*|0+)\/(\d+)$/.exec(minuteText ?? '');
    if (step) {
      const window = toHourWindow(hourText);
      if (!window) return raw('Minute schedules run within one start-end hour range');
      return { mode: 'minute', everyMinutes: Number(step[1]), ...window };
    }
    if (minute === null) return raw('This minute field is not a single minute or an every-N-minutes step');
    if (hour !== null) return { mode: 'daily', hour, minute };
    const every = toEveryHours(hourText);
    if (every) return { mode: 'hourly', minute, hours: { kind: 'every', ...every } };
    if (/^\d+(,\d+)*$/.test(hourText))
      return { mode: 'hourly', minute, hours: { kind: 'at', hours: [...cron.hours] } };
    return raw('This hour field is neither every N hours in a range nor a list of hours');
  }

  if (minute === null || hour === null)
    return raw('Weekly, monthly and yearly schedules run at one time of day');
  const plainWeekdays = !cron.lastDayOfWeek && cron.nthDayOfWeek === 0 && /^[A-Z0-9,-]+$/.test(dowText ?? '');
  if (domText === '?' && everyMonth && plainWeekdays && dowText !== '*') {
    const days = cron.daysOfWeek.map((d) => WEEKDAY_NAMES[d - 1]).filter((d) => d !== undefined);
    return { mode: 'weekly', days, hour, minute };
  }
  if (dowText === '?' && domText !== undefined && domText !== '*') {
    const days = toDaysOfMonth(domText, cron.daysOfMonth, cron.lastDayOfMonth);
    if (!days) return raw('These days of the month (W, L-n, steps) need the text editor');
    if (everyMonth) return { mode: 'monthly', days, hour, minute };
    if (monthText !== undefined && /^[A-Z0-9,-]+$/.test(monthText)) {
      return { mode: 'yearly', months: [...cron.months], days, hour, minute };
    }
  }
  return raw('The form cannot show this combination of fields');
}

/** DataWorks' canonical expression for a builder model (weekdays always as names). */
export function fromBuilderModel(model: BuilderModel): string {
  if (model.mode === 'minute')
    return `00 */${model.everyMinutes} ${pad(model.startHour)}-${pad(model.endHour)} * * ?`;
  const mm = pad(model.minute);
  switch (model.mode) {
    case 'hourly': {
      const { hours } = model;
      const hourField =
        hours.kind === 'every'
          ? `${pad(hours.startHour)}-${pad(hours.endHour)}/${hours.everyHours}`
          : [...new Set(hours.hours)]
              .sort((a, b) => a - b)
              .map(pad)
              .join(',');
      return `00 ${mm} ${hourField} * * ?`;
    }
    case 'daily': {
      // Every day of the week is every day: written as DataWorks' daily form, not a list of seven names.
      const limited = model.weekdays && new Set(model.weekdays).size < WEEKDAY_NAMES.length;
      return limited
        ? `00 ${mm} ${pad(model.hour)} ? * ${weekdayList(model.weekdays ?? [])}`
        : `00 ${mm} ${pad(model.hour)} * * ?`;
    }
    case 'weekly':
      return `00 ${mm} ${pad(model.hour)} ? * ${weekdayList(model.days)}`;
    case 'monthly':
      return `00 ${mm} ${pad(model.hour)} ${formatDays(model.days)} * ?`;
    case 'yearly': {
      const months = [...new Set(model.months)]
        .sort((a, b) => a - b)
        .map(pad)
        .join(',');
      return `00 ${mm} ${pad(model.hour)} ${formatDays(model.days)} ${months} ?`;
    }
  }
}

/** Monday to Friday: the console's 工作日 preset. */
export const WORKDAYS: readonly WeekdayName[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];

function weekdayList(days: readonly WeekdayName[]): string {
  return toNameList(days.map((day) => WEEKDAY_NAMES.indexOf(day) + 1));
}

function raw(reason: string): RawModel {
  return { mode: 'raw', reason };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function singleNumber(field: string): number | null {
  return /^\d+$/.test(field) ? Number(field) : null;
}

function toHourWindow(field: string): { startHour: number; endHour: number } | null {
  if (field === '*') return { startHour: 0, endHour: 23 };
  const single = singleNumber(field);
  if (single !== null) return { startHour: single, endHour: single };
  const range = /^(\d+)-(\d+)$/.exec(field);
  if (range && Number(range[1]) <= Number(range[2]))
    return { startHour: Number(range[1]), endHour: Number(range[2]) };
  return null;
}

function toEveryHours(field: string): { everyHours: number; startHour: number; endHour: number } | null {
  if (field === '*') return { everyHours: 1, startHour: 0, endHour: 23 };
  const star = /^\*\/(\d+)$/.exec(field);
  if (star) return { everyHours: Number(star[1]), startHour: 0, endHour: 23 };
  const start = /^(\d+)\/(\d+)$/.exec(field);
  if (start) return { everyHours: Number(start[2]), startHour: Number(start[1]), endHour: 23 };
  const range = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(field);
  if (range && Number(range[1]) <= Number(range[2])) {
    return { everyHours: Number(range[3] ?? 1), startHour: Number(range[1]), endHour: Number(range[2]) };
  }
  return null;
}

function toDaysOfMonth(
  field: string,
  values: readonly number[],
  lastDay: boolean,
): Array<number | 'L'> | null {
  if (field === 'L') return ['L'];
  if (lastDay || !/^[\d,-]+$/.test(field)) return null;
  return [...values];
}

function formatDays(days: ReadonlyArray<number | 'L'>): string {
  const numbers = [...new Set(days.filter((d) => d !== 'L'))].sort((a, b) => a - b).map(pad);
  return [...numbers, ...(days.includes('L') ? ['L'] : [])].join(',');
}
