import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toFormString } from 'node:querystring';
import { toTasksJson } from '#domain/task/batch-update-request';
import { CAPTURED_UPDATE_TASK_BODY } from './sign-request.test.ts';
import { parseDataWorksJson, parseLosslessly, stringifyWithNumericIds } from './lossless-json.ts';
import { fromFormBody, toWireRequest } from './wire-format.ts';

describe('toWireRequest', () => {
  it("lays out UpdateTask byte for byte as the official client's captured request", () => {
    const wire = toWireRequest('UpdateTask', {
      Id: '1234',
      Name: 'SQL节点 demo',
      Owner: '1000',
      RerunMode: 'AllAllowed',
      RerunTimes: 3,
      RerunInterval: 60000,
      Timeout: 3600,
      Script: { Parameters: 'para1=$bizdate' },
      Trigger: {
        Type: 'Scheduler',
        Cron: '00 00 00 * * ?',
        StartTime: '1970-01-01 00:00:00',
        EndTime: '9999-01-01 00:00:00',
        Recurrence: 'Normal',
      },
      Dependencies: [
        { Type: 'Normal', UpstreamOutput: 'pre.odps_sql_demo_0' },
        { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: '5678' },
      ],
      Inputs: { Variables: [{ Name: 'key1', Type: 'Constant', Value: 'value1' }] },
    });
    expect(wire).toEqual({ method: 'POST', query: {}, body: CAPTURED_UPDATE_TASK_BODY });
  });

  it('puts GetTask parameters in the query and sends no body', () => {
    expect(toWireRequest('GetTask', { Id: '1234', ProjectEnv: 'Prod' })).toEqual({
      method: 'GET',
      query: { Id: '1234', ProjectEnv: 'Prod' },
      body: '',
    });
  });

  it('writes 19-digit IDs as exact JSON numbers inside JSON-text parameters', () => {
    const wire = toWireRequest('ListTasks', { ProjectId: '530876', Ids: ['7002918273648500132', '12'] });
    expect(fromFormBody(wire.body).Ids).toBe('[7002918273648500132,12]');
    const update = toWireRequest('UpdateTask', {
      Id: '7002918273648500132',
      Dependencies: [{ Type: 'Normal', UpstreamTaskId: '9007199254740993' }],
    });
    const params = fromFormBody(update.body);
    expect(params.Id).toBe('7002918273648500132');
    expect(params.Dependencies).toBe('[{"Type":"Normal","UpstreamTaskId":9007199254740993}]');
  });
});

describe('BatchUpdateTasks on the wire', () => {
  it("is the SDK's form body: Comment, then Tasks as JSON text with each Id a bare number of every digit", () => {
    const tasks = [
      {
        Id: '7002918273648500132',
        Owner: '1107550004253538',
        RuntimeResource: { ResourceGroupId: 'S_res_group_1' },
      },
      { Id: '700004500037', RerunInterval: 60, Tags: [{ Key: 'layer', Value: 'ods' }] },
    ];
    const wire = toWireRequest('BatchUpdateTasks', { Comment: 'move 2 tasks', Tasks: tasks });
    const tasksText =
      '[{"Id":7002918273648500132,"Owner":"1107550004253538","RuntimeResource":{"ResourceGroupId":"S_res_group_1"}},' +
      '{"Id":700004500037,"RerunInterval":60,"Tags":[{"Key":"layer","Value":"ods"}]}]';
    expect(wire).toEqual({
      method: 'POST',
      query: {},
      body: toFormString({ Comment: 'move 2 tasks', Tasks: tasksText }),
    });
    // The CLI command's Tasks text (domain) is the same text.
    expect(toTasksJson(tasks)).toBe(tasksText);
  });
});

describe('lossless JSON', () => {
  it('keeps every digit of IDs past 2^53 and reads other numbers as numbers', () => {
    const parsed = parseDataWorksJson(
      '{"Task":{"Id":7002918273648500132,"ProjectId":530876,"Timeout":3600,"Cu":"0.5","RerunInterval":60,"Ratio":0.25,"Dependencies":[{"UpstreamTaskId":"9007199254740993"}]},"Ids":[9007199254740993]}',
    );
    expect(parsed).toEqual({
      Task: {
        Id: '7002918273648500132',
        ProjectId: '530876',
        Timeout: 3600,
        Cu: '0.5',
        RerunInterval: 60,
        Ratio: 0.25,
        Dependencies: [{ UpstreamTaskId: '9007199254740993' }],
      },
      Ids: ['9007199254740993'],
    });
    expect(JSON.parse('{"Id":7002918273648500132}')).not.toEqual({ Id: 7002918273648500132n.toString() });
  });

  it('reads replies without integers of 16 digits the fast way, to the same values as the lossless parser', () => {
    const key = fc.constantFrom(
      'Id',
      'ProjectId',
      'UpstreamTaskId',
      'Ids',
      'Timeout',
      'Ratio',
      'Name',
      'Count',
    );
    const number = fc.oneof(
      fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }),
      fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 100),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        number,
        fc.string(),
        fc.stringMatching(/^\d{16,19}$/), // account IDs, sent as strings
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value), (reply) => {
        const text = JSON.stringify(reply);
        expect(parseDataWorksJson(text)).toEqual(parseLosslessly(text));
      }),
      { numRuns: 500 },
    );
    expect(
      parseDataWorksJson(
        '{"Task":{"Id":700004500000,"ProjectId":530876,"Owner":"1107550004253538"},"Ids":[1,2]}',
      ),
    ).toEqual({
      Task: { Id: '700004500000', ProjectId: '530876', Owner: '1107550004253538' },
      Ids: ['1', '2'],
    });
  });

  it('keeps a large non-ID integer as text rather than rounding it', () => {
    expect(parseDataWorksJson('{"Count":9007199254740993}')).toEqual({ Count: '9007199254740993' });
  });

  it('round-trips IDs through stringify, keeping the keys DataWorks sends as text', () => {
    const text = stringifyWithNumericIds(
      { Id: '7002918273648500132', Dependencies: [{ UpstreamTaskId: '7002918273648500133' }] },
      new Set(['UpstreamTaskId']),
    );
    expect(text).toBe('{"Id":7002918273648500132,"Dependencies":[{"UpstreamTaskId":"7002918273648500133"}]}');
  });
});
