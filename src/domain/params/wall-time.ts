/** A calendar date and time of day as read on a clock in some time zone (month 1-12). */
export type WallTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    getFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Reads `instant` on a clock in `timeZone`, to the second. Throws a RangeError on an unknown zone. */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const fields: Record<string, string> = {};
  for (const part of getFormatter(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const year = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

/** Milliseconds since the epoch of `wall` read as if it were UTC. */
function toEpochMilliseconds(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

function fromEpochMilliseconds(milliseconds: number): WallTime {
  const date = new Date(milliseconds);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

const DAY_MS = 86_400_000;

function offsetAt(epochMilliseconds: number, timeZone: string): number {
  const instant = Math.floor(epochMilliseconds / 1000) * 1000;
  return toEpochMilliseconds(toWallTime(new Date(instant), timeZone)) - instant;
}

/**
 * The instant a clock in `timeZone` shows `wall`. A time repeated when clocks go back gives the
 * earlier instant unless `later`; a time skipped when clocks go forward is read with the offset from
 * before the change, so it lands after the gap (as Temporal's 'compatible' does).
 */
export function fromWallTime(
  wall: WallTime,
  timeZone: string,
  prefer: 'earlier' | 'later' = 'earlier',
): Date {
  const local = toEpochMilliseconds(wall);
  const offsetBefore = offsetAt(local - DAY_MS, timeZone);
  const offsetAfter = offsetAt(local + DAY_MS, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter]
    .filter((instant) => offsetAt(instant, timeZone) === local - instant)
    .sort((a, b) => a - b);
  const chosen = prefer === 'later' ? candidates.at(-1) : candidates[0];
  return new Date(chosen ?? local - offsetBefore);
}

export function daysInMonth(year: number, month: number): number {
  return fromEpochMilliseconds(
    toEpochMilliseconds({ year, month: month + 1, day: 0, hour: 0, minute: 0, second: 0 }),
  ).day;
}

/** Moves the calendar date by whole days and keeps the time of day. */
export function addDays(wall: WallTime, days: number): WallTime {
  return fromEpochMilliseconds(toEpochMilliseconds(wall) + days * DAY_MS);
}

/** Moves by whole months; a day the target month lacks becomes its last day (31 Mar - 1 month = 28 Feb). */
export function addMonths(wall: WallTime, months: number): WallTime {
  const index = wall.year * 12 + (wall.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { ...wall, year, month, day: Math.min(wall.day, daysInMonth(year, month)) };
}
