import {
  shiftIssue,
  type ParameterIssue,
  type ParameterIssueCode,
  type ParameterWarning,
} from './parameter-issue.ts';
import { parseOffset, type Rational } from './parse-offset.ts';
import {
  BIZDATE_FORMAT,
  BIZMONTH_FORMAT,
  CYCTIME_FORMAT,
  formatWallTime,
  parseTimeFormat,
  TIME_TOKENS,
} from './time-format.ts';
import { scheduleSettings } from '../cron/dataworks-schedule.ts';
import { addDays, addMonths, fromWallTime, isValidTimeZone, toWallTime, type WallTime } from './wall-time.ts';

export type ParameterContext = {
  /** The instance's scheduled time (cyctime), not when it actually starts. */
  scheduledTime: Date;
  /** IANA zone the workspace schedules in; the deployment's (dataworks-schedule.ts) unless given. */
  timeZone?: string;
  /** IDs known to the caller; PreviewTaskParameters simulates `nodeid` as `0`. */
  ids?: Partial<Record<SystemId, string>>;
};

type SystemId = 'jobid' | 'nodeid' | 'taskid';

/** A reference only a real instance can fill in; it stays in the value as written. */
export type UnresolvedReference = { text: string; start: number; end: number; message: string };

export type ResolvedParameter = {
  value: string;
  unresolved: UnresolvedReference[];
  warnings: ParameterWarning[];
};

export type ResolveParameterResult =
  { success: true; data: ResolvedParameter } | { success: false; issues: ParameterIssue[] };

/** The two baselines every value derives from, read in the scheduling zone. */
export type Baselines = {
  instant: Date;
  scheduled: WallTime;
  /** The business date: the day before the scheduled date, at 00:00:00. */
  business: WallTime;
  timeZone: string;
  ids: Partial<Record<SystemId, string>>;
};

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

type Step<T> = { success: true; data: T } | { success: false; issue: ParameterIssue };

function fail(code: ParameterIssueCode, message: string, start: number, end: number): Step<never> {
  return { success: false, issue: { code, message, start, end } };
}

export function toBaselines(context: ParameterContext): Step<Baselines> {
  const timeZone = context.timeZone ?? scheduleSettings().timeZone;
  if (Number.isNaN(context.scheduledTime.getTime())) {
    return fail('invalid-scheduled-time', 'the scheduled time is not a valid date', 0, 0);
  }
  if (!isValidTimeZone(timeZone)) {
    return fail('invalid-time-zone', `"${timeZone}" is not an IANA time zone`, 0, 0);
  }
  // Values are to the second: DataWorks' cyctime has no milliseconds.
  const instant = new Date(Math.floor(context.scheduledTime.getTime() / 1000) * 1000);
  const scheduled = toWallTime(instant, timeZone);
  const business = addDays({ ...scheduled, hour: 0, minute: 0, second: 0 }, -1);
  return { success: true, data: { instant, scheduled, business, timeZone, ids: context.ids ?? {} } };
}

function inRange(wall: WallTime, start: number, end: number): Step<WallTime> {
  return wall.year >= MIN_YEAR && wall.year <= MAX_YEAR
    ? { success: true, data: wall }
    : fail('out-of-range', `the result falls outside the years ${MIN_YEAR}-${MAX_YEAR}`, start, end);
}

/**
 * Adds `days` to an instant: whole days move the calendar date and keep the clock time, the fraction
 * moves the absolute time, so `-1/24` across a daylight-saving change is one real hour.
 * https://www.alibabacloud.com/help/en/dataworks/user-guide/impacts-exerted-by-the-switching-of-daylight-saving-time-on-the-running-of-nodes
 */
function shiftByDays(instant: Date, days: Rational, timeZone: string): Date {
  const wholeDays = Math.trunc(days.numerator / days.denominator);
  const remainder = days.numerator - wholeDays * days.denominator;
  let shifted = instant;
  if (wholeDays !== 0) {
    const wall = toWallTime(instant, timeZone);
    // Clamp before the Date arithmetic so a huge offset is reported, not turned into NaN.
    const clampedDays = Math.max(-4_000_000, Math.min(4_000_000, wholeDays));
    shifted = fromWallTime(addDays(wall, clampedDays), timeZone);
  }
  const seconds = Math.round((86_400 * remainder) / days.denominator);
  return new Date(shifted.getTime() + seconds * 1000);
}

function isWholeNumber(value: Rational): boolean {
  return value.denominator === 1;
}

/** `$[format±days]` and `$[add_months(format,months)±days]`: based on the scheduled time. */
function resolveScheduled(body: string, base: Baselines, warnings: ParameterWarning[]): Step<string> {
  const addMonthsCall = /^add_months\(/.exec(body);
  if (addMonthsCall) return resolveAddMonths(body, addMonthsCall[0].length, base);

  const format = parseTimeFormat(body);
  if (!format.success) return format;
  const { parts, tail, tailStart } = format.data;
  let days: Rational = { numerator: 0, denominator: 1 };
  if (tail.trim()) {
    const offset = parseOffset(tail, { requireSign: true, allowDivision: true });
    if (!offset.success) return { success: false, issue: shiftIssue(offset.issue, tailStart) };
    days = offset.data;
    const daily = parts.some(
      (part) => 'token' in part && (part.token === 'dd' || TIME_TOKENS.includes(part.token)),
    );
    if (!daily && days.numerator !== 0 && isWholeNumber(days)) {
      // Documented as unsupported for year/month shifts; it still shifts days, which is rarely what was meant.
      warnings.push({
        code: 'day-offset-on-coarse-format',
        message: `$[...] offsets count days, so "${tail.trim()}" is not a year or month shift: use add_months`,
        start: tailStart,
        end: body.length,
      });
    }
  }
  const wall = inRange(
    toWallTime(shiftByDays(base.instant, days, base.timeZone), base.timeZone),
    0,
    body.length,
  );
  return wall.success ? { success: true, data: formatWallTime(parts, wall.data) } : wall;
}

function resolveAddMonths(body: string, argumentsStart: number, base: Baselines): Step<string> {
  const close = body.indexOf(')', argumentsStart);
  const comma = body.indexOf(',', argumentsStart);
  if (close < 0 || comma < 0 || comma > close) {
    return fail(
      'invalid-add-months',
      'expected add_months(format,months), e.g. add_months(yyyymmdd,-1)',
      0,
      body.length,
    );
  }
  const formatText = body.slice(argumentsStart, comma);
  const format = parseTimeFormat(formatText);
  if (!format.success) return { success: false, issue: shiftIssue(format.issue, argumentsStart) };
  if (format.data.tail.trim()) {
    const start = argumentsStart + format.data.tailStart;
    return fail('invalid-add-months', 'the first argument of add_months is only a format', start, comma);
  }
  const months = parseOffset(body.slice(comma + 1, close), { requireSign: false, allowDivision: false });
  if (!months.success) return { success: false, issue: shiftIssue(months.issue, comma + 1) };

  const tail = body.slice(close + 1);
  let days: Rational = { numerator: 0, denominator: 1 };
  if (tail.trim()) {
    const offset = parseOffset(tail, { requireSign: true, allowDivision: true });
    if (!offset.success) return { success: false, issue: shiftIssue(offset.issue, close + 1) };
    days = offset.data;
  }
  // The month count may be huge; bound it so the year check below reports it.
  const monthCount = Math.max(-200_000, Math.min(200_000, months.data.numerator));
  const moved = fromWallTime(addMonths(base.scheduled, monthCount), base.timeZone);
  const wall = inRange(toWallTime(shiftByDays(moved, days, base.timeZone), base.timeZone), 0, body.length);
  return wall.success ? { success: true, data: formatWallTime(format.data.parts, wall.data) } : wall;
}

/** `${format±N}`: based on the business date, N in units of the format's smallest token. */
function resolveBusiness(body: string, base: Baselines): Step<string> {
  const format = parseTimeFormat(body);
  if (!format.success) return format;
  const { parts, tail, tailStart } = format.data;
  for (const part of parts) {
    if ('token' in part && TIME_TOKENS.includes(part.token)) {
      return fail(
        'time-token-in-business-date',
        `\${...} is a business date and has no "${part.token}": use $[...] for times`,
        part.start,
        part.start + part.token.length,
      );
    }
  }
  let amount = 0;
  if (tail.trim()) {
    const offset = parseOffset(tail, { requireSign: true, allowDivision: false });
    if (!offset.success) {
      const issue = shiftIssue(offset.issue, tailStart);
      return {
        success: false,
        issue: tail.includes('/')
          ? {
              ...issue,
              code: 'fraction-in-business-date',
              message: '${...} shifts whole units only; use $[...] for hours and minutes',
            }
          : issue,
      };
    }
    amount = Math.max(-4_000_000, Math.min(4_000_000, offset.data.numerator));
  }
  const tokens = new Set(parts.flatMap((part) => ('token' in part ? [part.token] : [])));
  const shifted = tokens.has('dd')
    ? addDays(base.business, amount)
    : tokens.has('mm')
      ? addMonths(base.business, amount)
      : addMonths(base.business, amount * 12);
  const wall = inRange(shifted, 0, body.length);
  return wall.success ? { success: true, data: formatWallTime(parts, wall.data) } : wall;
}

// https://www.alibabacloud.com/help/en/dataworks/user-guide/supported-formats-of-scheduling-parameters
// (built-in parameters); `${bdp.system.*}` from the archived "Parameter configuration" page.
function resolveSystem(name: string, base: Baselines): string | undefined {
  switch (name) {
    case 'bizdate':
    case 'bdp.system.bizdate':
      return formatWallTime(BIZDATE_FORMAT, base.business);
    case 'cyctime':
    case 'bdp.system.cyctime':
      return formatWallTime(CYCTIME_FORMAT, base.scheduled);
    case 'gmtdate':
      return formatWallTime(BIZDATE_FORMAT, base.scheduled);
    case 'bizmonth': {
      // The business month, or the month before it when the business date lies in the current month.
      const { business, scheduled } = base;
      const sameMonth = business.year === scheduled.year && business.month === scheduled.month;
      return formatWallTime(BIZMONTH_FORMAT, sameMonth ? addMonths(business, -1) : business);
    }
  }
  return undefined;
}

const SYSTEM_IDS: readonly string[] = ['jobid', 'nodeid', 'taskid'] satisfies SystemId[];

function isSystemId(name: string): name is SystemId {
  return SYSTEM_IDS.includes(name);
}

function stripQuotes(value: string): { text: string; offset: number } {
  // Archived docs show `type='aaa'` and `type="aaa"` reaching code as `aaa`: enclosing quotes are dropped.
  const quoted = /^(['"])(.*)\1$/s.exec(value);
  return quoted ? { text: quoted[2] ?? '', offset: 1 } : { text: value, offset: 0 };
}

/** Resolves one value from precomputed baselines; positions are relative to `value`. */
export function resolveValue(value: string, base: Baselines): ResolveParameterResult {
  const { text, offset } = stripQuotes(value);
  const issues: ParameterIssue[] = [];
  const unresolved: UnresolvedReference[] = [];
  const warnings: ParameterWarning[] = [];
  let output = '';
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (char === '$' && (next === '[' || next === '{')) {
      const closer = next === '[' ? ']' : '}';
      const close = text.indexOf(closer, index + 2);
      if (close < 0) {
        issues.push({
          code: 'unclosed-expression',
          message: `"${char}${next}" is not closed by "${closer}"`,
          start: offset + index,
          end: offset + text.length,
        });
        break;
      }
      const body = text.slice(index + 2, close);
      const bodyStart = offset + index + 2;
      const written = text.slice(index, close + 1);
      index = close + 1;
      if (!body.trim()) {
        issues.push({
          code: 'empty-expression',
          message: `"${written}" is empty`,
          start: bodyStart - 2,
          end: bodyStart + body.length + 1,
        });
        continue;
      }
      if (next === '{' && /^workflow\./.test(body)) {
        unresolved.push({
          text: written,
          start: bodyStart - 2,
          end: bodyStart + body.length + 1,
          message: 'workflow parameters are set by the workflow at run time',
        });
        output += written;
        continue;
      }
      const system = next === '{' && body.startsWith('bdp.system.') ? resolveSystem(body, base) : undefined;
      if (next === '{' && body.startsWith('bdp.system.') && system === undefined) {
        issues.push({
          code: 'unknown-variable',
          message: `"${body}" is not a system variable: use bdp.system.bizdate or bdp.system.cyctime`,
          start: bodyStart,
          end: bodyStart + body.length,
        });
        continue;
      }
      const local: ParameterWarning[] = [];
      const step: Step<string> =
        system !== undefined
          ? { success: true, data: system }
          : next === '['
            ? resolveScheduled(body, base, local)
            : resolveBusiness(body, base);
      warnings.push(...local.map((warning) => shiftIssue(warning, bodyStart)));
      if (step.success) output += step.data;
      else issues.push(shiftIssue(step.issue, bodyStart));
      continue;
    }
    const name = char === '$' ? /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index + 1))?.[0] : undefined;
    if (name) {
      const written = `$${name}`;
      const start = offset + index;
      index += written.length;
      const system = resolveSystem(name, base);
      if (system !== undefined) {
        output += system;
      } else if (isSystemId(name)) {
        const id = base.ids[name];
        if (id !== undefined) output += id;
        else {
          output += written;
          unresolved.push({
            text: written,
            start,
            end: start + written.length,
            message: `${written} is assigned when the instance is generated`,
          });
        }
      } else {
        output += written;
        warnings.push({
          code: 'unknown-system-parameter',
          message: `${written} is not a built-in parameter and is kept as written`,
          start,
          end: start + written.length,
        });
      }
      continue;
    }
    output += char;
    index++;
  }
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: { value: output, unresolved, warnings } };
}

/**
 * Resolves a parameter value as DataWorks does for an instance scheduled at `scheduledTime`:
 * `$bizdate`-style built-ins, `${...}` from the business date (the day before the scheduled date),
 * `$[...]` from the scheduled time, with literal text kept around them (`${yyyymm}01`).
 */
export function resolveParameter(expression: string, context: ParameterContext): ResolveParameterResult {
  const base = toBaselines(context);
  if (!base.success) return { success: false, issues: [base.issue] };
  return resolveValue(expression, base.data);
}
