import type { WallTime } from '../params/wall-time.ts';

// Trigger.StartTime / EndTime are written `yyyy-mm-dd hh:mm:ss` (UpdateTask reference), a wall time with no zone.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** The fields of `yyyy-mm-dd hh:mm:ss` text, or null when it is not that shape (the calendar is not checked). */
export function parseDateTimeText(text: string): WallTime | null {
  const match = DATE_TIME.exec(text);
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

/** `yyyy-mm-dd hh:mm:ss` with a real calendar date and time. */
export function isDateTimeText(value: string): boolean {
  const wall = parseDateTimeText(value);
  if (!wall) return false;
  const { year, month, day, hour, minute, second } = wall;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}
