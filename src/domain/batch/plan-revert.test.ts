import { describe, expect, it } from 'vitest';
import type { Task } from '../task/task.ts';
import type { BatchTaskRecord } from './batch-contract.ts';
import { planBatch, type ChangedTask, type RefusedTask } from './plan-batch.ts';
import { planRevert } from './plan-revert.ts';

const NOW = new Date('2026-11-20T02:00:00Z');
const SETTINGS = { weekdays: 'spring', timeZone: 'Asia/Shanghai' } as const;

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    Id: id,
    Name: `task_${id}`,
    Owner: '1107550004253538',
    RerunMode: 'AllAllowed',
    RerunInterval: 120_000,
    Trigger: { Type: 'Scheduler', Recurrence: 'Normal', Cron: '00 00 00 * * ?' },
    RuntimeResource: { ResourceGroupId: 'S_res_group_old', Cu: '0.5' },
    ModifyTime: 1_700_000_000_000,
    ...overrides,
  };
}

/** The journal's record of a planned task, as the proxy keeps it. */
function journaled(t: ChangedTask, State: BatchTaskRecord['State'] = 'saved'): BatchTaskRecord {
  return {
    Id: t.id,
    Name: t.name,
    ModifyTime: t.modifyTime ?? 0,
    Request: t.request,
    Before: t.before,
    State,
    Message: null,
    RequestId: null,
    UpdatedAt: 0,
  };
}

/** A task after the batch applied its request (the emulator's effect, by hand). */
function applied(before: Task, patch: Partial<Task>): Task {
  return { ...before, ...patch, ModifyTime: (before.ModifyTime ?? 0) + 1 };
}

describe('planRevert', () => {
  const tasks = [task('1'), task('2'), task('3'), task('4')];
  const forward = planBatch({
    tasks,
    operations: [
      { kind: 'set', path: 'RuntimeResource.ResourceGroupId', value: 'Serverless_new' },
      { kind: 'set-time-of-day', hour: 2, minute: 30 },
    ],
    now: NOW,
    settings: SETTINGS,
  });
  if (!forward.ok) throw new Error('plan');
  const changed = forward.plan.tasks as ChangedTask[];
  const after = (t: Task) =>
    applied(t, {
      RuntimeResource: { ...t.RuntimeResource, ResourceGroupId: 'Serverless_new' },
      Trigger: { ...t.Trigger, Cron: '00 30 02 * * ?' },
    });

  it('sends back the before-values of the saved tasks, with their ModifyTime now; others are not touched', () => {
    const batch = {
      Tasks: [journaled(changed[0]!), journaled(changed[1]!), journaled(changed[2]!, 'failed')],
    };
    const current = [after(tasks[0]!), after(tasks[1]!), tasks[2]!];
    const revert = planRevert({
      batch,
      current,
      comment: 'undo',
      chunkSize: 50,
      now: NOW,
      settings: SETTINGS,
    });
    expect(revert.totals).toEqual({ selected: 2, changed: 2, unchanged: 0, refused: 0 });
    const one = revert.tasks[0] as ChangedTask;
    expect(one.request).toEqual(changed[0]!.before);
    expect(one.before).toEqual(changed[0]!.request);
    expect(one.modifyTime).toBe(1_700_000_000_001);
    expect(revert.chunks[0]!.request).toEqual({
      Comment: 'undo',
      Tasks: [changed[0]!.before, changed[1]!.before],
    });
  });

  it('refuses a task changed since the batch, naming what changed, and never overwrites it', () => {
    const batch = { Tasks: [journaled(changed[0]!), journaled(changed[3]!)] };
    const theirs = applied(after(tasks[3]!), {
      RuntimeResource: { ResourceGroupId: 'Serverless_theirs', Cu: '0.5' },
    });
    const revert = planRevert({
      batch,
      current: [after(tasks[0]!), theirs],
      comment: '',
      chunkSize: 50,
      now: NOW,
      settings: SETTINGS,
    });
    expect(revert.totals).toMatchObject({ changed: 1, refused: 1 });
    expect((revert.tasks[1] as RefusedTask).reasons).toEqual([
      { code: 'changed-since', keys: ['RuntimeResource'] },
    ]);
    expect(revert.chunks.flatMap((c) => c.taskIds)).toEqual(['1']);
  });

  it('is unchanged where the task already holds its before-values', () => {
    const batch = {
      Tasks: [{ ...journaled(changed[0]!), Request: changed[0]!.before as Record<string, unknown> }],
    };
    const revert = planRevert({
      batch,
      current: [tasks[0]!],
      comment: '',
      chunkSize: 50,
      now: NOW,
      settings: SETTINGS,
    });
    expect(revert.totals).toMatchObject({ changed: 0, unchanged: 1 });
  });
});
