import { scheduleSettings } from './dataworks-schedule.ts';
import {
  parseCron,
  QUARTZ_LAST_YEAR,
  type CronIssue,
  type ParsedCron,
  type WeekdayNumbering,
} from './parse-cron.ts';
import {
  createWallFields,
  fromWall as importedFromWall,
  getLastDayOfMonth as importedGetLastDayOfMonth,
  getZoneClock,
  toWall as importedToWall,
  WALL_FIELD,
  type WallFields,
  type ZoneClock,
} from './zone-clock.ts';

// Read imported bindings once: under CommonJS interop (tsx, used by the benchmarks) every read of an
// imported name is a getter call, which is measurable in the search loop.
const fromWall = importedFromWall;
const toWall = importedToWall;
const getLastDayOfMonth = importedGetLastDayOfMonth;
const LAST_YEAR = QUARTZ_LAST_YEAR;
const {
  year: YEAR,
  month0: MONTH0,
  day: DAY,
  hour: HOUR,
  minute: MINUTE,
  second: SECOND,
  dayOfWeek: DAY_OF_WEEK,
} = WALL_FIELD;

export interface NextRunsOptions {
  /** IANA zone the schedule runs in, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Runs are strictly after this instant. */
  after: Date;
  count: number;
  /** Trigger.StartTime: no run before it (inclusive bound). */
  start?: Date;
  /** Trigger.EndTime: no run after it (inclusive bound). */
  end?: Date;
  /** The deployment's setting (dataworks-schedule.ts) unless given. */
  weekdays?: WeekdayNumbering;
  /** Last year searched; Quartz's own limit is its clock's year + 100, capped at 2999. */
  maxYear?: number;
}

/** Thrown for an expression Quartz refuses; `issues` locate each problem. */
export class CronSyntaxError extends Error {
  constructor(readonly issues: CronIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'CronSyntaxError';
  }
}

/**
 * The next `count` fire instants strictly after `after`, with the semantics of Quartz's
 * CronExpression.getTimeAfter (including its handling of daylight-saving gaps and repeats) and the
 * start/end window of Quartz's CronTrigger. Fewer runs come back when the schedule ends, leaves the
 * window, or passes `maxYear`. Throws CronSyntaxError for an expression Quartz refuses.
 */
export function nextRuns(expression: string, options: NextRunsOptions): Date[] {
  const { timeZone, count, start, end } = options;
  const maxYear = options.maxYear ?? QUARTZ_LAST_YEAR;
  const compiled = compileCron(expression, options.weekdays ?? scheduleSettings().weekdays, maxYear);
  const clock = getZoneClock(timeZone);
  const endMs = end?.getTime();
  let after = options.after.getTime();
  // CronTriggerImpl.getFireTimeAfter: a later start time moves the search to one second before it.
  if (start !== undefined && start.getTime() > after) after = start.getTime() - 1000;
  const runs: Date[] = [];
  while (runs.length < count) {
    if (endMs !== undefined && after >= endMs) break;
    const next = getTimeAfter(compiled, clock, after, maxYear);
    if (next === null || (endMs !== undefined && next > endMs)) break;
    runs.push(new Date(next));
    after = next;
  }
  return runs;
}

interface CompiledCron {
  cron: ParsedCron;
  /** ceil tables: smallest value >= index, or -1. */
  nextSecond: Int8Array;
  nextMinute: Int8Array;
  nextHour: Int8Array;
  nextDayOfMonth: Int8Array;
  nextMonth: Int8Array;
  nextDayOfWeek: Int8Array;
}

const compiledCache = new Map<string, CompiledCron>();
const COMPILED_CACHE_SIZE = 64;

function compileCron(expression: string, weekdays: WeekdayNumbering, maxYear: number): CompiledCron {
  const key = `${weekdays}|${maxYear}|${expression}`;
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const parsed = parseCron(expression, { weekdays, maxYear });
  if (!parsed.ok) throw new CronSyntaxError(parsed.issues);
  const { cron } = parsed;
  // Quartz accepts a lone 'L' outside the day fields but adds no value, then fails when it computes.
  for (const [name, values] of [
    ['Second', cron.seconds],
    ['Minute', cron.minutes],
    ['Hour', cron.hours],
    ['Month', cron.months],
    ['Year', cron.years],
  ] as const) {
    if (values.length === 0) {
      const token = cron.tokens.find((t) => t.field === name.toLowerCase());
      throw new CronSyntaxError([
        {
          field: token?.field ?? 'expression',
          position: token?.position ?? 0,
          length: token?.text.length ?? 0,
          message: `${name}: '${token?.text ?? ''}' at position ${(token?.position ?? 0) + 1} selects no value`,
        },
      ]);
    }
  }
  const compiled: CompiledCron = {
    cron,
    nextSecond: toCeilTable(cron.seconds, 60),
    nextMinute: toCeilTable(cron.minutes, 60),
    nextHour: toCeilTable(cron.hours, 24),
    nextDayOfMonth: toCeilTable(cron.daysOfMonth, 32),
    nextMonth: toCeilTable(cron.months, 13),
    nextDayOfWeek: toCeilTable(cron.daysOfWeek, 8),
  };
  if (compiledCache.size >= COMPILED_CACHE_SIZE) {
    const oldest = compiledCache.keys().next().value;
    if (oldest !== undefined) compiledCache.delete(oldest);
  }
  compiledCache.set(key, compiled);
  return compiled;
}

function toCeilTable(values: readonly number[], size: number): Int8Array {
  const table = new Int8Array(size + 1).fill(-1);
  let next = -1;
  for (let i = size; i >= 0; i--) {
    if (values.includes(i)) next = i;
    table[i] = next;
  }
  return table;
}

function ceilIn(table: Int8Array, value: number): number {
  return value < table.length ? (table[value] ?? -1) : -1;
}

function ceilYear(years: readonly number[], year: number): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((years[mid] ?? Infinity) < year) lo = mid + 1;
    else hi = mid;
  }
  return years[lo] ?? -1;
}

function first(values: readonly number[]): number {
  const value = values[0];
  if (value === undefined) throw new Error('The cron expression selects no value in a field');
  return value;
}

/**
 * A lenient java.util.GregorianCalendar reduced to what getTimeAfter uses: setting a field only marks
 * the time stale, and reading recomputes the instant from the wall fields as Java does.
 */
class JavaCalendar {
  readonly f: WallFields = createWallFields();
  private stale = true;
  private instant = 0;

  constructor(private readonly clock: ZoneClock) {}

  setTime(instant: number): void {
    this.instant = instant;
    fromWall(instant + this.clock.offsetAt(instant), this.f);
    // Quartz then sets MILLISECOND, which makes Java re-resolve the wall time (an ambiguous one to its later instant).
    this.stale = true;
  }

  set(field: number, value: number): void {
    if (this.f[field] !== value) {
      this.f[field] = value;
      this.stale = true;
    }
  }

  get(field: number): number {
    if (this.stale) this.complete();
    return this.f[field] ?? 0;
  }

  addYear(amount: number): void {
    const f = this.f;
    if (this.stale) this.complete();
    const year = (f[YEAR] ?? 0) + amount;
    f[YEAR] = year;
    const last = getLastDayOfMonth((f[MONTH0] ?? 0) + 1, year);
    if ((f[DAY] ?? 0) > last) f[DAY] = last;
    this.stale = true;
  }

  getTime(): number {
    if (this.stale) this.complete();
    return this.instant;
  }

  private complete(): void {
    const { f, clock } = this;
    const wall = toWall(
      f[YEAR] ?? 0,
      f[MONTH0] ?? 0,
      f[DAY] ?? 0,
      f[HOUR] ?? 0,
      f[MINUTE] ?? 0,
      f[SECOND] ?? 0,
    );
    const instant = clock.instantOf(wall);
    this.instant = instant;
    fromWall(instant + clock.offsetAt(instant), f);
    this.stale = false;
  }
}

/**
 * Quartz sets day 1 of the month after `mon` and lets its month rule skip excluded months; skipping them
 * here gives the same result in fewer rounds.
 */
function moveToMonthStart(cl: JavaCalendar, compiled: CompiledCron, year: number, month0: number): void {
  let y = year + Math.floor(month0 / 12);
  let mon = ceilIn(compiled.nextMonth, (month0 % 12) + 1);
  if (mon === -1) {
    mon = first(compiled.cron.months);
    y++;
  }
  cl.set(SECOND, 0);
  cl.set(MINUTE, 0);
  cl.set(HOUR, 0);
  cl.set(DAY, 1);
  cl.set(MONTH0, mon - 1);
  cl.set(YEAR, y);
}

/** Quartz's setCalendarHour: a wall hour skipped by daylight saving moves to the next hour. */
function setCalendarHour(cl: JavaCalendar, hour: number): void {
  cl.set(HOUR, hour);
  if (cl.get(HOUR) !== hour && hour !== 24) cl.set(HOUR, hour + 1);
}

const scratch: WallFields = createWallFields();
const SATURDAY = 7;
const SUNDAY = 1;

/**
 * A line-by-line port of CronExpression.getTimeAfter (Quartz 2.3.2), including its quirks; the comments
 * of the original are kept where they explain a step. Returns null when no time is found by `maxYear`.
 */
function getTimeAfter(
  compiled: CompiledCron,
  clock: ZoneClock,
  afterMs: number,
  maxYear: number,
): number | null {
  const { cron } = compiled;
  const cl = new JavaCalendar(clock);
  // move ahead one second, since we're computing the time *after* the given time
  const afterTime = afterMs + 1000;
  // CronTrigger does not deal with milliseconds
  cl.setTime(Math.floor(afterTime / 1000) * 1000);

  for (;;) {
    if (cl.get(YEAR) > LAST_YEAR) return null;

    let sec = cl.get(SECOND);
    let min = cl.get(MINUTE);
    let st = ceilIn(compiled.nextSecond, sec);
    if (st !== -1) {
      sec = st;
    } else {
      sec = first(cron.seconds);
      min++;
      cl.set(MINUTE, min);
    }
    cl.set(SECOND, sec);

    min = cl.get(MINUTE);
    let hr = cl.get(HOUR);
    let t = -1;
    st = ceilIn(compiled.nextMinute, min);
    if (st !== -1) {
      t = min;
      min = st;
    } else {
      min = first(cron.minutes);
      hr++;
    }
    if (min !== t) {
      cl.set(SECOND, 0);
      cl.set(MINUTE, min);
      setCalendarHour(cl, hr);
      continue;
    }
    cl.set(MINUTE, min);

    hr = cl.get(HOUR);
    let day = cl.get(DAY);
    t = -1;
    st = ceilIn(compiled.nextHour, hr);
    if (st !== -1) {
      t = hr;
      hr = st;
    } else {
      hr = first(cron.hours);
      day++;
    }
    if (hr !== t) {
      cl.set(SECOND, 0);
      cl.set(MINUTE, 0);
      cl.set(DAY, day);
      setCalendarHour(cl, hr);
      continue;
    }
    cl.set(HOUR, hr);

    day = cl.get(DAY);
    let mon = cl.get(MONTH0) + 1;
    t = -1;
    let tmon = mon;

    // Not in Quartz: in a month the expression excludes, Quartz walks the day rules and then the month
    // rule moves to the first day of the next allowed month; going there at once gives the same result
    // and keeps rare schedules (a fifth Monday of February) fast.
    if (ceilIn(compiled.nextMonth, mon) !== mon) {
      let year = cl.get(YEAR);
      if (year > maxYear) return null;
      let nextMon = ceilIn(compiled.nextMonth, mon);
      if (nextMon === -1) {
        nextMon = first(cron.months);
        year++;
      }
      cl.set(SECOND, 0);
      cl.set(MINUTE, 0);
      cl.set(HOUR, 0);
      cl.set(DAY, 1);
      cl.set(MONTH0, nextMon - 1);
      cl.set(YEAR, year);
      continue;
    }

    const dayOfMonthSpec = !cron.dayOfMonthUnspecified;
    const dayOfWeekSpec = !cron.dayOfWeekUnspecified;
    if (dayOfMonthSpec && !dayOfWeekSpec) {
      st = ceilIn(compiled.nextDayOfMonth, day);
      if (cron.lastDayOfMonth || cron.nearestWeekday) {
        const year = cl.get(YEAR);
        t = day;
        day = cron.lastDayOfMonth
          ? getLastDayOfMonth(mon, year) - cron.lastDayOffset
          : first(cron.daysOfMonth);
        if (!cron.nearestWeekday) {
          if (t > day) {
            mon++;
            if (mon > 12) {
              mon = 1;
              tmon = 3333; // ensure test of mon != tmon further below fails
              cl.addYear(1);
            }
            day = 1;
          }
        } else {
          // https://www.quartz-scheduler.org/api/2.3.0/org/quartz/CronExpression.html: 'W' is the weekday
          // nearest the given day, never leaving the month at its start or end.
          fromWall(toWall(year, mon - 1, day, 0, 0, 0), scratch);
          const ldom = getLastDayOfMonth(mon, year);
          const dow = scratch[DAY_OF_WEEK] ?? 0;
          if (dow === SATURDAY && day === 1) day += 2;
          else if (dow === SATURDAY) day -= 1;
          else if (dow === SUNDAY && day === ldom) day -= 2;
          else if (dow === SUNDAY) day += 1;
          const nTime = clock.instantOf(toWall(scratch[YEAR] ?? 0, mon - 1, day, hr, min, sec));
          if (nTime < afterTime) {
            day = cron.lastDayOfMonth ? 1 : first(cron.daysOfMonth);
            mon++;
          }
        }
      } else if (st !== -1) {
        t = day;
        day = st;
        // make sure we don't over-run a short month, such as february
        if (day > getLastDayOfMonth(mon, cl.get(YEAR))) {
          day = first(cron.daysOfMonth);
          mon++;
        }
      } else {
        day = first(cron.daysOfMonth);
        mon++;
      }
      if (day !== t || mon !== tmon) {
        cl.set(SECOND, 0);
        cl.set(MINUTE, 0);
        cl.set(HOUR, 0);
        cl.set(DAY, day);
        cl.set(MONTH0, mon - 1);
        continue;
      }
    } else if (dayOfWeekSpec && !dayOfMonthSpec) {
      if (cron.lastDayOfWeek) {
        // are we looking for the last XXX day of the month?
        const dow = first(cron.daysOfWeek);
        const cDow = cl.get(DAY_OF_WEEK);
        let daysToAdd = 0;
        if (cDow < dow) daysToAdd = dow - cDow;
        if (cDow > dow) daysToAdd = dow + (7 - cDow);
        const lDay = getLastDayOfMonth(mon, cl.get(YEAR));
        if (day + daysToAdd > lDay) {
          // did we already miss the last one?
          moveToMonthStart(cl, compiled, cl.get(YEAR), mon);
          continue;
        }
        // find date of last occurrence of this day in this month...
        while (day + daysToAdd + 7 <= lDay) daysToAdd += 7;
        day += daysToAdd;
        if (daysToAdd > 0) {
          cl.set(SECOND, 0);
          cl.set(MINUTE, 0);
          cl.set(HOUR, 0);
          cl.set(DAY, day);
          cl.set(MONTH0, mon - 1);
          continue;
        }
      } else if (cron.nthDayOfWeek !== 0) {
        // are we looking for the Nth XXX day in the month?
        const dow = first(cron.daysOfWeek);
        const cDow = cl.get(DAY_OF_WEEK);
        let daysToAdd = 0;
        if (cDow < dow) daysToAdd = dow - cDow;
        else if (cDow > dow) daysToAdd = dow + (7 - cDow);
        const dayShifted = daysToAdd > 0;
        day += daysToAdd;
        let weekOfMonth = Math.trunc(day / 7);
        if (day % 7 > 0) weekOfMonth++;
        daysToAdd = (cron.nthDayOfWeek - weekOfMonth) * 7;
        day += daysToAdd;
        if (daysToAdd < 0 || day > getLastDayOfMonth(mon, cl.get(YEAR))) {
          moveToMonthStart(cl, compiled, cl.get(YEAR), mon);
          continue;
        } else if (daysToAdd > 0 || dayShifted) {
          cl.set(SECOND, 0);
          cl.set(MINUTE, 0);
          cl.set(HOUR, 0);
          cl.set(DAY, day);
          cl.set(MONTH0, mon - 1);
          continue;
        }
      } else {
        const cDow = cl.get(DAY_OF_WEEK);
        let dow = first(cron.daysOfWeek);
        st = ceilIn(compiled.nextDayOfWeek, cDow);
        if (st !== -1) dow = st;
        let daysToAdd = 0;
        if (cDow < dow) daysToAdd = dow - cDow;
        if (cDow > dow) daysToAdd = dow + (7 - cDow);
        const lDay = getLastDayOfMonth(mon, cl.get(YEAR));
        if (day + daysToAdd > lDay) {
          // will we pass the end of the month?
          moveToMonthStart(cl, compiled, cl.get(YEAR), mon);
          continue;
        } else if (daysToAdd > 0) {
          cl.set(SECOND, 0);
          cl.set(MINUTE, 0);
          cl.set(HOUR, 0);
          cl.set(DAY, day + daysToAdd);
          cl.set(MONTH0, mon - 1);
          continue;
        }
      }
    } else {
      throw new Error(
        'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.',
      );
    }
    cl.set(DAY, day);

    mon = cl.get(MONTH0) + 1;
    let year = cl.get(YEAR);
    t = -1;
    // test for expressions that never generate a valid fire date, but keep looping...
    if (year > maxYear) return null;

    st = ceilIn(compiled.nextMonth, mon);
    if (st !== -1) {
      t = mon;
      mon = st;
    } else {
      mon = first(cron.months);
      year++;
    }
    if (mon !== t) {
      cl.set(SECOND, 0);
      cl.set(MINUTE, 0);
      cl.set(HOUR, 0);
      cl.set(DAY, 1);
      cl.set(MONTH0, mon - 1);
      cl.set(YEAR, year);
      continue;
    }
    cl.set(MONTH0, mon - 1);

    year = cl.get(YEAR);
    st = ceilYear(cron.years, year);
    if (st !== -1) {
      t = year;
      year = st;
    } else {
      return null; // ran out of years...
    }
    if (year !== t) {
      cl.set(SECOND, 0);
      cl.set(MINUTE, 0);
      cl.set(HOUR, 0);
      cl.set(DAY, 1);
      cl.set(MONTH0, 0);
      cl.set(YEAR, year);
      continue;
    }
    cl.set(YEAR, year);
    return cl.getTime();
  }
}
