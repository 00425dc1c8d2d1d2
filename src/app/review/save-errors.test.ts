import { describe, expect, it } from 'vitest';
import { classifySaveFailure, toFieldIssues } from './save-errors.ts';

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

describe('classifySaveFailure', () => {
  it.each([
    [error(0, 'NetworkError'), { kind: 'unknown', cause: 'editor-unreachable' }],
    [error(401, 'InvalidAccessToken'), { kind: 'failed', reason: 'token' }],
    [error(409, 'Conflict.TaskModified'), { kind: 'conflict' }],
    [
      error(504, 'UpstreamTimeout', '', { body: { Applied: null, SaveId: 7, SettleUntil: 1000 } }),
      { kind: 'unknown', cause: 'timeout', saveId: 7, settleUntil: 1000 },
    ],
    [
      error(502, 'UpstreamUnavailable', '', { body: { Applied: null, SaveId: 8 } }),
      { kind: 'unknown', cause: 'dropped', saveId: 8, settleUntil: undefined },
    ],
    [error(502, 'UpstreamUnavailable'), { kind: 'failed', reason: 'not-sent' }],
    [error(400, 'Throttling.User'), { kind: 'failed', reason: 'throttled' }],
    [error(403, 'Forbidden.Access'), { kind: 'failed', reason: 'forbidden' }],
    [error(404, 'Invalid.Task.NotFound'), { kind: 'failed', reason: 'not-found' }],
    [
      error(400, 'InvalidParameter', 'Invalid parameter Name: too long'),
      { kind: 'failed', reason: 'invalid-fields' },
    ],
    [error(400, 'InvalidParameter', 'The request is malformed.'), { kind: 'failed', reason: 'invalid' }],
    [error(500, 'InternalError'), { kind: 'failed', reason: 'server-error' }],
    [error(503, 'ServiceUnavailable'), { kind: 'failed', reason: 'server-error' }],
  ] as const)('%o is %o', (e, failure) => {
    expect(classifySaveFailure(e)).toEqual(failure);
  });
});
