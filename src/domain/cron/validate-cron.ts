import { scheduleSettings } from './dataworks-schedule.ts';
import {
  CRON_FIELDS,
  parseCron,
  type CronIssue,
  type CronToken,
  type ParsedCron,
  type WeekdayNumbering,
} from './parse-cron.ts';
import { toWeekdayNames } from './to-weekday-names.ts';

/** 'quartz': what Quartz's CronExpression accepts. 'dataworks': that, plus DataWorks' own limits. */
export type CronDialect = 'quartz' | 'dataworks';

export interface ValidateCronOptions {
  /** The deployment's setting (dataworks-schedule.ts) unless given. */
  weekdays?: WeekdayNumbering;
  dialect?: CronDialect;
}

export interface CronWarning extends CronIssue {
  /** The whole expression rewritten to resolve the warning. */
  suggestion?: string;
}

export type ValidateCronResult =
  { ok: true; warnings: CronWarning[] } | { ok: false; errors: CronIssue[]; warnings: CronWarning[] };

// https://help.aliyun.com/en/dataworks/user-guide/dataworks-cron-expression (second must be 00, no year)
// and https://alibabacloud.com/help/en/dataworks/user-guide/schedule-a-node-by-minute (minimum interval).
export const DATAWORKS_MIN_MINUTE_INTERVAL = 5;

/**
 * Checks an expression and locates every problem by field and character offset. In the 'dataworks'
 * dialect (the default) it also enforces DataWorks' rules and warns about numeric weekdays, which
 * Spring and Quartz read differently.
 */
export function validateCron(expression: string, options: ValidateCronOptions = {}): ValidateCronResult {
  const weekdays = options.weekdays ?? scheduleSettings().weekdays;
  const dialect = options.dialect ?? 'dataworks';
  const parsed = parseCron(expression, { weekdays });
  const errors: CronIssue[] = parsed.ok ? [] : [...parsed.issues];
  const warnings: CronWarning[] = [];
  if (dialect === 'dataworks') {
    const tokens = parsed.ok ? parsed.cron.tokens : tokenize(expression);
    const failed = new Set(errors.map((error) => error.field));
    errors.push(...checkDataWorksTokens(tokens).filter((issue) => !failed.has(issue.field)));
    if (parsed.ok) {
      errors.push(...checkDataWorksSchedule(parsed.cron));
      const weekdayWarning = checkNumericWeekday(expression, parsed.cron, weekdays);
      if (weekdayWarning) warnings.push(weekdayWarning);
    }
  }
  if (!parsed.ok || errors.length > 0) {
    return { ok: false, errors: dedupe(errors).sort((a, b) => a.position - b.position), warnings };
  }
  return { ok: true, warnings };
}

/** The fields of an expression that does not parse, so DataWorks' own rules can still be located. */
function tokenize(expression: string): CronToken[] {
  const tokens: CronToken[] = [];
  for (const match of expression.matchAll(/[^ \t]+/g)) {
    const field = CRON_FIELDS[tokens.length];
    if (field === undefined) break;
    tokens.push({ field, text: match[0], position: match.index });
  }
  return tokens;
}

function checkDataWorksTokens(tokens: readonly CronToken[]): CronIssue[] {
  const issues: CronIssue[] = [];
  const second = tokens.find((t) => t.field === 'second');
  if (second && second.text !== '0' && second.text !== '00') {
    issues.push({
      field: 'second',
      position: second.position,
      length: second.text.length,
      message: `Second: '${second.text}' at position ${second.position + 1} must be 00; DataWorks does not schedule by the second`,
    });
  }
  const year = tokens.find((t) => t.field === 'year');
  if (year) {
    issues.push({
      field: 'year',
      position: year.position,
      length: year.text.length,
      message: `Year: '${year.text}' at position ${year.position + 1} is not supported by DataWorks; write six fields`,
    });
  }
  return issues;
}

function checkDataWorksSchedule(cron: ParsedCron): CronIssue[] {
  const issues: CronIssue[] = [];
  const minute = cron.tokens.find((t) => t.field === 'minute');
  const hour = cron.tokens.find((t) => t.field === 'hour');
  const gap = smallestGap(cron.minutes, 60);
  if (minute && gap < DATAWORKS_MIN_MINUTE_INTERVAL) {
    issues.push({
      field: 'minute',
      position: minute.position,
      length: minute.text.length,
      message: `Minute: '${minute.text}' at position ${minute.position + 1} runs every ${gap} minute${gap === 1 ? '' : 's'}; DataWorks runs a minute schedule at most every ${DATAWORKS_MIN_MINUTE_INTERVAL} minutes`,
    });
  }
  // https://www.alibabacloud.com/help/en/dataworks/latest/schedule-a-node-by-hour: a closed start-end period within a day.
  if (hour && cron.hours.length > 1) {
    let offset = 0;
    for (const piece of hour.text.split(',')) {
      const range = /^(\d+)-(\d+)/.exec(piece);
      if (range && Number(range[2]) < Number(range[1])) {
        const position = hour.position + offset;
        issues.push({
          field: 'hour',
          position,
          length: piece.length,
          message: `Hour: range '${piece}' at position ${position + 1} wraps past midnight; DataWorks needs a start hour no later than the end hour`,
        });
      }
      offset += piece.length + 1;
    }
  }
  return issues;
}

/** Smallest distance between consecutive values on a cycle of `size` (Infinity for one value). */
function smallestGap(values: readonly number[], size: number): number {
  if (values.length < 2) return Infinity;
  let gap = size - (values[values.length - 1] ?? 0) + (values[0] ?? 0);
  for (let i = 1; i < values.length; i++) gap = Math.min(gap, (values[i] ?? 0) - (values[i - 1] ?? 0));
  return gap;
}

function checkNumericWeekday(
  expression: string,
  cron: ParsedCron,
  weekdays: WeekdayNumbering,
): CronWarning | null {
  const token = cron.tokens.find((t) => t.field === 'dayOfWeek');
  if (!token) return null;
  const rewrite = toWeekdayNames(expression, weekdays);
  if (!rewrite.changed) return null;
  const spring = toWeekdayNames(expression, 'spring').expression;
  const quartz = toWeekdayNames(expression, 'quartz').expression;
  const reading = (rewritten: string) => rewritten.slice(token.position).split(/[ \t]/)[0] ?? '';
  return {
    field: 'dayOfWeek',
    position: token.position,
    length: token.text.length,
    message: `Day-of-week: '${token.text}' at position ${token.position + 1} is a number, which Spring reads as ${reading(spring)} and Quartz as ${reading(quartz)}; read here as ${weekdays === 'spring' ? 'Spring' : 'Quartz'}, write names to make it unambiguous`,
    suggestion: rewrite.expression,
  };
}

function dedupe(issues: CronIssue[]): CronIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field}|${issue.position}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
