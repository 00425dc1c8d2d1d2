import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BatchRecord } from '#domain/batch/batch-contract';
import type { DataWorksClient } from '../dataworks/dataworks-client.ts';
import { createDemoProject, DEMO_PROJECT_ID } from '../emulator/demo-project.ts';
import { createOtherWorkspacesTasks } from '../emulator/workspace-seed.ts';
import { createBatchProxy, injectFaults, planDescriptions, startBatchEmulator } from './batch-test-kit.ts';

// Batches through the proxy's /api/batches to the emulator on a real port: the journal, the chunks, the
// re-read before each chunk, SuccessInfo, unknown outcomes settled by reading back, throttling, cancel, the
// lease, and resuming after a crash. Each test takes tasks no other test touches.

let emulator: Awaited<ReturnType<typeof startBatchEmulator>>;
const ALL = createDemoProject().tasks.map((t) => t.Id);
let next = 0;
/** Tasks no other test has used. */
const take = (n: number) => ALL.slice(next, (next += n));

beforeAll(async () => {
  emulator = await startBatchEmulator();
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(async () => {
  await fetch(new URL('/__admin/faults', emulator.url), { method: 'DELETE' });
});

const versions = (ids: readonly string[]) => ids.map((id) => emulator.store.versions(id).length);
const descriptions = (ids: readonly string[]) => ids.map((id) => emulator.store.getTask(id)!.Description);
const states = (batch: BatchRecord) => Object.fromEntries(batch.Tasks.map((t) => [t.Id, t.State]));
const batchCalls = () => emulator.received.byAction.get('BatchUpdateTasks') ?? 0;

/** A client whose BatchUpdateTasks waits for `gate` first (and may be told to forward it first). */
function gated(client: DataWorksClient) {
  let open!: () => void;
  let crash!: (error: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    open = resolve;
    crash = reject;
  });
  gate.catch(() => {});
  let reached!: () => void;
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  const wrap = (forwardFirst: boolean): Pick<DataWorksClient, 'send'> => ({
    send: async (action, request) => {
      if (action !== 'BatchUpdateTasks') return client.send(action, request);
      const reply = forwardFirst ? await client.send(action, request) : undefined;
      reached();
      await gate;
      return reply ?? client.send(action, request);
    },
  });
  return { wrap, open: () => open(), crash: (e: Error) => crash(e), arrived };
}

describe('a batch through /api/batches', () => {
  it('journals 12 tasks, sends them in chunks of 5, and changes each selected task once and nothing else', async () => {
    const ids = take(12);
    const others = ALL.filter((id) => !ids.includes(id));
    const othersBefore = versions(others);
    const proxy = createBatchProxy(emulator.client);
    const created = await proxy.create(planDescriptions(emulator, ids, 'owner change'));
    expect(created.status).toBe(201);
    const journaled = created.body.Batch as BatchRecord;
    expect(journaled).toMatchObject({ State: 'ready', User: 'alice', ChunkSize: 5, Calls: 0 });
    expect(journaled.Counts.pending).toBe(12);
    const callsBefore = batchCalls();
    const batch = await proxy.runToEnd(journaled.Id);
    expect(batch.State).toBe('done');
    expect(batch.Counts).toMatchObject({ saved: 12, pending: 0 });
    expect(batch.Calls).toBe(3);
    expect(batchCalls() - callsBefore).toBe(3);
    expect(batch.Tasks.every((t) => t.RequestId !== null)).toBe(true);
    expect(versions(ids)).toEqual(ids.map(() => 1));
    expect(descriptions(ids)).toEqual(ids.map((id) => `owner change ${id}`));
    expect(versions(others)).toEqual(othersBefore);
    // Done: never run again.
    expect((await proxy.run(journaled.Id)).body).toMatchObject({ Code: 'Batch.Done' });
    const listed = await proxy.call('GET', `/api/batches?projectId=${DEMO_PROJECT_ID}&limit=5`);
    expect((listed.body.Batches as { Id: string }[])[0]).toMatchObject({ Id: journaled.Id, State: 'done' });
    // The task's history lists the batch that carried it.
    const history = await proxy.call('GET', `/api/tasks/${ids[0]}/history`);
    expect(history.body.Batches).toEqual([
      expect.objectContaining({
        BatchId: journaled.Id,
        Comment: 'batch: owner change',
        User: 'alice',
        State: 'saved',
      }),
    ]);
  });

  it('leaves a task modified after the plan as its author saved it, a conflict', async () => {
    const ids = take(4);
    const proxy = createBatchProxy(emulator.client);
    const plan = planDescriptions(emulator, ids, 'conflict test', 2);
    const edited = await emulator.client.send('UpdateTask', {
      Id: ids[2]!,
      Description: 'saved by someone else',
    });
    expect(edited.status).toBe(200);
    const { Batch } = (await proxy.create(plan)).body as { Batch: BatchRecord };
    const batch = await proxy.runToEnd(Batch.Id);
    expect(batch.State).toBe('done');
    expect(states(batch)).toEqual({
      [ids[0]!]: 'saved',
      [ids[1]!]: 'saved',
      [ids[2]!]: 'conflict',
      [ids[3]!]: 'saved',
    });
    expect(batch.Tasks[2]!.Message).toMatch(/Changed since the plan .*left as they saved it/);
    expect(descriptions([ids[2]!])).toEqual(['saved by someone else']);
    expect(versions(ids)).toEqual([1, 1, 1, 1]);
  });

  it('records the two tasks DataWorks refused inside a chunk as failed with its message, the others saved; a resume sends only those two', async () => {
    const ids = take(5);
    await injectFaults(emulator, {
      tasks: [{ kind: 'fail', taskIds: [ids[1]!, ids[3]!], message: 'Injected: the task is locked.' }],
    });
    const proxy = createBatchProxy(emulator.client);
    const { Batch } = (await proxy.create(planDescriptions(emulator, ids, 'fail test'))).body as {
      Batch: BatchRecord;
    };
    const batch = await proxy.runToEnd(Batch.Id);
    expect(batch.State).toBe('done');
    expect(batch.Tasks.map((t) => [t.State, t.Message])).toEqual([
      ['saved', null],
      ['failed', 'Injected: the task is locked.'],
      ['saved', null],
      ['failed', 'Injected: the task is locked.'],
      ['saved', null],
    ]);
    expect(versions(ids)).toEqual([1, 0, 1, 0, 1]);

    const calls = batchCalls();
    const resumed = await proxy.runToEnd(Batch.Id);
    expect(resumed.State).toBe('done');
    expect(resumed.Tasks.map((t) => t.State)).toEqual(['saved', 'saved', 'saved', 'saved', 'saved']);
    expect(batchCalls() - calls).toBe(1);
    expect(versions(ids)).toEqual([1, 1, 1, 1, 1]);
  });

  it('settles a task left out of SuccessInfo by reading it back: saved when applied; when not, sent again only by a resume', async () => {
    const ids = take(4);
    await injectFaults(emulator, {
      tasks: [
        { kind: 'omit', taskIds: [ids[0]!], applied: true },
        { kind: 'omit', taskIds: [ids[2]!], applied: false },
      ],
    });
    const proxy = createBatchProxy(emulator.client);
    const { Batch } = (await proxy.create(planDescriptions(emulator, ids, 'omit test'))).body as {
      Batch: BatchRecord;
    };
    const callsBefore = batchCalls();
    const first = await proxy.runToEnd(Batch.Id);
    expect(states(first)).toEqual({
      [ids[0]!]: 'saved',
      [ids[1]!]: 'saved',
      [ids[2]!]: 'pending',
      [ids[3]!]: 'saved',
    });
    expect(first.Tasks[0]!.Message).toBe('Confirmed by reading the task back.');
    expect(first.Tasks[2]!.Message).toMatch(/did not report it .* not sent again in this run/);
    expect(first.State).toBe('interrupted');
    expect(batchCalls() - callsBefore).toBe(1);
    const resumed = await proxy.runToEnd(Batch.Id);
    expect(resumed.State).toBe('done');
    expect(resumed.Counts.saved).toBe(4);
    expect(batchCalls() - callsBefore).toBe(2);
    expect(versions(ids)).toEqual([1, 1, 1, 1]);
  });

  it('backs off a throttled call and sends it again: all saved, each task changed once', async () => {
    const ids = take(6);
    await injectFaults(emulator, { next: [{ kind: 'throttle', action: 'BatchUpdateTasks', count: 3 }] });
    const proxy = createBatchProxy(emulator.client);
    const { Batch } = (await proxy.create(planDescriptions(emulator, ids, 'throttle test', 3))).body as {
      Batch: BatchRecord;
    };
    const batch = await proxy.runToEnd(Batch.Id);
    expect(batch.State).toBe('done');
    expect(batch.Counts.saved).toBe(6);
    expect(batch.Calls).toBe(2 + 3);
    expect(versions(ids)).toEqual(ids.map(() => 1));
  });

  it('settles a chunk whose answer was lost (connection dropped after applying) by reading back, and goes on', async () => {
    const ids = take(4);
    await injectFaults(emulator, { next: [{ kind: 'drop-after-apply', action: 'BatchUpdateTasks' }] });
    const proxy = createBatchProxy(emulator.client);
    const { Batch } = (await proxy.create(planDescriptions(emulator, ids, 'drop test', 2))).body as {
      Batch: BatchRecord;
    };
    const batch = await proxy.runToEnd(Batch.Id);
    expect(batch.State).toBe('done');
    expect(batch.Tasks.map((t) => [t.State, t.Message])).toEqual([
      ['saved', 'Confirmed by reading the task back.'],
      ['saved', 'Confirmed by reading the task back.'],
      ['saved', null],
      ['saved', null],
    ]);
    expect(batch.Calls).toBe(2);
    expect(versions(ids)).toEqual([1, 1, 1, 1]);
  });

  it('stops between chunks when cancelled, the rest pending, and a second run sends only the rest', async () => {
    const ids = take(6);
    const { wrap, open, arrived } = gated(emulator.client);
    const proxy = createBatchProxy(wrap(false));
    const { Batch } = (await proxy.create(planDescriptions(emulator, ids, 'cancel test', 2))).body as {
      Batch: BatchRecord;
    };
    expect((await proxy.run(Batch.Id)).status).toBe(202);
    await arrived; // the first chunk is in flight
    const cancelling = await proxy.cancel(Batch.Id);
    expect(cancelling.status).toBe(202);
    open();
    await proxy.app.batchRunner.settled(Batch.Id);
    const cancelled = await proxy.get(Batch.Id);
    expect(cancelled.State).toBe('cancelled');
    expect(cancelled.Tasks.map((t) => t.State)).toEqual([
      'saved',
      'saved',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(versions(ids)).toEqual([1, 1, 0, 0, 0, 0]);
    const finished = await proxy.runToEnd(Batch.Id);
    expect(finished.State).toBe('done');
    expect(finished.Counts.saved).toBe(6);
    expect(versions(ids)).toEqual(ids.map(() => 1));
  });

  it.each([
    ['after the call reached DataWorks', true],
    ['before the call was sent', false],
  ])(
    'resumes a batch whose proxy stopped %s: a second proxy on the same store settles and finishes, no task changed twice',
    async (_, applied) => {
      const ids = take(6);
      const dataDir = (await import('node:fs')).mkdtempSync(
        (await import('node:path')).join((await import('node:os')).tmpdir(), 'batch-crash-'),
      );
      const { wrap, crash, arrived } = gated(emulator.client);
      const first = createBatchProxy(wrap(applied), { dataDir, batch: { leaseMs: 30_000 } });
      const { Batch } = (await first.create(planDescriptions(emulator, ids, `crash ${applied}`, 3))).body as {
        Batch: BatchRecord;
      };
      expect((await first.run(Batch.Id)).status).toBe(202);
      await arrived; // journaled `sending`, the call made (or not), and the proxy "dies" before the answer
      const stuck = await first.get(Batch.Id);
      expect(stuck.Tasks.map((t) => t.State)).toEqual([
        'sending',
        'sending',
        'sending',
        'pending',
        'pending',
        'pending',
      ]);

      // Another replica, 31 s later by its clock: the lease has expired.
      const later = () => Date.now() + 31_000;
      const second = createBatchProxy(emulator.client, { dataDir, now: later });
      const seen = await second.get(Batch.Id);
      expect(seen.State).toBe('interrupted');
      // Not yet expired for a replica on the first one's clock: refused.
      const third = createBatchProxy(emulator.client, { dataDir });
      expect((await third.run(Batch.Id)).body).toMatchObject({ Code: 'Batch.Running' });

      const callsBefore = batchCalls();
      const finished = await second.runToEnd(Batch.Id);
      crash(new Error('the first proxy stopped'));
      await first.app.batchRunner.settled(Batch.Id);
      expect(finished.State).toBe('done');
      expect(finished.Counts.saved).toBe(6);
      expect(finished.Tasks[0]!.Message).toBe(applied ? 'Confirmed by reading the task back.' : null);
      expect(batchCalls() - callsBefore).toBe(applied ? 1 : 2);
      expect(versions(ids)).toEqual(ids.map(() => 1));
      // The first proxy, back from the dead, writes nothing over the second's work.
      expect((await second.get(Batch.Id)).State).toBe('done');
    },
  );

  it('lets one of two runners told to run the same batch run it; the other gets 409', async () => {
    const ids = take(3);
    const dataDir = (await import('node:fs')).mkdtempSync(
      (await import('node:path')).join((await import('node:os')).tmpdir(), 'batch-two-'),
    );
    const { wrap, open } = gated(emulator.client);
    const a = createBatchProxy(wrap(false), { dataDir });
    const b = createBatchProxy(wrap(false), { dataDir });
    const { Batch } = (await a.create(planDescriptions(emulator, ids, 'two runners'))).body as {
      Batch: BatchRecord;
    };
    const answers = await Promise.all([a.run(Batch.Id), b.run(Batch.Id)]);
    expect(answers.map((r) => r.status).sort()).toEqual([202, 409]);
    expect(answers.find((r) => r.status === 409)?.body).toMatchObject({ Code: 'Batch.Running' });
    open();
    await Promise.all([a.app.batchRunner.settled(Batch.Id), b.app.batchRunner.settled(Batch.Id)]);
    expect((await a.get(Batch.Id)).State).toBe('done');
    expect(versions(ids)).toEqual([1, 1, 1]);
  });
});

describe('creating a batch', () => {
  const FOREIGN = createOtherWorkspacesTasks()[0]!.tasks[0]!;

  it('refuses a task of a workspace the batch is not in, or a workspace not served, and journals and sends nothing', async () => {
    const ids = take(2);
    const proxy = createBatchProxy(emulator.client);
    const callsBefore = batchCalls();
    const plan = planDescriptions(emulator, ids, 'foreign');
    plan.Tasks.push({
      Id: FOREIGN.Id,
      Name: FOREIGN.Name,
      ModifyTime: FOREIGN.ModifyTime!,
      Request: { Id: FOREIGN.Id, Description: 'not mine' },
      Before: { Id: FOREIGN.Id, Description: '' },
    });
    const refused = await proxy.create(plan);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ Code: 'Forbidden.Project', TaskIds: [FOREIGN.Id] });
    const otherWorkspace = await proxy.create({ ...plan, ProjectId: FOREIGN.ProjectId! });
    expect(otherWorkspace.status).toBe(403);
    expect(otherWorkspace.body).toMatchObject({ Code: 'Forbidden.Project' });
    expect((await proxy.call('GET', '/api/batches')).body.Batches).toEqual([]);
    expect(batchCalls()).toBe(callsBefore);
  });

  it('refuses an invalid request naming the field, an unknown RevertOf, and a bad list query', async () => {
    const ids = take(2);
    const proxy = createBatchProxy(emulator.client);
    const plan = planDescriptions(emulator, ids, 'invalid');
    plan.Tasks[1]!.Request = { Id: ids[1]!, Trigger: { Cron: '00 00 25 * * ?' } };
    plan.Tasks[0]!.Request = { Id: ids[0]!, Script: { Content: 'select 1' } };
    const invalid = await proxy.create(plan);
    expect(invalid.status).toBe(400);
    expect((invalid.body.Issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
      'Tasks.0.Request.Script.Content',
      'Tasks.1.Request.Trigger.Cron',
    ]);
    const revert = await proxy.create({ ...planDescriptions(emulator, ids, 'revert'), RevertOf: '987654' });
    expect(revert.status).toBe(400);
    expect(revert.body).toMatchObject({ Issues: [{ path: 'RevertOf' }] });
    expect((await proxy.call('GET', '/api/batches?limit=0')).status).toBe(400);
    expect((await proxy.call('GET', '/api/batches/12x')).status).toBe(400);
    expect((await proxy.call('GET', '/api/batches/424242')).status).toBe(404);
    expect((await proxy.call('GET', '/api/batches')).body.Batches).toEqual([]);
  });
});
