import type { ParameterIssue } from './parameter-issue.ts';
import type { WallTime } from './wall-time.ts';

// Tokens of https://www.alibabacloud.com/help/en/dataworks/user-guide/supported-formats-of-scheduling-parameters
// Longer first: `yyyy` before `yy`, `hh24`/`hh12` before `hh`. `mm` is the month, `mi` the minute.
const TOKENS = ['yyyy', 'yy', 'mm', 'dd', 'hh24', 'hh12', 'hh', 'mi', 'ss'] as const;

export type FormatToken = (typeof TOKENS)[number];

export const TIME_TOKENS: readonly FormatToken[] = ['hh24', 'hh12', 'hh', 'mi', 'ss'];

export type FormatPart = { token: FormatToken; start: number } | { literal: string };

/** `yyyymmdd`, `yyyymm` and `yyyymmddhh24miss`: the formats of $bizdate, $bizmonth and $cyctime. */
export const BIZDATE_FORMAT: readonly FormatPart[] = [
  { token: 'yyyy', start: 0 },
  { token: 'mm', start: 4 },
  { token: 'dd', start: 6 },
];
export const BIZMONTH_FORMAT: readonly FormatPart[] = BIZDATE_FORMAT.slice(0, 2);
export const CYCTIME_FORMAT: readonly FormatPart[] = [
  ...BIZDATE_FORMAT,
  { token: 'hh24', start: 8 },
  { token: 'mi', start: 12 },
  { token: 'ss', start: 14 },
];

/** A format such as `yyyy-mm-dd` and the arithmetic written after its last token (`-1/24`). */
export type TimeFormat = { parts: FormatPart[]; tail: string; tailStart: number };

/**
 * Splits `text` into format tokens and the separators between them; whatever follows the last token is
 * the tail, so the `-` in `yyyy-mm-dd-1` separates until the last `dd` and is an operator after it.
 */
export function parseTimeFormat(
  text: string,
): { success: true; data: TimeFormat } | { success: false; issue: ParameterIssue } {
  const parts: FormatPart[] = [];
  let literal = '';
  let tailStart = -1;
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (!/[A-Za-z]/.test(char)) {
      literal += char;
      index++;
      continue;
    }
    const token = TOKENS.find((candidate) => text.startsWith(candidate, index));
    if (!token) {
      const end = index + (/^[A-Za-z]+/.exec(text.slice(index))?.[0].length ?? 1);
      const word = text.slice(index, end);
      const hint = word !== word.toLowerCase() ? ' (tokens are lower case: yyyy mm dd hh24 mi ss)' : '';
      return {
        success: false,
        issue: {
          code: 'unknown-format-token',
          message: `"${word}" is not a format token${hint}`,
          start: index,
          end,
        },
      };
    }
    if (literal) parts.push({ literal });
    literal = '';
    parts.push({ token, start: index });
    index += token.length;
    tailStart = index;
  }
  if (tailStart < 0) {
    return {
      success: false,
      issue: {
        code: 'missing-format',
        message: 'expected a date format such as yyyymmdd',
        start: 0,
        end: text.length,
      },
    };
  }
  return { success: true, data: { parts, tail: text.slice(tailStart), tailStart } };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatToken(token: FormatToken, wall: WallTime): string {
  switch (token) {
    case 'yyyy':
      return pad(wall.year, 4);
    case 'yy':
      return pad(wall.year % 100, 2);
    case 'mm':
      return pad(wall.month, 2);
    case 'dd':
      return pad(wall.day, 2);
    case 'hh24':
      return pad(wall.hour, 2);
    case 'hh':
    case 'hh12':
      // DataWorks documents only 02:30 -> 02; its `$[...]` "follows Oracle", whose HH12 gives 12 at midnight.
      return pad(wall.hour % 12 || 12, 2);
    case 'mi':
      return pad(wall.minute, 2);
    case 'ss':
      return pad(wall.second, 2);
  }
}

export function formatWallTime(parts: readonly FormatPart[], wall: WallTime): string {
  return parts.map((part) => ('token' in part ? formatToken(part.token, wall) : part.literal)).join('');
}
