import type { ValidationIssue } from '#domain/task/dataworks-actions';

export interface SaveErrorLike {
  status: number;
  code: string;
  message: string;
  issues: readonly ValidationIssue[];
  body?: Record<string, unknown>;
}

/**
 * The fields an error concerns: the proxy's `Issues`, from its own checks or from the parameter DataWorks'
 * InvalidParameter message names (proxy-error.ts reads that message, so the app never does).
 */
export function toFieldIssues(error: SaveErrorLike): ValidationIssue[] {
  return error.issues.filter((i) => i.path !== '');
}

/**
 * What a refused or unanswered save means for the person: a failure that applied nothing (safe to retry),
 * an outcome not known yet (settled by reading the task back), or a conflict with a newer version.
 */
export type SaveFailure =
  | { kind: 'conflict' }
  | {
      kind: 'unknown';
      cause: 'timeout' | 'dropped' | 'editor-unreachable';
      saveId?: number;
      settleUntil?: number;
    }
  | {
      kind: 'failed';
      reason:
        | 'invalid-fields'
        | 'invalid'
        | 'server-error'
        | 'throttled'
        | 'not-sent'
        | 'store-unavailable'
        | 'forbidden'
        | 'not-found'
        | 'token'
        | 'other';
    };

export function classifySaveFailure(error: SaveErrorLike): SaveFailure {
  const failed = (reason: Extract<SaveFailure, { kind: 'failed' }>['reason']): SaveFailure => ({
    kind: 'failed',
    reason,
  });
  // The request may have reached the editor server (and DataWorks) before the connection broke.
  if (error.status === 0 || error.code === 'NetworkError')
    return { kind: 'unknown', cause: 'editor-unreachable' };
  if (error.code === 'InvalidAccessToken') return failed('token');
  if (error.status === 409 && error.code === 'Conflict.TaskModified') return { kind: 'conflict' };
  if (error.status === 502 || error.status === 504) {
    // The proxy records every save whose outcome it could not learn, and names the record.
    const saveId = error.body?.SaveId;
    if (typeof saveId === 'number') {
      const settleUntil = error.body?.SettleUntil;
      return {
        kind: 'unknown',
        cause: error.status === 504 || /Timeout/i.test(error.code) ? 'timeout' : 'dropped',
        saveId,
        settleUntil: typeof settleUntil === 'number' ? settleUntil : undefined,
      };
    }
    // Without a record the request never left the proxy (connection refused, after its retries).
    if (error.code.startsWith('Upstream')) return failed('not-sent');
  }
  // The editor could not record the save, so it sent nothing (its PostgreSQL or SQLite store is down).
  if (error.code === 'Store.Unavailable') return failed('store-unavailable');
  if (/^Throttling/i.test(error.code) || error.status === 429) return failed('throttled');
  if (/^Forbidden/i.test(error.code) || error.status === 403) return failed('forbidden');
  if (error.status === 404 || /NotFound|NotExist/i.test(error.code)) return failed('not-found');
  if (error.code.startsWith('InvalidParameter') || error.status === 400)
    return failed(toFieldIssues(error).length > 0 ? 'invalid-fields' : 'invalid');
  if (error.status >= 500) return failed('server-error');
  return failed('other');
}
