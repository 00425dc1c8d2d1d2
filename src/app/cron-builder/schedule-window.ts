import { fromWallTime, type WallTime } from '#domain/params/wall-time';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Reads Trigger.StartTime / EndTime text (`yyyy-mm-dd hh:mm:ss`); null when it is not that shape. */
export function parseDateTimeText(text: string | undefined): WallTime | null {
  const match = DATE_TIME.exec((text ?? '').trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute, second };
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
