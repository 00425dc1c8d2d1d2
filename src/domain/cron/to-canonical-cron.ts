import { parseCron, type ParsedCron, type WeekdayNumbering } from './parse-cron.ts';
import { toNameList } from './to-weekday-names.ts';

/**
 * DataWorks' canonical spelling of a valid expression, as Alibaba's migration tool writes it
 * (aliyun/dataworks-spec CronExpressUtil): numbers zero-padded (`00 30 02 * * ?`), a whole-day hour
 * field spelled `00-23/1` for hourly and `00-23` for minute schedules, `*`-every-N hours as
 * `00-23/N`, weekdays as names and the unrestricted day field as `?`. Returns null when the expression
 * does not parse.
 */
export function toCanonicalCron(
  expression: string,
  options: { weekdays?: WeekdayNumbering } = {},
): string | null {
  const parsed = parseCron(expression, options);
  if (!parsed.ok) return null;
  return formatCanonical(parsed.cron);
}

export function formatCanonical(cron: ParsedCron): string {
  const text = (field: string) => (cron.tokens.find((t) => t.field === field)?.text ?? '*').toUpperCase();
  const minuteSchedule = cron.minutes.length > 1;
  const hourlySchedule = !minuteSchedule && cron.hours.length > 1;

  const second = padNumbers(text('second'));
  const minute = padNumbers(text('minute'));
  let hour = padNumbers(text('hour'));
  if (hourlySchedule || minuteSchedule) {
    const step = hourlySchedule ? '/1' : '';
    if (hour === '*') hour = `00-23${step}`;
    else if (/^\*\/\d+$/.test(hour)) hour = `00-23${hour.slice(1)}`;
    else if (/^\d{2}\/\d+$/.test(hour)) hour = hour.replace('/', '-23/');
    else if (hourlySchedule && /^\d{2}-\d{2}$/.test(hour)) hour = `${hour}/1`;
  }
  let dayOfMonth = padNumbers(text('dayOfMonth'));
  const month = padNumbers(text('month'));
  let dayOfWeek = text('dayOfWeek');
  if (/\d/.test(dayOfWeek.replace(/#\d+$/, ''))) {
    dayOfWeek =
      dayOfWeek.includes('#') || dayOfWeek.endsWith('L')
        ? dayOfWeek.replace(/^\d+/, () => toNameList([cron.daysOfWeek[0] ?? 1]))
        : toNameList(cron.daysOfWeek);
  }
  if (dayOfWeek === '*' && dayOfMonth === '?') {
    dayOfWeek = '?';
    dayOfMonth = '*';
  }
  const fields = [second, minute, hour, dayOfMonth, month, dayOfWeek];
  const year = cron.tokens.find((t) => t.field === 'year');
  if (year) fields.push(year.text.toUpperCase());
  return fields.join(' ');
}

/** Pads each number to two digits, except a step (`/5`), an `L-n` offset and an nth (`#2`). */
function padNumbers(field: string): string {
  return field.replace(
    /(^|[^/#\d])(\d+)/g,
    (match: string, before: string, digits: string, offset: number) => {
      if (before === '-' && field.charAt(offset - 1) === 'L') return match;
      return before + digits.padStart(2, '0');
    },
  );
}
