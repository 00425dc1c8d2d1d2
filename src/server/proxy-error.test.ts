import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.ts';
import { withParameterIssues } from './proxy-error.ts';

describe('withParameterIssues', () => {
  it('adds the parameter an InvalidParameter message names, keeping Code and Message', () => {
    const body = {
      RequestId: 'R',
      Code: 'InvalidParameter',
      Message: 'Invalid parameter Dependencies.0.UpstreamTaskId: no task has the ID 9',
    };
    expect(withParameterIssues(body)).toEqual({
      ...body,
      Issues: [{ path: 'Dependencies.0.UpstreamTaskId', message: 'no task has the ID 9' }],
    });
    expect(
      withParameterIssues({ Code: 'InvalidParameter', Message: 'Invalid parameter Trigger.Cron: bad minute' })
        .Issues,
    ).toEqual([{ path: 'Trigger.Cron', message: 'bad minute' }]);
  });

  it('leaves alone a message that names no parameter, another code, and Issues already there', () => {
    const cases = [
      { Code: 'InvalidParameter', Message: 'The request is malformed.' },
      { Code: 'Forbidden', Message: 'Invalid parameter Name: no permission' },
      { Code: 'InvalidParameter', Message: 'Invalid parameter Name: x', Issues: [] },
      { Code: 'InvalidParameter' },
    ];
    for (const body of cases) expect(withParameterIssues(body)).toBe(body);
  });
});

describe("UpdateTask refused by DataWorks' own rules", () => {
  it('answers DataWorks’ Code and Message with Issues naming the field', async () => {
    const { post, kit } = createTestApp();
    const owner = kit.project.tasks.find((t) => (t.Outputs?.TaskOutputs?.length ?? 0) > 0)!;
    const taken = owner.Outputs!.TaskOutputs![0]!.Output;
    const other = kit.project.tasks.find((t) => t.Id !== owner.Id)!;
    const response = await post('UpdateTask', {
      Id: other.Id,
      Outputs: { TaskOutputs: [{ Output: taken }] },
    });
    expect(response.status).toBe(400);
    const message = `${taken} is already the output of task ${owner.Id}; outputs are unique in a workspace`;
    expect(await response.json()).toMatchObject({
      Code: 'InvalidParameter',
      Message: `Invalid parameter Outputs.TaskOutputs.0.Output: ${message}`,
      Issues: [{ path: 'Outputs.TaskOutputs.0.Output', message }],
    });
  });
});
