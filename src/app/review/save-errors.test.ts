import { describe, expect, it } from 'vitest';
import { classifySaveError, toFieldIssues } from './save-errors.ts';

const error = (status: number, code: string, message = '', extra: object = {}) => ({
  status,
  code,
  message,
  issues: [],
  ...extra,
});

describe('toFieldIssues', () => {
  it("uses the proxy's Issues", () => {
    const issues = [{ path: 'Timeout', message: 'must be 0 or between 3600 and 604800' }];
    expect(toFieldIssues({ ...error(400, 'InvalidParameter'), issues })).toEqual(issues);
  });
  it('reads the parameter DataWorks names in its message', () => {
    expect(
      toFieldIssues(
        error(
          400,
          'InvalidParameter',
          'Invalid parameter Dependencies.0.UpstreamTaskId: no task has the ID 9',
        ),
      ),
    ).toEqual([{ path: 'Dependencies.0.UpstreamTaskId', message: 'no task has the ID 9' }]);
    expect(
      toFieldIssues(error(400, 'InvalidParameter', 'Invalid parameter Trigger.Cron: bad minute')),
    ).toEqual([{ path: 'Trigger.Cron', message: 'bad minute' }]);
  });
  it('finds nothing in a message that names no field', () => {
    expect(toFieldIssues(error(403, 'Forbidden', 'no permission'))).toEqual([]);
  });
});

describe('classifySaveError', () => {
  it.each([
    [error(0, 'NetworkError'), 'network'],
    [error(401, 'InvalidAccessToken'), 'token'],
    [error(504, 'UpstreamTimeout', '', { body: { Applied: false } }), 'not-applied'],
    [error(502, 'UpstreamUnreachable', '', { body: { Applied: null } }), 'unknown-outcome'],
    [error(400, 'Throttling.User'), 'throttled'],
    [error(403, 'Forbidden.Access'), 'forbidden'],
    [error(404, 'Invalid.Task.NotFound'), 'not-found'],
    [error(400, 'InvalidParameter'), 'invalid'],
    [error(500, 'InternalError'), 'other'],
  ] as const)('%o is %s', (e, kind) => {
    expect(classifySaveError(e)).toBe(kind);
  });
});
