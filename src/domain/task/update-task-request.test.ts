import { describe, expect, it } from 'vitest';
import { DEMO_SCHEDULES } from '../../server/emulator/demo-project.ts';
import { isDateTimeText } from './date-time-text.ts';
import { UpdateTaskRequestSchema, type UpdateTaskRequestInput } from './update-task-request.ts';

const ID = '7002918273648500132';

function issuesOf(request: Omit<UpdateTaskRequestInput, 'Id'>) {
  const result = UpdateTaskRequestSchema.safeParse({ Id: ID, ...request });
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function expectIssue(request: Omit<UpdateTaskRequestInput, 'Id'>, path: string, message: string | RegExp) {
  const issues = issuesOf(request);
  expect(issues.map((i) => i.path)).toContain(path);
  expect(issues.find((i) => i.path === path)?.message).toMatch(message);
}

describe('UpdateTaskRequestSchema', () => {
  it('accepts an Id alone and keeps a 19-digit Id as a string', () => {
    expect(UpdateTaskRequestSchema.parse({ Id: ID })).toEqual({ Id: ID });
  });

  it('refuses unknown parameters', () => {
    expect(UpdateTaskRequestSchema.safeParse({ Id: ID, Priority: 1 }).success).toBe(false);
  });

  describe('general', () => {
    it('requires a Name that is not blank and at most 128 characters', () => {
      expectIssue({ Name: '  ' }, 'Name', 'is required');
      expectIssue({ Name: 'x'.repeat(129) }, 'Name', 'must be at most 128 characters');
      expect(UpdateTaskRequestSchema.parse({ Id: ID, Name: ' ods_x ' }).Name).toBe('ods_x');
    });

    it('accepts an empty Description (it clears it) and limits it to 1024 characters', () => {
      expect(issuesOf({ Description: '' })).toEqual([]);
      expectIssue({ Description: 'x'.repeat(1025) }, 'Description', 'must be at most 1024 characters');
    });

    it('requires the Owner account ID, digits only, at most 64 characters', () => {
      expectIssue({ Owner: '' }, 'Owner', 'is required');
      for (const bad of ['1107 5500', 'zhangsan', '张伟', '1107550004253538a', '-1', '1e5'])
        expectIssue({ Owner: bad }, 'Owner', 'must be an account ID written with digits only');
      expect(UpdateTaskRequestSchema.parse({ Id: ID, Owner: ' 1107550004253538 ' }).Owner).toBe(
        '1107550004253538',
      );
      expectIssue({ Owner: '1'.repeat(65) }, 'Owner', 'must be at most 64 characters');
    });

    it('knows the EnvType and InstanceMode values', () => {
      expect(issuesOf({ EnvType: 'Dev', InstanceMode: 'Immediately' })).toEqual([]);
      expect(issuesOf({ EnvType: 'Test' as 'Dev' }).map((i) => i.path)).toEqual(['EnvType']);
      expect(issuesOf({ InstanceMode: 'T+2' as 'T+1' }).map((i) => i.path)).toEqual(['InstanceMode']);
    });

    it('takes Timeout 0 (no forced timeout) or 3600 to 604800 seconds', () => {
      for (const ok of [0, 3600, 7200, 604800]) expect(issuesOf({ Timeout: ok })).toEqual([]);
      for (const bad of [1, 3599, 604801, -1])
        expectIssue({ Timeout: bad }, 'Timeout', 'must be 0 (no timeout) or between 3600 and 604800 seconds');
      expectIssue({ Timeout: 3600.5 }, 'Timeout', 'must be a whole number of seconds');
      expectIssue({ Timeout: Number.NaN }, 'Timeout', 'must be a number of seconds');
    });

    it('takes a ClientUniqueCode of 1 to 128 characters', () => {
      expectIssue({ ClientUniqueCode: '' }, 'ClientUniqueCode', 'must not be empty');
      expectIssue(
        { ClientUniqueCode: 'x'.repeat(129) },
        'ClientUniqueCode',
        'must be at most 128 characters',
      );
    });
  });

  describe('rerun', () => {
    it('knows the RerunMode values', () => {
      expect(issuesOf({ RerunMode: 'FailureAllowed' })).toEqual([]);
      expect(issuesOf({ RerunMode: 'Sometimes' as 'AllAllowed' }).map((i) => i.path)).toEqual(['RerunMode']);
    });

    it('takes RerunTimes from 0 to 10, whole', () => {
      expectIssue({ RerunTimes: -1 }, 'RerunTimes', 'must be 0 or more');
      expectIssue({ RerunTimes: 11 }, 'RerunTimes', 'must be at most 10');
      expectIssue({ RerunTimes: 1.5 }, 'RerunTimes', 'must be a whole number');
      expectIssue({ RerunTimes: Number.NaN }, 'RerunTimes', 'must be a number');
    });

    it('keeps RerunTimes sent with AllDenied: it is documented as having no effect, not as refused', () => {
      expect(issuesOf({ RerunMode: 'AllDenied', RerunTimes: 3 })).toEqual([]);
    });

    it('takes RerunInterval in whole milliseconds up to 1800000 (30 minutes)', () => {
      expect(issuesOf({ RerunInterval: 1_800_000 })).toEqual([]);
      expectIssue({ RerunInterval: 1_800_001 }, 'RerunInterval', 'must not exceed 1800000 ms (30 minutes)');
      expectIssue({ RerunInterval: -1 }, 'RerunInterval', 'must be 0 or more');
      expectIssue({ RerunInterval: 1.5 }, 'RerunInterval', 'must be a whole number of milliseconds');
      expectIssue({ RerunInterval: Number.NaN }, 'RerunInterval', 'must be a number of milliseconds');
    });
  });

  it('limits Script.Parameters to 4096 characters and accepts any Content', () => {
    expect(issuesOf({ Script: { Content: 'SELECT 1;\n', Parameters: 'a=$bizdate' } })).toEqual([]);
    expectIssue({ Script: { Parameters: 'x'.repeat(4097) } }, 'Script.Parameters', 'at most 4096');
  });

  describe('trigger', () => {
    it('needs six cron fields', () => {
      expect(issuesOf({ Trigger: { Cron: '00 00 02 * * ?' } })).toEqual([]);
      expectIssue({ Trigger: { Cron: '0 2 * * *' } }, 'Trigger.Cron', 'expected 6');
    });

    it("refuses what DataWorks refuses, with the first error's field and position", () => {
      expectIssue({ Trigger: { Cron: '30 00 02 * * ?' } }, 'Trigger.Cron', /^Second: '30' at position 1/);
      expectIssue({ Trigger: { Cron: '00 */2 * * * ?' } }, 'Trigger.Cron', /^Minute: .* every 5 minutes/);
      expectIssue({ Trigger: { Cron: '00 00 02 * * ? 2030' } }, 'Trigger.Cron', /^Year/);
      expectIssue({ Trigger: { Cron: '00 00 02 1 * MON' } }, 'Trigger.Cron', /./);
    });

    it('accepts a numeric weekday (only a warning) and every demo schedule', () => {
      expect(issuesOf({ Trigger: { Cron: '00 00 09 ? * 2' } })).toEqual([]);
      for (const cron of Object.values(DEMO_SCHEDULES).flat())
        expect(issuesOf({ Trigger: { Cron: cron } })).toEqual([]);
    });

    it('needs a cron when Type is Scheduler, but not when Manual', () => {
      expectIssue({ Trigger: { Type: 'Scheduler' } }, 'Trigger.Cron', 'is required when Type is Scheduler');
      expect(issuesOf({ Trigger: { Type: 'Manual' } })).toEqual([]);
    });

    it('writes StartTime and EndTime yyyy-mm-dd hh:mm:ss, on real dates, start before end', () => {
      expectIssue(
        { Trigger: { StartTime: '2025-02-30 00:00:00' } },
        'Trigger.StartTime',
        'yyyy-mm-dd hh:mm:ss',
      );
      expectIssue({ Trigger: { EndTime: '2025-01-01T00:00:00' } }, 'Trigger.EndTime', 'yyyy-mm-dd hh:mm:ss');
      expectIssue(
        { Trigger: { StartTime: '2025-01-02 00:00:00', EndTime: '2025-01-01 00:00:00' } },
        'Trigger.EndTime',
        'must be after StartTime',
      );
      expect(isDateTimeText('2024-02-29 23:59:59')).toBe(true);
      expect(isDateTimeText('2024-01-01 24:00:00')).toBe(false);
    });

    it('takes the CycleType that follows from the cron, and refuses the other', () => {
      expect(issuesOf({ Trigger: { Cron: '00 00 */2 * * ?', CycleType: 'NotDaily' } })).toEqual([]);
      expectIssue(
        { Trigger: { Cron: '00 30 02 * * ?', CycleType: 'NotDaily' } },
        'Trigger.CycleType',
        'must be Daily for this cron',
      );
    });

    it('knows the Type and Recurrence values', () => {
      expect(issuesOf({ Trigger: { Type: 'Cron' as 'Manual' } }).map((i) => i.path)).toEqual([
        'Trigger.Type',
      ]);
      expect(issuesOf({ Trigger: { Recurrence: 'Once' as 'Normal' } }).map((i) => i.path)).toEqual([
        'Trigger.Recurrence',
      ]);
    });
  });

  it('takes Cu as a positive decimal string', () => {
    expect(issuesOf({ RuntimeResource: { Cu: '0.25' } })).toEqual([]);
    expectIssue(
      { RuntimeResource: { Cu: 'abc' } },
      'RuntimeResource.Cu',
      'must be a decimal number of compute units',
    );
    expectIssue({ RuntimeResource: { Cu: '0' } }, 'RuntimeResource.Cu', 'must be greater than 0');
    expectIssue(
      { RuntimeResource: { ResourceGroupId: 'x'.repeat(257) } },
      'RuntimeResource.ResourceGroupId',
      'at most 256',
    );
    expectIssue({ RuntimeResource: { Image: 'x'.repeat(257) } }, 'RuntimeResource.Image', 'at most 256');
  });

  it('limits DataSource.Name to 256 characters', () => {
    expectIssue({ DataSource: { Name: 'x'.repeat(257) } }, 'DataSource.Name', 'at most 256');
  });

  describe.each(['Inputs', 'Outputs'] as const)('%s.Variables', (where) => {
    const variables = (list: unknown[]) =>
      ({ [where]: { Variables: list } }) as Omit<UpdateTaskRequestInput, 'Id'>;
    const at = (row: number, field: string) => `${where}.Variables.${row}.${field}`;

    it('requires a Type', () => {
      expectIssue(variables([{ Name: 'a', Value: 'b' }]), at(0, 'Type'), 'is required: one of Constant');
    });

    it('requires a Name except for System variables, without spaces, unique', () => {
      expectIssue(
        variables([{ Type: 'Constant', Value: 'x' }]),
        at(0, 'Name'),
        'is required for this variable type',
      );
      expect(issuesOf(variables([{ Type: 'System', Value: '$bizdate' }]))).toEqual([]);
      expectIssue(
        variables([{ Name: 'a b', Type: 'Constant', Value: 'x' }]),
        at(0, 'Name'),
        'must not contain spaces',
      );
      expectIssue(
        variables([
          { Name: 'a', Type: 'Constant', Value: 'x' },
          { Name: 'a', Type: 'Constant', Value: 'y' },
        ]),
        at(1, 'Name'),
        'variable name "a" is already used in row 1',
      );
    });

    it('requires a value for a Constant', () => {
      expectIssue(
        variables([{ Name: 'a', Type: 'Constant', Value: '' }]),
        at(0, 'Value'),
        'a Constant needs a value',
      );
    });

    it('takes a scheduling parameter as a System value', () => {
      for (const ok of ['$bizdate', '$cyctime', '${yyyymmdd}', '$[yyyymmdd-1]', '$[hh24mi-1/24]'])
        expect(issuesOf(variables([{ Name: 'a', Type: 'System', Value: ok }])), ok).toEqual([]);
      for (const bad of ['bizdate', '', '$ bizdate', '${a b}'])
        expectIssue(
          variables([{ Name: 'a', Type: 'System', Value: bad }]),
          at(0, 'Value'),
          'must be a scheduling parameter',
        );
    });

    it('takes an empty value or a ${...} reference for PassThrough and NodeOutput', () => {
      for (const type of ['PassThrough', 'NodeOutput']) {
        expect(issuesOf(variables([{ Name: 'a', Type: type, Value: '${outputs}' }]))).toEqual([]);
        expect(issuesOf(variables([{ Name: 'a', Type: type, Value: '' }]))).toEqual([]);
        expectIssue(variables([{ Name: 'a', Type: type, Value: 'outputs' }]), at(0, 'Value'), 'a reference');
      }
    });

    it('limits names to 128 and values to 4096 characters', () => {
      expectIssue(
        variables([{ Name: 'x'.repeat(129), Type: 'Constant', Value: 'v' }]),
        at(0, 'Name'),
        'at most 128',
      );
      expectIssue(
        variables([{ Name: 'a', Type: 'Constant', Value: 'x'.repeat(4097) }]),
        at(0, 'Value'),
        'at most 4096',
      );
    });
  });

  it('takes task outputs written project.output_name, each once', () => {
    expect(issuesOf({ Outputs: { TaskOutputs: [{ Output: 'retail_dw.ods_x' }] } })).toEqual([]);
    expectIssue(
      { Outputs: { TaskOutputs: [{ Output: 'ods_x' }] } },
      'Outputs.TaskOutputs.0.Output',
      'must be an output identifier such as project.output_name',
    );
    expectIssue(
      { Outputs: { TaskOutputs: [{ Output: 'p.a' }, { Output: 'p.a' }] } },
      'Outputs.TaskOutputs.1.Output',
      'output "p.a" is already used in row 1',
    );
  });

  describe('dependencies', () => {
    it('requires a Type', () => {
      expectIssue({ Dependencies: [{ UpstreamTaskId: '1' } as never] }, 'Dependencies.0.Type', 'is required');
    });

    it('a Normal dependency names exactly one of UpstreamOutput or UpstreamTaskId', () => {
      expect(issuesOf({ Dependencies: [{ Type: 'Normal', UpstreamOutput: 'p.a' }] })).toEqual([]);
      expect(issuesOf({ Dependencies: [{ Type: 'Normal', UpstreamTaskId: ID }] })).toEqual([]);
      for (const dep of [{}, { UpstreamOutput: 'p.a', UpstreamTaskId: '1' }])
        expectIssue(
          { Dependencies: [{ Type: 'Normal', ...dep }] },
          'Dependencies.0.UpstreamOutput',
          'a Normal dependency names exactly one of UpstreamOutput or UpstreamTaskId',
        );
    });

    it('CrossCycleDependsOnOtherNode needs UpstreamTaskId and no UpstreamOutput', () => {
      expectIssue(
        { Dependencies: [{ Type: 'CrossCycleDependsOnOtherNode' }] },
        'Dependencies.0.UpstreamTaskId',
        'is required for CrossCycleDependsOnOtherNode',
      );
      expectIssue(
        {
          Dependencies: [
            { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: '1', UpstreamOutput: 'p.a' },
          ],
        },
        'Dependencies.0.UpstreamOutput',
        'is not used with CrossCycleDependsOnOtherNode',
      );
    });

    it.each(['CrossCycleDependsOnSelf', 'CrossCycleDependsOnChildren'] as const)(
      '%s takes neither field',
      (Type) => {
        expect(issuesOf({ Dependencies: [{ Type }] })).toEqual([]);
        expectIssue(
          { Dependencies: [{ Type, UpstreamOutput: 'p.a' }] },
          'Dependencies.0.UpstreamOutput',
          'is not used',
        );
        expectIssue(
          { Dependencies: [{ Type, UpstreamTaskId: '1' }] },
          'Dependencies.0.UpstreamTaskId',
          'is not used',
        );
      },
    );

    it('keeps UpstreamTaskId a string of digits, refuses other text, and refuses duplicates', () => {
      const parsed = UpdateTaskRequestSchema.parse({
        Id: ID,
        Dependencies: [{ Type: 'Normal', UpstreamTaskId: ID }],
      });
      expect(parsed.Dependencies?.[0]?.UpstreamTaskId).toBe(ID);
      expectIssue(
        { Dependencies: [{ Type: 'Normal', UpstreamTaskId: '12a' }] },
        'Dependencies.0.UpstreamTaskId',
        'digits only',
      );
      expectIssue(
        { Dependencies: [{ Type: 'Normal', UpstreamOutput: ' ' }] },
        'Dependencies.0.UpstreamOutput',
        'must not be empty',
      );
      expectIssue(
        {
          Dependencies: [
            { Type: 'Normal', UpstreamTaskId: '1' },
            { Type: 'Normal', UpstreamTaskId: '1' },
          ],
        },
        'Dependencies.1.Type',
        'repeats the dependency in row 1',
      );
    });
  });

  it('requires a unique tag Key of at most 128 characters; Value at most 256', () => {
    expectIssue({ Tags: [{ Key: '' }] }, 'Tags.0.Key', 'is required');
    expectIssue({ Tags: [{ Key: 'x'.repeat(129) }] }, 'Tags.0.Key', 'must be at most 128 characters');
    expectIssue({ Tags: [{ Key: 'a', Value: 'x'.repeat(257) }] }, 'Tags.0.Value', 'at most 256');
    expectIssue(
      { Tags: [{ Key: 'a' }, { Key: 'a', Value: 'b' }] },
      'Tags.1.Key',
      'tag key "a" is already used in row 1',
    );
  });
});
