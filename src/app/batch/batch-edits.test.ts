import { describe, expect, it } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { toOperations, type BatchEdits } from './batch-edits.ts';

const NONE: BatchEdits = { set: new Set(), tagActions: [], schedule: 'keep', time: '', recurrence: false };
const values = (v: Partial<TaskForm>) => v as TaskForm;

describe('toOperations', () => {
  it('sets only the toggled parameters, in the form’s units, each with its control', () => {
    const result = toOperations(
      { ...NONE, set: new Set(['RerunInterval', 'RuntimeResource.ResourceGroupId']) },
      values({
        Owner: 'ignored',
        RerunInterval: 60_000,
        RuntimeResource: { ResourceGroupId: 'Serverless_a' },
      }),
    );
    expect(result).toEqual({
      ok: true,
      operations: [
        { kind: 'set', path: 'RerunInterval', value: 60_000 },
        { kind: 'set', path: 'RuntimeResource.ResourceGroupId', value: 'Serverless_a' },
      ],
      fields: ['RerunInterval', 'RuntimeResource.ResourceGroupId'],
    });
  });

  it('adds and removes tags by key, a value only when given', () => {
    const result = toOperations(
      { ...NONE, tagActions: ['add', 'remove', 'add'] },
      values({
        Tags: [
          { Key: 'layer', Value: 'ods' },
          { Key: 'old', Value: 'x' },
          { Key: 'flag', Value: '' },
        ],
      }),
    );
    expect(result.ok && result.operations).toEqual([
      { kind: 'add-tag', key: 'layer', value: 'ods' },
      { kind: 'remove-tag', key: 'old' },
      { kind: 'add-tag', key: 'flag' },
    ]);
    expect(result.ok && result.fields).toEqual(['Tags.0.Key', 'Tags.1.Key', 'Tags.2.Key']);
  });

  it('reads the time of day as 24-hour hh:mm and refuses anything else', () => {
    const at = (time: string) => toOperations({ ...NONE, schedule: 'time-of-day', time }, values({}));
    expect(at('02:30')).toEqual({
      ok: true,
      operations: [{ kind: 'set-time-of-day', hour: 2, minute: 30 }],
      fields: ['time'],
    });
    expect(at(' 23:59 ').ok && at(' 23:59 ')).toMatchObject({ operations: [{ hour: 23, minute: 59 }] });
    for (const bad of ['24:00', '2:3', '02:60', '0230', ''])
      expect(at(bad), bad).toEqual({ ok: false, field: 'time' });
  });

  it('sets a whole cron from Trigger.Cron and the recurrence from Trigger.Recurrence', () => {
    const result = toOperations(
      { ...NONE, schedule: 'cron', recurrence: true },
      values({ Trigger: { Cron: '00 30 02 * * ?', Recurrence: 'Pause' } }),
    );
    expect(result.ok && result.operations).toEqual([
      { kind: 'set-cron', cron: '00 30 02 * * ?' },
      { kind: 'set-recurrence', recurrence: 'Pause' },
    ]);
    expect(result.ok && result.fields).toEqual(['Trigger.Cron', 'Trigger.Recurrence']);
  });

  it('is empty when nothing is toggled, whatever the form holds', () => {
    expect(toOperations(NONE, values({ Owner: '1', Description: 'x' }))).toEqual({
      ok: true,
      operations: [],
      fields: [],
    });
  });
});
