import { parseCron, type WeekdayNumbering } from './parse-cron.ts';

/** UpdateTask's Trigger.CycleType. */
export type CycleType = 'Daily' | 'NotDaily';

/**
 * 'NotDaily' for minute and hourly schedules (more than one run a day), else 'Daily'. Alibaba's
 * migration tool decides the same from the text (any of - / , * in minute or hour, in
 * aliyun/dataworks-spec CronExpressUtil.parseCronToCycleType); the parsed values are used here so that
 * `00 00 00-00 * * ?` stays Daily, with the text rule as the fallback for an expression that does not parse.
 */
export function deriveCycleType(
  expression: string,
  options: { weekdays?: WeekdayNumbering } = {},
): CycleType {
  const parsed = parseCron(expression, options);
  if (parsed.ok) {
    const { seconds, minutes, hours } = parsed.cron;
    return seconds.length > 1 || minutes.length > 1 || hours.length > 1 ? 'NotDaily' : 'Daily';
  }
  const [, minute = '', hour = ''] = expression.trim().split(/[ \t]+/);
  return /[-/,*]/.test(minute + hour) ? 'NotDaily' : 'Daily';
}
