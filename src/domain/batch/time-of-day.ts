import { toBuilderModel } from '../cron/builder-model.ts';
import { toCycleType } from '../cron/dataworks-schedule.ts';
import { parseCron, type WeekdayNumbering } from '../cron/parse-cron.ts';

// "All ods loads shift to 02:30": a new time of day for a task that runs once on each of its days, keeping the
// days as written (a weekly Monday task stays on Mondays, a month-end task on the last day).

/** Why a cron cannot take a new time of day. */
export type TimeOfDayRefusal =
  /** It runs several times a day (DataWorks' NotDaily): `mode` names how, as the cron builder would. */
  | { code: 'sub-daily'; mode: 'minute' | 'hourly' | 'other'; cron: string }
  | { code: 'cron-unreadable'; cron: string };

export type TimeOfDayResult = { ok: true; cron: string } | { ok: false; refusal: TimeOfDayRefusal };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The cron with its minute and hour fields set to `hour:minute`, every other field as written. Only a cron whose
 * minute and hour fields are single numbers (DataWorks' `Daily` cycle type, whatever its days) and whose seconds
 * field is one value can: a minute or hourly schedule has no one time of day to move.
 */
export function withTimeOfDay(
  cron: string,
  time: { hour: number; minute: number },
  weekdays: WeekdayNumbering,
): TimeOfDayResult {
  // A batch's tasks share a few crons: each is parsed once, not once per task (parsing was most of a plan's time).
  const key = `${weekdays}|${time.hour}:${time.minute}|${cron}`;
  let result = results.get(key);
  if (!result) {
    if (results.size > 1000) results.clear();
    result = compute(cron, time, weekdays);
    results.set(key, result);
  }
  return result;
}

const results = new Map<string, TimeOfDayResult>();

function compute(
  cron: string,
  time: { hour: number; minute: number },
  weekdays: WeekdayNumbering,
): TimeOfDayResult {
  const parsed = parseCron(cron, { weekdays });
  if (!parsed.ok) return { ok: false, refusal: { code: 'cron-unreadable', cron } };
  const { tokens, seconds } = parsed.cron;
  if (toCycleType(cron) === 'NotDaily' || seconds.length !== 1) {
    const mode = toBuilderModel(cron, { weekdays }).mode;
    return {
      ok: false,
      refusal: { code: 'sub-daily', mode: mode === 'minute' || mode === 'hourly' ? mode : 'other', cron },
    };
  }
  const text = tokens
    .map((t) => (t.field === 'minute' ? pad(time.minute) : t.field === 'hour' ? pad(time.hour) : t.text))
    .join(' ');
  return { ok: true, cron: text };
}
