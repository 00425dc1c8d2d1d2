import { describe, expect, it } from 'vitest';
import type { Task } from '../task/task.ts';
import { checkOperations, SETTABLE_PATHS, type BatchOperation } from './batch-operations.ts';
import { planBatch, type BatchPlan, type ChangedTask, type RefusedTask } from './plan-batch.ts';
import { withTimeOfDay } from './time-of-day.ts';

// 2026-11-20 10:00 in Asia/Shanghai.
const NOW = new Date('2026-11-20T02:00:00Z');
const SETTINGS = { weekdays: 'spring', timeZone: 'Asia/Shanghai' } as const;

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    Id: id,
    Name: `task_${id}`,
    Owner: '1107550004253538',
    ProjectId: '530876',
    InstanceMode: 'T+1',
    Timeout: 3600,
    RerunMode: 'AllAllowed',
    RerunTimes: 3,
    RerunInterval: 120,
    Script: { Content: 'select 1;', Parameters: 'bizdate=$bizdate' },
    Trigger: {
      Type: 'Scheduler',
      Recurrence: 'Normal',
      Cron: '00 00 00 * * ?',
      StartTime: '1970-01-01 00:00:00',
      EndTime: '9999-01-01 00:00:00',
    },
    RuntimeResource: { ResourceGroupId: 'S_res_group_old', Image: '', Cu: '0.5' },
    DataSource: { Name: 'odps_retail' },
    Dependencies: [{ Type: 'Normal', UpstreamOutput: 'retail_dw.up' }],
    Tags: [{ Key: 'layer', Value: 'ods' }],
    ModifyTime: 1_700_000_000_000,
    ...overrides,
  };
}

const cron = (c: string) => ({ Trigger: { ...task('0').Trigger, Cron: c } });

function plan(
  tasks: Task[],
  operations: BatchOperation[],
  options: { comment?: string; chunkSize?: number } = {},
) {
  const result = planBatch({ tasks, operations, now: NOW, settings: SETTINGS, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const changed = (p: BatchPlan, id: string) => p.tasks.find((t) => t.id === id) as ChangedTask;
const refused = (p: BatchPlan, id: string) => p.tasks.find((t) => t.id === id) as RefusedTask;

describe('set a value', () => {
  it('changes only that key, sent whole as the batch carries it, with the before-values of the same keys', () => {
    const p = plan(
      [task('1'), task('2', { RuntimeResource: { ResourceGroupId: 'Serverless_new', Cu: '0.5' } })],
      [{ kind: 'set', path: 'RuntimeResource.ResourceGroupId', value: 'Serverless_new' }],
    );
    expect(p.totals).toEqual({ selected: 2, changed: 1, unchanged: 1, refused: 0 });
    const one = changed(p, '1');
    expect(one.changedKeys).toEqual(['RuntimeResource']);
    expect(one.request).toEqual({
      Id: '1',
      RuntimeResource: { ResourceGroupId: 'Serverless_new', Image: '', Cu: '0.5' },
    });
    expect(one.before).toEqual({
      Id: '1',
      RuntimeResource: { ResourceGroupId: 'S_res_group_old', Image: '', Cu: '0.5' },
    });
    expect(one.modifyTime).toBe(1_700_000_000_000);
    expect(one.diff.sections.map((s) => s.section)).toEqual(['runtime-resource']);
    expect(one.diff.changed).toBe(1);
    expect(p.tasks[1]!.status).toBe('unchanged');
  });

  it('takes RerunInterval in the form’s milliseconds and sends seconds; a part of a second is refused', () => {
    const p = plan([task('1')], [{ kind: 'set', path: 'RerunInterval', value: 300_000 }]);
    expect(changed(p, '1').request).toEqual({ Id: '1', RerunInterval: 300 });
    expect(changed(p, '1').before).toEqual({ Id: '1', RerunInterval: 120 });
    expect(checkOperations([{ kind: 'set', path: 'RerunInterval', value: 1_500 }])).toEqual([
      { code: 'invalid', index: 0, path: 'RerunInterval', message: 'must be a whole number of seconds' },
    ]);
  });

  it("checks a value by the single-task form's rule, before any task is planned", () => {
    const result = planBatch({
      tasks: [task('1')],
      operations: [
        { kind: 'set', path: 'Timeout', value: 100 },
        { kind: 'set', path: 'Owner', value: 'zhangsan' },
        { kind: 'set', path: 'Name' as never, value: 'same for all' },
        { kind: 'add-tag', key: ' ' },
        { kind: 'set-cron', cron: '00 00 25 * * ?' },
        { kind: 'set-time-of-day', hour: 24, minute: 0 },
        { kind: 'set-recurrence', recurrence: 'Sometimes' as never },
      ],
      now: NOW,
      settings: SETTINGS,
      comment: 'bell \u0007',
      chunkSize: 101,
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, 'index' in i ? i.index : null, 'path' in i ? i.path : null])).toEqual([
      ['invalid', 0, 'Timeout'],
      ['invalid', 1, 'Owner'],
      ['not-settable', 2, 'Name'],
      ['invalid', 3, 'Tags.Key'],
      ['invalid', 4, 'Trigger.Cron'],
      ['invalid', 5, 'hour'],
      ['conflict', 5, null],
      ['invalid', 6, 'Trigger.Recurrence'],
      ['invalid-comment', null, null],
      ['invalid-chunk-size', null, null],
    ]);
  });

  it('refuses a task whose change breaks a rule that spans its members, and plans the others', () => {
    const ended = task('2', { Trigger: { ...task('2').Trigger, EndTime: '2020-01-01 00:00:00' } });
    const p = plan(
      [task('1'), ended],
      [{ kind: 'set', path: 'Trigger.StartTime', value: '2025-01-01 00:00:00' }],
    );
    expect(p.totals).toMatchObject({ changed: 1, refused: 1 });
    expect(refused(p, '2').reasons).toEqual([
      { code: 'invalid-value', issues: [{ path: 'Trigger.EndTime', message: 'must be after StartTime' }] },
    ]);
  });

  it('lets set reach every path a batch carries but the Id, EnvType, Name and those with their own operation', () => {
    expect(SETTABLE_PATHS).toEqual([
      'Description',
      'Owner',
      'Timeout',
      'RerunMode',
      'RerunTimes',
      'RerunInterval',
      'Trigger.Type',
      'Trigger.StartTime',
      'Trigger.EndTime',
      'RuntimeResource.ResourceGroupId',
      'RuntimeResource.Image',
      'RuntimeResource.Cu',
      'DataSource.Name',
    ]);
  });
});

describe('tags', () => {
  it('adds a tag, sets the value where the key is held, removes by key, and leaves a task already so unchanged', () => {
    const tagged = task('2', {
      Tags: [
        { Key: 'layer', Value: 'ods' },
        { Key: 'sla', Value: 'P2' },
      ],
    });
    const done = task('3', { Tags: [{ Key: 'sla', Value: 'P1' }] });
    const p = plan(
      [task('1'), tagged, done],
      [
        { kind: 'add-tag', key: 'sla', value: 'P1' },
        { kind: 'remove-tag', key: 'layer' },
      ],
    );
    expect(changed(p, '1').request).toEqual({ Id: '1', Tags: [{ Key: 'sla', Value: 'P1' }] });
    expect(changed(p, '2').request).toEqual({ Id: '2', Tags: [{ Key: 'sla', Value: 'P1' }] });
    expect(p.tasks[2]!.status).toBe('unchanged');
  });

  it('refuses adding and removing the same key in one batch', () => {
    expect(
      checkOperations([
        { kind: 'add-tag', key: 'sla', value: 'P1' },
        { kind: 'remove-tag', key: 'sla' },
      ]),
    ).toEqual([{ code: 'conflict', index: 1, other: 0, target: 'Tags.sla' }]);
  });
});

describe('time of day', () => {
  it('moves a daily, weekly, monthly and yearly task to 02:30, keeping its days as written', () => {
    const crons = [
      '00 00 00 * * ?',
      '00 00 03 ? * MON,THU',
      '00 00 04 L * ?',
      '00 00 00 1 1,4,7,10 ?',
      '0 15 6 ? * 2',
    ];
    const p = plan(
      crons.map((c, i) => task(String(i + 1), cron(c))),
      [{ kind: 'set-time-of-day', hour: 2, minute: 30 }],
    );
    expect(p.tasks.map((t) => (t as ChangedTask).request.Trigger?.Cron)).toEqual([
      '00 30 02 * * ?',
      '00 30 02 ? * MON,THU',
      '00 30 02 L * ?',
      '00 30 02 1 1,4,7,10 ?',
      '0 30 02 ? * 2',
    ]);
    // The whole Trigger goes, as it is, with the new cron: no CycleType, which a batch cannot carry.
    expect(changed(p, '1').request.Trigger).toEqual({
      Type: 'Scheduler',
      Recurrence: 'Normal',
      Cron: '00 30 02 * * ?',
      StartTime: '1970-01-01 00:00:00',
      EndTime: '9999-01-01 00:00:00',
    });
  });

  it('refuses a minute or hourly task with the reason, a manual one, and leaves a task at that time unchanged', () => {
    const p = plan(
      [
        task('1', cron('00 */5 00-23 * * ?')),
        task('2', cron('00 00 08-20/2 * * ?')),
        task('3', { Trigger: { ...task('3').Trigger, Type: 'Manual' } }),
        task('4', cron('00 30 02 * * ?')),
      ],
      [{ kind: 'set-time-of-day', hour: 2, minute: 30 }],
    );
    expect(refused(p, '1').reasons).toEqual([
      { code: 'sub-daily', mode: 'minute', cron: '00 */5 00-23 * * ?' },
    ]);
    expect(refused(p, '2').reasons).toEqual([
      { code: 'sub-daily', mode: 'hourly', cron: '00 00 08-20/2 * * ?' },
    ]);
    expect(refused(p, '3').reasons).toEqual([{ code: 'manual-trigger', operation: 'set-time-of-day' }]);
    expect(p.tasks[3]!.status).toBe('unchanged');
    expect(p.totals).toEqual({ selected: 4, changed: 0, unchanged: 1, refused: 3 });
  });

  it('refuses a cron that does not parse, and one firing several times within the day', () => {
    expect(withTimeOfDay('every day at noon', { hour: 1, minute: 0 }, 'spring')).toMatchObject({
      ok: false,
      refusal: { code: 'cron-unreadable' },
    });
    expect(withTimeOfDay('0,30 00 02 * * ?', { hour: 1, minute: 0 }, 'spring')).toMatchObject({
      ok: false,
      refusal: { code: 'sub-daily', mode: 'other' },
    });
  });
});

describe('whole cron and recurrence', () => {
  it('sets a whole cron, refusing a move between Daily and NotDaily, which needs CycleType', () => {
    const p = plan(
      [task('1'), task('2', cron('00 00 08-20/2 * * ?'))],
      [{ kind: 'set-cron', cron: '00 00 03 ? * MON' }],
    );
    expect(changed(p, '1').request.Trigger?.Cron).toBe('00 00 03 ? * MON');
    expect(refused(p, '2').reasons).toEqual([
      { code: 'cycle-type-change', before: 'NotDaily', after: 'Daily' },
    ]);
  });

  it('pauses, dry-runs and resumes scheduled tasks, not manual ones', () => {
    const manual = task('9', { Trigger: { ...task('9').Trigger, Type: 'Manual' } });
    for (const recurrence of ['Pause', 'Skip', 'Normal'] as const) {
      const paused = task('2', { Trigger: { ...task('2').Trigger, Recurrence: 'Pause' } });
      const p = plan([task('1'), paused, manual], [{ kind: 'set-recurrence', recurrence }]);
      const statuses = p.tasks.map((t) => t.status);
      expect(statuses[2]).toBe('refused');
      if (recurrence === 'Normal') expect(statuses.slice(0, 2)).toEqual(['unchanged', 'changed']);
      if (recurrence === 'Pause') expect(statuses.slice(0, 2)).toEqual(['changed', 'unchanged']);
      if (recurrence === 'Skip') expect(statuses.slice(0, 2)).toEqual(['changed', 'changed']);
      for (const t of p.tasks)
        if (t.status === 'changed') expect(t.request.Trigger?.Recurrence).toBe(recurrence);
    }
  });
});

describe('callouts across the batch', () => {
  it('counts the tasks behind each warning: reruns lost, more frequent, paused, owner changed', () => {
    const denied = task('3', { RerunMode: 'AllDenied' });
    const hourlyAlready = task('4', cron('00 00 */1 * * ?'));
    const reruns = plan(
      [task('1'), task('2'), denied],
      [{ kind: 'set', path: 'RerunMode', value: 'AllDenied' }],
    );
    expect(reruns.callouts).toEqual([{ code: 'reruns-disabled', count: 2, taskIds: ['1', '2'] }]);

    const often = plan(
      [task('1'), task('2'), hourlyAlready],
      [{ kind: 'set-cron', cron: '00 00 */2 * * ?' }],
    );
    // Tasks 1 and 2 are daily: refused (Daily to NotDaily). Task 4 runs hourly and now every 2 hours: fewer runs.
    expect(often.totals).toMatchObject({ changed: 1, refused: 2 });
    expect(often.callouts).toEqual([]);

    const weekly = task('5', cron('00 00 03 ? * MON'));
    const daily = plan(
      [weekly, task('6', cron('00 00 03 ? * TUE'))],
      [{ kind: 'set-cron', cron: '00 00 03 * * ?' }],
    );
    expect(daily.callouts).toEqual([{ code: 'more-frequent', count: 2, taskIds: ['5', '6'] }]);

    const handover = plan(
      [task('1'), task('2')],
      [
        { kind: 'set-recurrence', recurrence: 'Pause' },
        { kind: 'set', path: 'Owner', value: '207413640512347165' },
      ],
    );
    expect(handover.callouts).toEqual([
      { code: 'paused', count: 2, taskIds: ['1', '2'] },
      { code: 'owner-changed', count: 2, taskIds: ['1', '2'] },
    ]);
    expect(changed(handover, '1').callouts).toContainEqual({
      kind: 'owner-changed',
      before: '1107550004253538',
      after: '207413640512347165',
    });
  });

  it('warns about nothing the batch cannot change (an Immediately task keeps its mode; dependencies stay)', () => {
    const immediately = task('1', { InstanceMode: 'Immediately' });
    const p = plan([immediately], [{ kind: 'set', path: 'Description', value: 'new' }]);
    expect(p.callouts).toEqual([]);
    expect(changed(p, '1').changedKeys).toEqual(['Description']);
  });
});

describe('chunks and totals', () => {
  it('chunks the changed tasks only, by the size asked, each with the comment and its CLI command', () => {
    const tasks = Array.from({ length: 7 }, (_, i) => task(String(i + 1)));
    tasks.push(task('7002918273648500132'));
    tasks.push(task('1')); // selected twice
    const p = plan(tasks, [{ kind: 'set', path: 'Owner', value: '207413640512347165' }], {
      comment: "owner's handover",
      chunkSize: 3,
    });
    expect(p.totals).toEqual({ selected: 9, changed: 8, unchanged: 0, refused: 1 });
    expect(refused(p, '1')).toBeDefined();
    expect(p.tasks[8]).toMatchObject({ status: 'refused', reasons: [{ code: 'duplicate-task' }] });
    expect(p.chunks.map((c) => c.taskIds)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '7002918273648500132'],
    ]);
    expect(p.chunks[2]!.request).toEqual({
      Comment: "owner's handover",
      Tasks: [
        { Id: '7', Owner: '207413640512347165' },
        { Id: '7002918273648500132', Owner: '207413640512347165' },
      ],
    });
    expect(p.chunks[2]!.cli).toBe(
      "aliyun dataworks-public BatchUpdateTasks --region cn-shanghai --version 2024-05-18 --Comment 'owner'\\''s handover' " +
        `--Tasks '[{"Id":7,"Owner":"207413640512347165"},{"Id":7002918273648500132,"Owner":"207413640512347165"}]'`,
    );
  });

  it('uses 50 a call unless told, and sends no Comment when there is none', () => {
    const tasks = Array.from({ length: 120 }, (_, i) => task(String(i + 1)));
    const p = plan(tasks, [{ kind: 'set', path: 'Description', value: 'x' }]);
    expect(p.chunkSize).toBe(50);
    expect(p.chunks.map((c) => c.taskIds.length)).toEqual([50, 50, 20]);
    expect(p.chunks[0]!.request).not.toHaveProperty('Comment');
  });
});
