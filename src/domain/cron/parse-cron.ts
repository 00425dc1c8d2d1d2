// A port of the parser of Quartz 2.3.2's org.quartz.CronExpression (buildExpression, storeExpressionVals,
// checkNext, addToSet), so that exactly the expressions Quartz accepts are accepted, with the same quirks:
// trailing characters after a name or number are ignored ('MONDAY' is MON), '2/0' is just 2, an 8th field
// is ignored. Every error carries its field and a 0-based offset in the input (`position`, for marking it);
// its message counts characters from 1, as a reader does ("at position 1" is the first character).
// Reference: https://www.quartz-scheduler.org/api/2.3.0/org/quartz/CronExpression.html

export const CRON_FIELDS = ['second', 'minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek', 'year'] as const;
export type CronField = (typeof CRON_FIELDS)[number];
export type CronIssueField = CronField | 'expression';

export interface CronIssue {
  field: CronIssueField;
  /** 0-based character offset in the input; messages say it 1-based. */
  position: number;
  length: number;
  message: string;
}

/**
 * How a numeric day-of-week reads. 'spring': 0 and 7 = Sunday, 1 = Monday ... 6 = Saturday (Spring, cron).
 * 'quartz': 1 = Sunday ... 7 = Saturday. Names mean the same in both.
 */
export type WeekdayNumbering = 'spring' | 'quartz';

export interface CronToken {
  field: CronField;
  text: string;
  position: number;
}

/** Field sets in Quartz's numbering (day-of-week 1 = Sunday), markers removed, sorted ascending. */
export interface ParsedCron {
  seconds: readonly number[];
  minutes: readonly number[];
  hours: readonly number[];
  daysOfMonth: readonly number[];
  months: readonly number[];
  daysOfWeek: readonly number[];
  years: readonly number[];
  dayOfMonthUnspecified: boolean;
  dayOfWeekUnspecified: boolean;
  lastDayOfWeek: boolean;
  nthDayOfWeek: number;
  lastDayOfMonth: boolean;
  nearestWeekday: boolean;
  lastDayOffset: number;
  /** The six or seven fields as written, with their offsets (an 8th token is ignored, as Quartz does). */
  tokens: readonly CronToken[];
}

export type ParseCronResult = { ok: true; cron: ParsedCron } | { ok: false; issues: CronIssue[] };

export interface ParseCronOptions {
  weekdays?: WeekdayNumbering;
  /** The last year a '*' year field covers; Quartz uses its clock's year + 100 and gives up at 2999. */
  maxYear?: number;
}

/** Quartz stops searching for a fire time after this year. */
export const QUARTZ_LAST_YEAR = 2999;

const SECOND = 0;
const MINUTE = 1;
const HOUR = 2;
const DAY_OF_MONTH = 3;
const MONTH = 4;
const DAY_OF_WEEK = 5;
const YEAR = 6;
const ALL_SPEC = 99;
const NO_SPEC = 98;

const FIELD_LABELS = ['Second', 'Minute', 'Hour', 'Day-of-month', 'Month', 'Day-of-week', 'Year'] as const;

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

class FieldError extends Error {
  constructor(
    readonly position: number,
    readonly length: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses a Quartz cron expression; returns every field's first problem, in field order. */
export function parseCron(expression: string, options: ParseCronOptions = {}): ParseCronResult {
  const weekdays = options.weekdays ?? 'spring';
  const maxYear = options.maxYear ?? QUARTZ_LAST_YEAR;
  const upper = expression.toUpperCase();
  const sets: Set<number>[] = CRON_FIELDS.map(() => new Set<number>());
  const flags = {
    lastDayOfWeek: false,
    nthDayOfWeek: 0,
    lastDayOfMonth: false,
    nearestWeekday: false,
    lastDayOffset: 0,
  };
  const issues: CronIssue[] = [];
  const failedFields = new Set<number>();
  const tokens: CronToken[] = [];

  for (const match of upper.matchAll(/[^ \t]+/g)) {
    const type = tokens.length;
    const field = CRON_FIELDS[type];
    if (field === undefined) break;
    const text = match[0];
    const position = match.index;
    tokens.push({ field, text: expression.slice(position, position + text.length), position });
    try {
      parseField(text, position, type);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      failedFields.add(type);
      issues.push({
        field,
        position: error.position,
        length: error.length,
        message: `${FIELD_LABELS[type]}: ${error.message}`,
      });
    }
  }

  if (tokens.length <= DAY_OF_WEEK) {
    const names = 'second minute hour day-of-month month day-of-week';
    issues.push({
      field: 'expression',
      position: expression.length,
      length: 0,
      message: `Expression: ${tokens.length} field${tokens.length === 1 ? '' : 's'} found, ending at position ${expression.length}; expected 6 (${names}) and an optional year`,
    });
    return { ok: false, issues };
  }
  if (tokens.length <= YEAR) parseField('*', 0, YEAR);

  const dom = sets[DAY_OF_MONTH] ?? new Set<number>();
  const dow = sets[DAY_OF_WEEK] ?? new Set<number>();
  const domSpecified = !dom.has(NO_SPEC);
  const dowSpecified = !dow.has(NO_SPEC);
  if (
    (!domSpecified || dowSpecified) &&
    (!dowSpecified || domSpecified) &&
    !failedFields.has(DAY_OF_MONTH) &&
    !failedFields.has(DAY_OF_WEEK)
  ) {
    const domToken = tokens[DAY_OF_MONTH];
    const dowToken = tokens[DAY_OF_WEEK];
    issues.push({
      field: 'dayOfWeek',
      position: dowToken?.position ?? 0,
      length: dowToken?.text.length ?? 0,
      message: `Day-of-week: '${dowToken?.text}' at position ${(dowToken?.position ?? 0) + 1} and day-of-month '${domToken?.text}' at position ${(domToken?.position ?? 0) + 1} are both restricted; one of them must be '?'`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const sorted = (type: number) =>
    [...(sets[type] ?? [])].filter((v) => v !== ALL_SPEC && v !== NO_SPEC).sort((a, b) => a - b);
  return {
    ok: true,
    cron: {
      seconds: sorted(SECOND),
      minutes: sorted(MINUTE),
      hours: sorted(HOUR),
      daysOfMonth: sorted(DAY_OF_MONTH),
      months: sorted(MONTH),
      daysOfWeek: sorted(DAY_OF_WEEK),
      years: sorted(YEAR),
      dayOfMonthUnspecified: !domSpecified,
      dayOfWeekUnspecified: !dowSpecified,
      ...flags,
      tokens,
    },
  };

  function parseField(text: string, position: number, type: number): void {
    const whole = (message: string) => new FieldError(position, text.length, message);
    if (type === DAY_OF_MONTH && text.includes('L') && text.length > 1 && text.includes(',')) {
      throw whole(
        `'${text}' at position ${position + 1} combines 'L' or 'LW' with other days, which Quartz does not support`,
      );
    }
    if (type === DAY_OF_WEEK && text.includes('L') && text.length > 1 && text.includes(',')) {
      throw whole(
        `'${text}' at position ${position + 1} combines 'L' with other days, which Quartz does not support`,
      );
    }
    if (type === DAY_OF_WEEK && text.indexOf('#') !== text.lastIndexOf('#')) {
      throw whole(
        `'${text}' at position ${position + 1} has more than one '#'; only one nth day is supported`,
      );
    }
    let offset = 0;
    for (const piece of text.split(',')) {
      if (piece !== '') storeValues(piece, position + offset, type);
      offset += piece.length + 1;
    }
  }

  function storeValues(s: string, base: number, type: number): void {
    const at = (i: number) => base + i;
    const bad = (i: number, length: number, message: string) => new FieldError(at(i), length, message);
    let i = 0;
    let c = s.charAt(i);

    if (c >= 'A' && c <= 'Z' && s !== 'L' && s !== 'LW' && !/^L-[0-9]*W?$/.test(s)) {
      if (type !== MONTH && type !== DAY_OF_WEEK) {
        throw bad(
          i,
          s.length,
          `'${s}' at position ${at(i) + 1} is not allowed here; names are for months and days of the week`,
        );
      }
      const name = (from: number) => {
        if (from + 3 > s.length) {
          throw bad(
            from,
            s.length - from,
            `'${s.slice(from)}' at position ${at(from) + 1} is not a ${type === MONTH ? 'month name (JAN-DEC)' : 'day name (SUN-SAT)'}`,
          );
        }
        return s.slice(from, from + 3);
      };
      let sub = name(i);
      let startValue = -1;
      let endValue = -1;
      if (type === MONTH) {
        startValue = MONTH_NAMES.indexOf(sub) + 1;
        if (startValue <= 0)
          throw bad(i, 3, `'${sub}' at position ${at(i) + 1} is not a month name (JAN-DEC)`);
        if (s.charAt(i + 3) === '-') {
          i += 4;
          sub = name(i);
          endValue = MONTH_NAMES.indexOf(sub) + 1;
          if (endValue <= 0)
            throw bad(i, 3, `'${sub}' at position ${at(i) + 1} is not a month name (JAN-DEC)`);
        }
      } else if (type === DAY_OF_WEEK) {
        startValue = DAY_NAMES.indexOf(sub) + 1;
        if (startValue <= 0) throw bad(i, 3, `'${sub}' at position ${at(i) + 1} is not a day name (SUN-SAT)`);
        const next = s.charAt(i + 3);
        if (next === '-') {
          i += 4;
          sub = name(i);
          endValue = DAY_NAMES.indexOf(sub) + 1;
          if (endValue <= 0) throw bad(i, 3, `'${sub}' at position ${at(i) + 1} is not a day name (SUN-SAT)`);
        } else if (next === '#') {
          i += 4;
          flags.nthDayOfWeek = parseNth(s, i, at);
        } else if (next === 'L') {
          flags.lastDayOfWeek = true;
        }
      }
      addToSet(startValue, endValue, endValue !== -1 ? 1 : 0, type, false, at(0), s.length);
      return;
    }

    if (c === '?') {
      i++;
      if (i + 1 < s.length && s.charAt(i) !== ' ' && s.charAt(i + 1) !== '\t') {
        throw bad(i, 1, `unexpected '${s.charAt(i)}' at position ${at(i) + 1} after '?'`);
      }
      if (type !== DAY_OF_WEEK && type !== DAY_OF_MONTH) {
        throw bad(0, 1, `'?' at position ${at(0) + 1} is only allowed in day-of-month or day-of-week`);
      }
      if (type === DAY_OF_WEEK && !flags.lastDayOfMonth && !failedFields.has(DAY_OF_MONTH)) {
        const dom = sets[DAY_OF_MONTH] ?? new Set<number>();
        // Quartz reads the largest day-of-month value; '?' is the only marker below '*'.
        if (dom.size === 0 || Math.max(...dom) === NO_SPEC) {
          throw bad(
            0,
            1,
            `'?' at position ${at(0) + 1} is also used in day-of-month; only one of the two may be '?'`,
          );
        }
      }
      addToSet(NO_SPEC, -1, 0, type, false, at(0), 1);
      return;
    }

    if (c === '*' || c === '/') {
      if (c === '*' && i + 1 >= s.length) {
        addToSet(ALL_SPEC, -1, 0, type, false, at(0), 1);
        return;
      }
      if (c === '/' && i + 1 >= s.length)
        throw bad(i, 1, `'/' at position ${at(i) + 1} must be followed by a number`);
      if (c === '*') i++;
      c = s.charAt(i);
      let step = 1;
      if (c === '/') {
        i++;
        if (i >= s.length)
          throw bad(i - 1, 1, `'/' at position ${at(i - 1) + 1} must be followed by a number`);
        const digits = s.slice(i);
        step = parseJavaInt(digits);
        if (Number.isNaN(step))
          throw bad(i, digits.length, `step '${digits}' at position ${at(i) + 1} is not a number`);
        checkIncrement(step, type, at(i), digits.length);
      }
      addToSet(ALL_SPEC, -1, step, type, false, at(0), s.length);
      return;
    }

    if (c === 'L') {
      i++;
      if (type === DAY_OF_MONTH) flags.lastDayOfMonth = true;
      if (type === DAY_OF_WEEK) addToSet(7, 7, 0, type, false, at(0), 1);
      if (type === DAY_OF_MONTH && s.length > i) {
        if (s.charAt(i) === '-') {
          if (i + 1 >= s.length)
            throw bad(0, s.length, `'L-' at position ${at(0) + 1} must be followed by a number of days`);
          const value = readNumber(s, i + 1, 0);
          flags.lastDayOffset = value.value;
          if (value.value > 30) {
            throw bad(
              i + 1,
              value.end - i - 1,
              `offset ${value.value} at position ${at(i + 1) + 1} from the last day is larger than 30`,
            );
          }
          i = value.pos;
        }
        if (s.charAt(i) === 'W') flags.nearestWeekday = true;
      }
      return;
    }

    if (c >= '0' && c <= '9') {
      let value = Number(c);
      i++;
      if (i >= s.length) {
        addToSet(value, -1, -1, type, true, at(0), 1);
        return;
      }
      let valueEnd = i;
      if (isDigit(s.charAt(i))) {
        const read = readNumber(s, i, value);
        value = read.value;
        i = read.pos;
        valueEnd = read.end;
      }
      checkNext(s, i, value, type, base, valueEnd);
      return;
    }

    throw bad(i, 1, `unexpected character '${c}' at position ${at(i) + 1}`);
  }

  function checkNext(
    s: string,
    pos: number,
    value: number,
    type: number,
    base: number,
    valueEnd: number,
  ): void {
    const at = (i: number) => base + i;
    const bad = (i: number, length: number, message: string) => new FieldError(at(i), length, message);
    const set = sets[type] ?? new Set<number>();
    let i = pos;
    if (i >= s.length) {
      addToSet(value, -1, -1, type, true, at(0), valueEnd);
      return;
    }
    const c = s.charAt(i);
    const spring = type === DAY_OF_WEEK && weekdays === 'spring';

    if (c === 'L') {
      if (type !== DAY_OF_WEEK)
        throw bad(i, 1, `'L' at position ${at(i) + 1} is only allowed after a day of the week here`);
      checkWeekday(value, at(0), valueEnd);
      flags.lastDayOfWeek = true;
      set.add(spring ? springToQuartz(value) : value);
      return;
    }
    if (c === 'W') {
      if (type !== DAY_OF_MONTH)
        throw bad(i, 1, `'W' at position ${at(i) + 1} is only allowed in day-of-month`);
      if (value > 31)
        throw bad(0, valueEnd, `${value}W at position ${at(0) + 1}: a month has at most 31 days`);
      flags.nearestWeekday = true;
      set.add(value);
      return;
    }
    if (c === '#') {
      if (type !== DAY_OF_WEEK)
        throw bad(i, 1, `'#' at position ${at(i) + 1} is only allowed in day-of-week`);
      flags.nthDayOfWeek = parseNth(s, i + 1, at);
      if (spring) checkWeekday(value, at(0), valueEnd);
      set.add(spring ? springToQuartz(value) : value);
      return;
    }
    if (c === '-') {
      i++;
      const endStart = i;
      if (!isDigit(s.charAt(i))) {
        throw bad(0, s.length, `range '${s}' at position ${at(0) + 1} needs a number after '-'`);
      }
      let end = Number(s.charAt(i));
      i++;
      let endEnd = i;
      if (i >= s.length) {
        addToSet(value, end, 1, type, true, at(0), valueEnd, at(endStart), endEnd - endStart);
        return;
      }
      if (isDigit(s.charAt(i))) {
        const read = readNumber(s, i, end);
        end = read.value;
        i = read.pos;
        endEnd = read.end;
      }
      if (i < s.length && s.charAt(i) === '/') {
        i++;
        if (!isDigit(s.charAt(i)))
          throw bad(i - 1, 1, `'/' at position ${at(i - 1) + 1} must be followed by a number`);
        let step = Number(s.charAt(i));
        i++;
        if (i < s.length && isDigit(s.charAt(i))) step = readNumber(s, i, step).value;
        addToSet(value, end, step, type, true, at(0), valueEnd, at(endStart), endEnd - endStart);
        return;
      }
      addToSet(value, end, 1, type, true, at(0), valueEnd, at(endStart), endEnd - endStart);
      return;
    }
    if (c === '/') {
      if (i + 1 >= s.length) throw bad(i, 1, `'/' at position ${at(i) + 1} must be followed by a number`);
      i++;
      if (!isDigit(s.charAt(i)))
        throw bad(i, 1, `'/' at position ${at(i - 1) + 1} must be followed by a number`);
      let step = Number(s.charAt(i));
      const stepStart = i;
      i++;
      if (i < s.length) {
        if (!isDigit(s.charAt(i))) {
          throw bad(i, 1, `unexpected character '${s.charAt(i)}' at position ${at(i) + 1} after '/'`);
        }
        const read = readNumber(s, i, step);
        step = read.value;
        i = read.end;
      }
      checkIncrement(step, type, at(stepStart), i - stepStart);
      addToSet(value, -1, step, type, true, at(0), valueEnd);
      return;
    }
    addToSet(value, -1, 0, type, true, at(0), valueEnd);
  }

  function parseNth(s: string, from: number, at: (i: number) => number): number {
    const nth = parseJavaInt(s.slice(from));
    if (Number.isNaN(nth) || nth < 1 || nth > 5) {
      throw new FieldError(
        at(from - 1),
        s.length - from + 1,
        `'#' at position ${at(from - 1) + 1} must be followed by a number from 1 to 5`,
      );
    }
    return nth;
  }

  function checkWeekday(value: number, position: number, length: number): void {
    const [min, max] = weekdays === 'spring' ? [0, 7] : [1, 7];
    if (value < min || value > max) {
      throw new FieldError(
        position,
        length,
        `${value} at position ${position + 1} is out of range ${min}–${max} ${weekdayHint()}`,
      );
    }
  }

  function weekdayHint(): string {
    return weekdays === 'spring' ? '(0 or 7 = Sunday)' : '(1 = Sunday)';
  }

  function checkIncrement(step: number, type: number, position: number, length: number): void {
    const limits = [59, 59, 23, 31, 12, 7, Infinity];
    const limit = limits[type] ?? Infinity;
    if (step > limit) {
      throw new FieldError(
        position,
        length,
        `step ${step} at position ${position + 1} is larger than ${limit}`,
      );
    }
  }

  function addToSet(
    value: number,
    end: number,
    step: number,
    type: number,
    numeric: boolean,
    valuePosition: number,
    valueLength: number,
    endPosition = valuePosition,
    endLength = valueLength,
  ): void {
    const set = sets[type] ?? new Set<number>();
    const springWeekday = numeric && type === DAY_OF_WEEK && weekdays === 'spring';
    const bounds: Array<[number, number]> = [
      [0, 59],
      [0, 59],
      [0, 23],
      [1, 31],
      [1, 12],
      springWeekday ? [0, 7] : [1, 7],
      [0, Infinity],
    ];
    const [min, max] = bounds[type] ?? [0, Infinity];
    const hint = type === DAY_OF_WEEK ? ` ${weekdayHint()}` : '';
    if (value !== ALL_SPEC && value !== NO_SPEC) {
      if (value < min || value > max) {
        throw new FieldError(
          valuePosition,
          valueLength,
          `${value} at position ${valuePosition + 1} is out of range ${min}–${max}${hint}`,
        );
      }
      if (end > max) {
        throw new FieldError(
          endPosition,
          endLength,
          `${end} at position ${endPosition + 1} is out of range ${min}–${max}${hint}`,
        );
      }
    }

    if ((step === 0 || step === -1) && value !== ALL_SPEC) {
      set.add(value === -1 ? NO_SPEC : springWeekday ? springToQuartz(value) : value);
      return;
    }

    let startAt = value;
    let stopAt = end;
    if (value === ALL_SPEC && step <= 0) {
      step = 1;
      set.add(ALL_SPEC);
    }
    if (springWeekday) {
      if (stopAt === -1) stopAt = 7;
      if (stopAt < startAt) stopAt += 7;
      for (let v = startAt; v <= stopAt; v += step) set.add(springToQuartz(v % 7));
      return;
    }
    const defaults: Array<[number, number, number]> = [
      [0, 59, 60],
      [0, 59, 60],
      [0, 23, 24],
      [1, 31, 31],
      [1, 12, 12],
      [1, 7, 7],
      [1970, maxYear, -1],
    ];
    const [low, high, wrap] = defaults[type] ?? [0, 0, -1];
    if (stopAt === -1) stopAt = high;
    if (startAt === -1 || startAt === ALL_SPEC) startAt = low;
    let modulus = -1;
    if (stopAt < startAt) {
      if (wrap === -1) {
        throw new FieldError(
          valuePosition,
          endPosition + endLength - valuePosition,
          `range at position ${valuePosition + 1} ends before it starts`,
        );
      }
      modulus = wrap;
      stopAt += wrap;
    }
    for (let v = startAt; v <= stopAt; v += step) {
      if (modulus === -1) {
        set.add(v);
      } else {
        let wrapped = v % modulus;
        // 1-based fields wrap to their maximum, not to 0.
        if (wrapped === 0 && (type === MONTH || type === DAY_OF_WEEK || type === DAY_OF_MONTH))
          wrapped = modulus;
        set.add(wrapped);
      }
    }
  }
}

function springToQuartz(value: number): number {
  return (value % 7) + 1;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Quartz's getValue: appends the digits at `from` to `prefix`. `pos` mimics Quartz's off-by-one at the end. */
function readNumber(s: string, from: number, prefix: number): { value: number; pos: number; end: number } {
  let i = from;
  while (i < s.length && isDigit(s.charAt(i))) i++;
  const value = Number(`${prefix}${s.slice(from, i)}`);
  return { value, pos: i < s.length ? i : i + 1, end: i };
}

/** java.lang.Integer.parseInt for ASCII input; NaN where Java would throw. */
function parseJavaInt(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) return NaN;
  const value = Number(text);
  return value > 2147483647 || value < -2147483648 ? NaN : value;
}
