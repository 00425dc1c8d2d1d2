import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../server/emulator/demo-project.ts';
import type { Task } from './task.ts';
import { changedSections, diffTaskForm, toTaskForm, type TaskForm } from './task-form.ts';
import { toUpdateTaskRequest } from './to-update-task-request.ts';
import { UpdateTaskRequestSchema } from './update-task-request.ts';

const ID = '7002918273648500132';

const task: Task = {
  Id: ID,
  Name: 'ods_trade_order_di',
  Description: 'Orders',
  Owner: '1107550004253538',
  EnvType: 'Prod',
  InstanceMode: 'T+1',
  Timeout: 3600,
  RerunMode: 'AllAllowed',
  RerunTimes: 3,
  RerunInterval: 120,
  Script: { Content: 'SELECT 1;', Parameters: 'bizdate=$bizdate' },
  Trigger: {
    Type: 'Scheduler',
    Recurrence: 'Normal',
    Cron: '00 30 02 * * ?',
    StartTime: '1970-01-01 00:00:00',
    EndTime: '9999-01-01 00:00:00',
  },
  RuntimeResource: { ResourceGroupId: 'S_res_group_1', Image: '', Cu: '0.25' },
  DataSource: { Name: 'odps_retail' },
  Inputs: { Variables: [{ Name: 'bizdate', Type: 'System', Value: '$bizdate' }] },
  Outputs: { TaskOutputs: [{ Output: 'retail_dw.ods_trade_order_di' }], Variables: [] },
  Dependencies: [{ Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: '7002918273645500123' }],
  Tags: [{ Key: 'layer', Value: 'ods' }],
};

function save(base: TaskForm, edited: TaskForm) {
  return toUpdateTaskRequest(base, UpdateTaskRequestSchema.parse(edited));
}

describe('toTaskForm', () => {
  it('converts GetTask seconds to UpdateTask milliseconds for RerunInterval', () => {
    expect(toTaskForm(task).RerunInterval).toBe(120_000);
    expect(toTaskForm({ ...task, RerunInterval: 0 }).RerunInterval).toBe(0);
    expect(toTaskForm({ ...task, RerunInterval: undefined }).RerunInterval).toBeUndefined();
  });

  it('keeps a 19-digit UpstreamTaskId as the string of digits GetTask gave', () => {
    const form = toTaskForm(task);
    expect(form.Dependencies?.[0]?.UpstreamTaskId).toBe('7002918273645500123');
    expect(UpdateTaskRequestSchema.parse(form).Dependencies?.[0]?.UpstreamTaskId).toBe('7002918273645500123');
  });

  it('reads EnvType, falling back to the deprecated ProjectEnv, then Prod', () => {
    expect(toTaskForm({ ...task, EnvType: 'Dev' }).EnvType).toBe('Dev');
    expect(toTaskForm({ ...task, EnvType: undefined, ProjectEnv: 'Dev' }).EnvType).toBe('Dev');
    expect(toTaskForm({ ...task, EnvType: undefined }).EnvType).toBe('Prod');
  });

  it('gives absent text that a control edits as empty text, and leaves absent choices unset', () => {
    const form = toTaskForm({
      Id: ID,
      Name: 'bare',
      Inputs: { Variables: [{ Type: 'System' }] },
      Tags: [{ Key: 'k' }],
    });
    expect(form).toMatchObject({
      Description: '',
      Script: { Content: '', Parameters: '' },
      RuntimeResource: { ResourceGroupId: '', Image: '' },
      DataSource: { Name: '' },
      Inputs: { Variables: [{ Name: '', Type: 'System', Value: '' }] },
      Tags: [{ Key: 'k', Value: '' }],
      Trigger: {},
    });
    expect(form.RerunMode).toBeUndefined();
    expect(form.Owner).toBeUndefined();
    expect(form.RuntimeResource?.Cu).toBeUndefined();
  });

  it('never holds a CycleType (GetTask does not return one) and carries a known ClientUniqueCode', () => {
    expect(toTaskForm(task).Trigger).not.toHaveProperty('CycleType');
    expect(toTaskForm({ ...task, ClientUniqueCode: 'Task_1' }).ClientUniqueCode).toBe('Task_1');
    expect(toTaskForm(task)).not.toHaveProperty('ClientUniqueCode');
  });
});

describe('toUpdateTaskRequest', () => {
  const base = toTaskForm(task);

  it('sends nothing when nothing changed', () => {
    expect(save(base, base)).toBeUndefined();
  });

  it('does not count what the schema normalises (trimmed text) as a change', () => {
    const padded = toTaskForm({ ...task, Name: 'ods_trade_order_di ' });
    expect(save(padded, padded)).toBeUndefined();
  });

  it('sends the Id and each changed section whole', () => {
    const edited = structuredClone(base);
    edited.Description = 'New';
    edited.RuntimeResource!.Cu = '0.5';
    expect(save(base, edited)).toEqual({
      Id: ID,
      Description: 'New',
      RuntimeResource: { ResourceGroupId: 'S_res_group_1', Image: '', Cu: '0.5' },
    });
  });

  it('sends an emptied Description as empty text, which clears it', () => {
    expect(save(base, { ...base, Description: '' })).toEqual({ Id: ID, Description: '' });
  });

  it('does not send an emptied number, which UpdateTask cannot express', () => {
    expect(save(base, { ...base, Timeout: undefined })).toBeUndefined();
  });

  it('sends RerunInterval in milliseconds', () => {
    expect(save(base, { ...base, RerunInterval: 300_000 })).toEqual({ Id: ID, RerunInterval: 300_000 });
  });

  it('sends Trigger with the CycleType derived from its cron, replacing a stale one', () => {
    const hourly = {
      ...base,
      Trigger: { ...base.Trigger, Cron: '00 00 00-23/1 * * ?', CycleType: undefined },
    };
    expect(save(base, hourly)?.Trigger).toEqual({
      ...base.Trigger,
      Cron: '00 00 00-23/1 * * ?',
      CycleType: 'NotDaily',
    });
    const daily = { ...base, Trigger: { ...base.Trigger, Recurrence: 'Skip' as const } };
    expect(save(base, daily)?.Trigger?.CycleType).toBe('Daily');
  });

  it('sends a known ClientUniqueCode along with a change, and never alone', () => {
    const withCode = toTaskForm({ ...task, ClientUniqueCode: 'Task_1' });
    expect(save(withCode, withCode)).toBeUndefined();
    expect(save(withCode, { ...withCode, Name: 'x' })).toEqual({
      Id: ID,
      ClientUniqueCode: 'Task_1',
      Name: 'x',
    });
  });

  it('keeps UpstreamTaskId a string in the request', () => {
    const edited = {
      ...base,
      Dependencies: [{ Type: 'Normal' as const, UpstreamTaskId: '7002918273648500139' }],
    };
    expect(save(base, edited)?.Dependencies).toEqual([
      { Type: 'Normal', UpstreamTaskId: '7002918273648500139' },
    ]);
  });

  it('lists the changed sections in the reference order', () => {
    expect(changedSections(base, { ...base, Tags: [], Name: 'y' })).toEqual(['Name', 'Tags']);
  });
});

describe('diffTaskForm', () => {
  it('lists changes by parameter path, rows by index', () => {
    const base = toTaskForm(task);
    const edited = structuredClone(base);
    edited.Trigger!.Cron = '00 00 03 * * ?';
    edited.Inputs!.Variables!.push({ Name: 'region', Type: 'Constant', Value: 'cn-hangzhou' });
    edited.Tags = [];
    expect(diffTaskForm(base, edited).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'Inputs.Variables.1.Name', before: undefined, after: 'region' },
      { path: 'Inputs.Variables.1.Type', before: undefined, after: 'Constant' },
      { path: 'Inputs.Variables.1.Value', before: undefined, after: 'cn-hangzhou' },
      { path: 'Tags', before: undefined, after: [] },
      { path: 'Tags.0.Key', before: 'layer', after: undefined },
      { path: 'Tags.0.Value', before: 'ods', after: undefined },
      { path: 'Trigger.Cron', before: '00 30 02 * * ?', after: '00 00 03 * * ?' },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(diffTaskForm(toTaskForm(task), toTaskForm(task))).toEqual([]);
  });
});

describe('the demo project', () => {
  it.each(createDemoProject().tasks.map((t) => [t.Id, t] as const))(
    'task %s maps to form values the schema accepts, and saving them unedited sends nothing',
    (_id, demoTask) => {
      const form = toTaskForm(demoTask);
      const parsed = UpdateTaskRequestSchema.safeParse(form);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(save(form, form)).toBeUndefined();
    },
  );
});
