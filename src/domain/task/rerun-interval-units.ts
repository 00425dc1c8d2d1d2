// RerunInterval is entered as the DataWorks console shows it, in minutes ("重跑间隔（分钟）"), and carried in
// UpdateTask's unit, milliseconds (README, "RerunInterval"). A value that is not a whole number of minutes
// (GetTask reports seconds, so 90 s arrives as 90000 ms) is shown in seconds, exactly, and kept unless edited.

export type IntervalUnit = 'minutes' | 'seconds';

export const MS_PER_UNIT: Readonly<Record<IntervalUnit, number>> = { minutes: 60_000, seconds: 1000 };

/** Under this the interval is flagged: the console offers whole minutes, and a few ms is a unit mistake. */
export const RERUN_INTERVAL_WARN_BELOW_MS = 60_000;

/** The unit a stored interval is shown in: minutes when it is whole minutes (or not set), else seconds. */
export function unitFor(ms: number | undefined): IntervalUnit {
  return ms === undefined || !Number.isFinite(ms) || ms % MS_PER_UNIT.minutes === 0 ? 'minutes' : 'seconds';
}

/** The interval as the box shows it in `unit`: exact (ms / 1000 is a terminating decimal), never rounded. */
export function toUnitText(ms: number | undefined, unit: IntervalUnit): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const value = ms / MS_PER_UNIT[unit];
  // Minutes that are not whole are not shown (1 s is 0.01666… min); the box switches to seconds instead.
  return String(Number.isInteger(value) || unit === 'seconds' ? value : Number(value.toFixed(6)));
}

/**
 * The milliseconds typed text means in `unit`: undefined when empty (not set), NaN when it is not a number
 * (the schema then says "must be a number of milliseconds"); a fraction of a millisecond stays one, for the
 * schema's "whole number" rule to name.
 */
export function fromUnitText(text: string, unit: IntervalUnit): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return Number.NaN;
  const ms = Number(trimmed) * MS_PER_UNIT[unit];
  const rounded = Math.round(ms);
  // 0.1 min is 6000.000000000001 in binary floating point: that is 6000 ms.
  return Math.abs(ms - rounded) < 1e-6 ? rounded : ms;
}
