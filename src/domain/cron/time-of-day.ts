/** A time on the 24-hour clock, as the builder writes it into a cron. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `hh:mm`, 24-hour, zero-padded: 00:00 to 23:59. */
export function formatTimeOfDay({ hour, minute }: TimeOfDay): string {
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * Reads a typed 24-hour time: `h:mm` or `hh:mm` (a full-width colon, as a Chinese input method types it, is
 * read too), or four digits `hhmm`; null when it is not a time from 00:00 to 23:59.
 */
export function parseTimeOfDay(text: string): TimeOfDay | null {
  const match = /^\s*(\d{1,2})[:：](\d{2})\s*$/.exec(text) ?? /^\s*(\d{2})(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** The time moved by `delta` hours or minutes, wrapping round the clock (the Up and Down arrow keys). */
export function stepTimeOfDay(time: TimeOfDay, part: 'hour' | 'minute', delta: number): TimeOfDay {
  if (part === 'hour') return { ...time, hour: (((time.hour + delta) % 24) + 24) % 24 };
  const total = (((time.hour * 60 + time.minute + delta) % 1440) + 1440) % 1440;
  return { hour: Math.floor(total / 60), minute: total % 60 };
}
