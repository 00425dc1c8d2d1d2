import type { ValidationIssue } from '#domain/task/dataworks-actions';

export interface SaveErrorLike {
  status: number;
  code: string;
  message: string;
  issues: readonly ValidationIssue[];
  body?: Record<string, unknown>;
}

export type SaveErrorKind =
  | 'invalid'
  | 'forbidden'
  | 'throttled'
  | 'not-applied'
  | 'unknown-outcome'
  | 'network'
  | 'not-found'
  | 'token'
  | 'other';

/** DataWorks (and the emulator) name the field as `Invalid parameter Trigger.Cron: ...`. */
const NAMED_PARAMETER = /Invalid parameter ([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\s*:\s*([\s\S]*)/;

/** The fields an error concerns: the proxy's `Issues`, or the parameter DataWorks' message names. */
export function toFieldIssues(error: SaveErrorLike): ValidationIssue[] {
  if (error.issues.length > 0) return error.issues.filter((i) => i.path !== '');
  const match = NAMED_PARAMETER.exec(error.message);
  if (!match) return [];
  return [{ path: match[1]!, message: match[2]!.trim() || error.message }];
}

/** Which plain-words explanation fits an error. */
export function classifySaveError(error: SaveErrorLike): SaveErrorKind {
  if (error.status === 0 || error.code === 'NetworkError') return 'network';
  if (error.code === 'InvalidAccessToken') return 'token';
  if (error.status === 502 || error.status === 504) {
    if (error.body?.Applied === false) return 'not-applied';
    return 'unknown-outcome';
  }
  if (/^Throttling/i.test(error.code) || error.status === 429) return 'throttled';
  if (/^Forbidden/i.test(error.code) || error.status === 403) return 'forbidden';
  if (error.status === 404 || /NotFound|NotExist/i.test(error.code)) return 'not-found';
  if (error.code.startsWith('InvalidParameter') || error.status === 400) return 'invalid';
  return 'other';
}
