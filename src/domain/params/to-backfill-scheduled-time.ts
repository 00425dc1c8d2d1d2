import { addDays, fromWallTime } from './wall-time.ts';

/**
 * The scheduled time of a data-backfill instance: `${...}` uses the chosen business date and `$[...]`
 * the day after it, at the task's time of day. So a backfill resolves like a normal run of that time.
 * https://www.alibabacloud.com/help/en/dataworks/user-guide/supported-formats-of-scheduling-parameters
 *
 * @param businessDate `yyyy-mm-dd`
 * @param timeOfDay `hh:mm` or `hh:mm:ss`, in `timeZone`
 * @returns undefined when either text is not a valid date or time
 */
export function toBackfillScheduledTime(
  businessDate: string,
  timeOfDay: string,
  timeZone: string,
): Date | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(businessDate);
  const time = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(timeOfDay);
  if (!date || !time) return undefined;
  const wall = {
    year: Number(date[1]),
    month: Number(date[2]),
    day: Number(date[3]),
    hour: Number(time[1]),
    minute: Number(time[2]),
    second: Number(time[3] ?? 0),
  };
  const valid =
    wall.month >= 1 &&
    wall.month <= 12 &&
    wall.day >= 1 &&
    addDays(wall, 0).day === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60;
  return valid ? fromWallTime(addDays(wall, 1), timeZone) : undefined;
}
