import { fromWallTime, type WallTime } from '#domain/params/wall-time';
import { parseDateTimeText as parseWallText } from '#domain/task/date-time-text';

/** Reads Trigger.StartTime / EndTime text (`yyyy-mm-dd hh:mm:ss`); null when it is not that shape. */
export function parseDateTimeText(text: string | undefined): WallTime | null {
  return parseWallText((text ?? '').trim());
}

export interface ScheduleWindow {
  start?: Date;
  end?: Date;
}

/**
 * The effective window as instants. StartTime and EndTime are wall times on the scheduling zone's clock
 * (GetTask returns them without a zone), so the same text is a different instant in another zone.
 */
export function toScheduleWindow(
  trigger: { StartTime?: string; EndTime?: string },
  timeZone: string,
): ScheduleWindow {
  const start = parseDateTimeText(trigger.StartTime);
  const end = parseDateTimeText(trigger.EndTime);
  return {
    ...(start && { start: fromWallTime(start, timeZone) }),
    ...(end && { end: fromWallTime(end, timeZone, 'later') }),
  };
}
