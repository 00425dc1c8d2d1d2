import { parseCron, type WeekdayNumbering } from './parse-cron.ts';

/** Weekday names in Quartz order: index + 1 is Quartz's number (1 = SUN). */
export const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export interface WeekdayRewrite {
  expression: string;
  /** True when the day-of-week field held a number and was rewritten. */
  changed: boolean;
}

/**
 * Rewrites a numeric day-of-week field with names, reading the numbers as `weekdays` says, so the
 * expression means the same under Spring and Quartz numbering. Other fields are left as written;
 * an expression that does not parse comes back unchanged.
 */
export function toWeekdayNames(expression: string, weekdays: WeekdayNumbering): WeekdayRewrite {
  const parsed = parseCron(expression, { weekdays });
  if (!parsed.ok) return { expression, changed: false };
  const token = parsed.cron.tokens.find((t) => t.field === 'dayOfWeek');
  if (!token || !/\d/.test(token.text.replace(/#\d+$/, ''))) return { expression, changed: false };
  const text = token.text.toUpperCase();
  let rewritten: string;
  if (text.includes('#') || text.endsWith('L')) {
    // One day with a suffix: 2#3 or 6L (Quartz allows no list here).
    rewritten = text.replace(/^(\d+)/, (digits) => toName(Number(digits), weekdays));
  } else {
    rewritten = toNameList(parsed.cron.daysOfWeek);
  }
  return {
    expression:
      expression.slice(0, token.position) + rewritten + expression.slice(token.position + token.text.length),
    changed: rewritten !== token.text,
  };
}

function toName(value: number, weekdays: WeekdayNumbering): string {
  const quartz = weekdays === 'spring' ? (value % 7) + 1 : value;
  return WEEKDAY_NAMES[quartz - 1] ?? String(value);
}

/** Compresses Quartz day numbers to names with ranges: [2,3,4,5,6] -> MON-FRI. */
export function toNameList(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const from = WEEKDAY_NAMES[(sorted[i] ?? 1) - 1];
    const to = WEEKDAY_NAMES[(sorted[j] ?? 1) - 1];
    if (j - i >= 2) parts.push(`${from}-${to}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAY_NAMES[(sorted[k] ?? 1) - 1] ?? '');
    i = j + 1;
  }
  return parts.join(',');
}
