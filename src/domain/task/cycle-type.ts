/** Trigger.CycleType values (UpdateTask reference: Daily is the default, NotDaily means hourly). */
export type CycleType = 'Daily' | 'NotDaily';

// A minute or hour field holding a range, step, list or wildcard fires more than once a day.
const REPEATING = /[-/,*]/;

/**
 * CycleType as DataWorks derives it from a cron (`sec min hour day month weekday`): NotDaily when the
 * minute or hour field repeats within a day, else Daily. Undefined when the cron has too few fields.
 */
export function toCycleType(cron: string | undefined): CycleType | undefined {
  const fields = cron?.trim().split(/\s+/) ?? [];
  if (fields.length < 3) return undefined;
  const [, minute = '', hour = ''] = fields;
  return REPEATING.test(minute) || REPEATING.test(hour) ? 'NotDaily' : 'Daily';
}
