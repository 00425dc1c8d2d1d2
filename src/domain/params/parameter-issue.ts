/** Why a parameter string or expression could not be read or resolved; `message` is the English fallback. */
export type ParameterIssueCode =
  // Script.Parameters entries
  | 'only-whitespace'
  | 'missing-equals'
  | 'missing-name'
  | 'invalid-name'
  | 'missing-value'
  | 'equals-in-value'
  | 'duplicate-name'
  // expressions
  | 'unclosed-expression'
  | 'empty-expression'
  | 'missing-format'
  | 'unknown-format-token'
  | 'time-token-in-business-date'
  | 'fraction-in-business-date'
  | 'invalid-offset'
  | 'invalid-add-months'
  | 'out-of-range'
  | 'unknown-variable'
  // context
  | 'invalid-scheduled-time'
  | 'invalid-time-zone';

export type ParameterWarningCode = 'unknown-system-parameter' | 'day-offset-on-coarse-format';

/** `start` and `end` are offsets into the text that was parsed, `end` exclusive. */
export type ParameterIssue = { code: ParameterIssueCode; message: string; start: number; end: number };

export type ParameterWarning = { code: ParameterWarningCode; message: string; start: number; end: number };

export function shiftIssue<T extends { start: number; end: number }>(issue: T, by: number): T {
  return { ...issue, start: issue.start + by, end: issue.end + by };
}
