import { describe, expect, it } from 'vitest';
import type { Task } from './task.ts';
import { importTaskJson, savedVersion } from './task-import.ts';

const loaded: Task = {
  Id: '7002918273648500132',
  ProjectId: '123',
  Name: 'ods_orders',
  Description: 'daily orders',
  Owner: '2001',
  RerunInterval: 60,
  Trigger: { Type: 'Scheduler', Cron: '00 00 02 * * ?', Recurrence: 'Normal' },
  Tags: [{ Key: 'team', Value: 'a' }],
  ModifyTime: 1700000000000,
};

describe('importTaskJson', () => {
  it('turns the file’s editable values into edits of the open task, through the form’s conversion', () => {
    const file = { ...loaded, Description: 'imported', RerunInterval: 120, Tags: [] };
    const result = importTaskJson(JSON.stringify(file), loaded);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.edits.Description).toBe('imported');
    // GetTask's seconds become UpdateTask's milliseconds, as when the task is loaded.
    expect(result.edits.RerunInterval).toBe(120_000);
    expect(result.edits.Tags).toEqual([]);
    // Sections holding the task's own values are no edit.
    expect(result.edits).not.toHaveProperty('Trigger');
    expect(result.edits).not.toHaveProperty('Id');
    expect(result.sections).toEqual(['Description', 'RerunInterval', 'Tags']);
  });

  it('finds nothing to change in the task’s own export', () => {
    const result = importTaskJson(JSON.stringify(loaded), loaded);
    expect(result.ok && result.sections).toEqual([]);
  });

  it('names Id, ProjectId, times and unknown keys, and leaves them out of the edits', () => {
    const file = { Id: '1', ProjectId: '9', ModifyTime: 5, CreateTime: 4, Name: 'x', Colour: 'red' };
    const result = importTaskJson(JSON.stringify(file), loaded);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.edits).toEqual({ Name: 'x' });
    expect(result.ignored).toEqual(['Id', 'ProjectId', 'ModifyTime', 'CreateTime']);
    expect(result.unknown).toEqual(['Colour']);
  });

  it('takes GetTask’s whole reply ({ Task }) too', () => {
    const result = importTaskJson(JSON.stringify({ RequestId: 'r', Task: { Name: 'y' } }), loaded);
    expect(result.ok && result.edits).toEqual({ Name: 'y' });
  });

  it('refuses text that is not JSON, JSON that is not an object, a file with nothing to edit, a wrong type', () => {
    expect(importTaskJson('{"Name": ', loaded)).toMatchObject({ ok: false, error: { rule: 'json' } });
    expect(importTaskJson('[1]', loaded)).toEqual({ ok: false, error: { rule: 'object' } });
    expect(importTaskJson('{"Id":"1"}', loaded)).toEqual({ ok: false, error: { rule: 'nothing' } });
    expect(importTaskJson('{"Timeout":"soon"}', loaded)).toMatchObject({
      ok: false,
      error: { rule: 'field', path: 'Timeout' },
    });
  });
});

describe('savedVersion', () => {
  it('is the request’s edited sections, without Id, ClientUniqueCode or the derived CycleType', () => {
    const request = {
      Id: '1',
      ClientUniqueCode: 'c',
      Description: 'old',
      Trigger: { Type: 'Scheduler', Cron: '00 00 03 * * ?', CycleType: 'Daily' },
    };
    expect(savedVersion(request)).toEqual({
      Description: 'old',
      Trigger: { Type: 'Scheduler', Cron: '00 00 03 * * ?' },
    });
    expect(request.Trigger.CycleType).toBe('Daily');
  });
});
