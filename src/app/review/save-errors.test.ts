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
  it('leaves out issues of the body as a whole (empty path)', () => {
    const issues = [
      { path: '', message: 'must be a JSON object' },
      { path: 'Trigger.Cron', message: 'bad minute' },
    ];
    expect(toFieldIssues({ ...error(400, 'InvalidParameter'), issues })).toEqual([issues[1]]);
  });
  it('never reads field paths from the message text: the proxy sends them as Issues', () => {
    const message = 'Invalid parameter Trigger.Cron: bad minute';
    expect(toFieldIssues(error(400, 'InvalidParameter', message))).toEqual([]);
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
      error(400, 'InvalidParameter', 'Invalid parameter Name: too long', {
        issues: [{ path: 'Name', message: 'too long' }],
      }),
      { kind: 'failed', reason: 'invalid-fields' },
    ],
    [error(400, 'InvalidParameter', 'The request is malformed.'), { kind: 'failed', reason: 'invalid' }],
    [error(500, 'InternalError'), { kind: 'failed', reason: 'server-error' }],
    [error(503, 'Store.Unavailable'), { kind: 'failed', reason: 'store-unavailable' }],
    [error(503, 'ServiceUnavailable'), { kind: 'failed', reason: 'server-error' }],
  ] as const)('%o is %o', (e, failure) => {
    expect(classifySaveFailure(e)).toEqual(failure);
  });
});
