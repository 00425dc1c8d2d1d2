import { afterEach, describe, expect, it } from 'vitest';
import type { NewBatch } from '../batch/batch-journal.ts';
import type { NewSaveRecord } from '../history/save-history.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import { StoreSchemaTooNewError, StoreUnavailableError, type Store, type StoreKind } from './store.ts';

/** An empty place for a store (a folder, a database) that a test can open as often as it likes. */
export interface StorePlace {
  open(): Promise<Store>;
  /** Runs SQL on the place directly, as an older release or another tool would. */
  exec(sql: string): Promise<void>;
  /** The place's schema_version rows. */
  versions(): Promise<number[]>;
}

const TASK = '7002918273648500132';

const newBatch = (overrides: Partial<NewBatch> = {}): NewBatch => ({
  projectId: '88001',
  comment: '负责人离职：交接',
  chunkSize: 2,
  revertOf: null,
  user: 'alice',
  createdAt: 1_000,
  tasks: ['300', '100', '200'].map((taskId, i) => ({
    taskId,
    name: `ods_${taskId}_di`,
    modifyTime: 500 + i,
    request: { Id: taskId, Owner: '207413640512347165', RerunInterval: 60 },
    before: { Id: taskId, Owner: '1001', RerunInterval: 120 },
  })),
  ...overrides,
});

const entry = (overrides: Partial<NewSaveRecord> = {}): NewSaveRecord => ({
  taskId: TASK,
  time: 1_794_909_600_000,
  user: 'alice',
  request: { Id: TASK, Description: '描述：每日汇总' },
  before: { Description: 'old', Trigger: { Cron: '00 00 02 * * ?' } },
  requestId: '1B2C3D4E-0000-4000-8000-000000000001',
  outcome: 'saved',
  status: 200,
  message: null,
  ...overrides,
});

/**
 * The storage suite: the same behaviour asked of every store. Called once per store (sqlite-store.test.ts,
 * postgres-store.test.ts) with a function making an empty place for each test.
 */
export function describeStoreSuite(kind: StoreKind, newPlace: () => Promise<StorePlace>) {
  describe(`the ${kind} store`, () => {
    const opened: Store[] = [];
    const open = async (place: StorePlace) => {
      const store = await place.open();
      opened.push(store);
      return store;
    };
    const fresh = async () => open(await newPlace());
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})));
    });

    it('is at the code’s schema version, with every migration recorded once, and answers ping', async () => {
      const place = await newPlace();
      const store = await open(place);
      expect(store.kind).toBe(kind);
      expect(store.schemaVersion).toBe(SCHEMA_VERSION);
      expect(await place.versions()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await store.ping()).toBe(true);
      await open(place); // opened again: nothing to apply
      expect(await place.versions()).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('keeps every field of a record as it was given, reopened too', async () => {
      const place = await newPlace();
      const store = await open(place);
      const saved = entry({
        user: 'Ouyang 欧阳',
        message: 'Invalid parameter Trigger.Cron: 分钟',
        settleUntil: 42,
      });
      const id = await store.history.record(saved);
      const expected = { ...saved, id, settleUntil: 42, settledAt: null, landedAt: null };
      expect(await store.history.get(id)).toEqual(expected);
      await store.close();
      expect(await (await open(place)).history.get(id)).toEqual(expected);
    });

    it('lists a task’s records newest first, up to the limit, and no other task’s', async () => {
      const { history } = await fresh();
      for (let i = 0; i < 5; i++) await history.record(entry({ time: i }));
      await history.record(entry({ taskId: '1' }));
      expect((await history.list(TASK)).map((r) => r.time)).toEqual([4, 3, 2, 1, 0]);
      expect((await history.list(TASK, 2)).map((r) => r.time)).toEqual([4, 3]);
      expect(await history.list('2')).toEqual([]);
      expect(await history.get(999_999)).toBeUndefined();
    });

    it('answers as changes only the saves that changed the task or may have, newest first', async () => {
      const { history } = await fresh();
      const outcomes = ['saved', 'refused', 'conflict', 'unknown', 'confirmed-by-read-back'] as const;
      for (const outcome of outcomes) await history.record(entry({ outcome }));
      await history.record(entry({ outcome: 'landed-late' }));
      await history.record(entry({ outcome: 'not-landed' }));
      await history.record(entry({ outcome: 'already-applied' }));
      expect((await history.changes(TASK)).map((r) => r.outcome)).toEqual([
        'landed-late',
        'confirmed-by-read-back',
        'unknown',
        'saved',
      ]);
      expect(await history.changes(TASK, 1)).toHaveLength(1);
    });

    it('concludes a save recorded before it was sent with DataWorks’ answer', async () => {
      const { history } = await fresh();
      const id = await history.record(
        entry({ outcome: 'unknown', status: 0, requestId: null, settleUntil: 9 }),
      );
      await history.settle(id, 'landed-late', 5, 6);
      await history.conclude(id, { outcome: 'refused', status: 400, requestId: 'R', message: 'no' });
      expect(await history.get(id)).toMatchObject({
        outcome: 'refused',
        status: 400,
        requestId: 'R',
        message: 'no',
        settleUntil: null,
        settledAt: null,
        landedAt: null,
      });
    });

    it('settles an unknown save once: the first settle wins, even when many race', async () => {
      const { history } = await fresh();
      const id = await history.record(entry({ outcome: 'unknown', settleUntil: 10 }));
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          history.settle(id, i % 2 ? 'not-landed' : 'landed-late', 20 + i, 7),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const settled = await history.get(id);
      expect(settled?.settledAt).toBe(20 + results.indexOf(true));
      const saved = await history.record(entry());
      expect(await history.settle(saved, 'not-landed', 1)).toBe(false);
    });

    it('gives every one of many concurrent records its own id', async () => {
      const { history } = await fresh();
      const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => history.record(entry({ time: i }))));
      expect(new Set(ids).size).toBe(40);
      expect(await history.list(TASK)).toHaveLength(40);
    });

    it('shows a record written through one connection to another at once (two replicas)', async () => {
      const place = await newPlace();
      const [a, b] = [await open(place), await open(place)];
      const id = await a.history.record(entry({ user: 'bob' }));
      expect(await b.history.get(id)).toMatchObject({ user: 'bob' });
      expect(await b.history.settle(id, 'not-landed', 1)).toBe(false);
    });

    it('is migrated by two replicas starting at once, each migration applied once', async () => {
      const place = await newPlace();
      const stores = await Promise.all([open(place), open(place), open(place)]);
      expect(stores.map((s) => s.schemaVersion)).toEqual([SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION]);
      expect(await place.versions()).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('migrates a store at schema version 1 (no settle columns) and keeps its saves', async () => {
      const place = await newPlace();
      await place.exec(`CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL);
        ${MIGRATIONS[0]![kind]}
        INSERT INTO schema_version VALUES (1, 'saves', 1);
        INSERT INTO saves (task_id, time, "user", request, before, request_id, outcome, status, message)
        VALUES ('${TASK}', 1, 'carol', '{"Id":"${TASK}","Name":"n"}', '{}', NULL, 'unknown', 504, 'old');`);
      const { history } = await open(place);
      expect(await place.versions()).toEqual(MIGRATIONS.map((m) => m.version));
      const [old] = await history.list(TASK);
      expect(old).toMatchObject({ user: 'carol', message: 'old', settleUntil: null, settledAt: null });
      expect(await history.settle(old!.id, 'landed-late', 3, 4)).toBe(true);
      expect(await history.get(old!.id)).toMatchObject({ outcome: 'landed-late', settledAt: 3, landedAt: 4 });
    });

    it('refuses a store whose schema is newer than the code, naming both versions', async () => {
      const place = await newPlace();
      await (await open(place)).close();
      await place.exec(`INSERT INTO schema_version VALUES (${SCHEMA_VERSION + 1}, 'from the future', 1)`);
      const refusal = place.open();
      await expect(refusal).rejects.toBeInstanceOf(StoreSchemaTooNewError);
      await expect(refusal).rejects.toThrow(
        `has schema version ${SCHEMA_VERSION + 1}, newer than this editor's schema version ${SCHEMA_VERSION}`,
      );
    });

    describe('the batch journal', () => {
      it('keeps a batch and its tasks in plan order, all pending, reopened too', async () => {
        const place = await newPlace();
        const { batches } = await open(place);
        const batch = newBatch();
        const id = await batches.create(batch);
        expect(id).toMatch(/^\d+$/);
        const expected = {
          Id: id,
          ProjectId: '88001',
          Comment: '负责人离职：交接',
          ChunkSize: 2,
          RevertOf: null,
          User: 'alice',
          CreatedAt: 1_000,
          UpdatedAt: 1_000,
          State: 'ready',
          Calls: 0,
          Counts: { pending: 3, sending: 0, saved: 0, failed: 0, conflict: 0, unknown: 0 },
          lease: null,
          cancelRequested: false,
          Tasks: batch.tasks.map((t) => ({
            Id: t.taskId,
            Name: t.name,
            ModifyTime: t.modifyTime,
            Request: t.request,
            Before: t.before,
            State: 'pending',
            Message: null,
            RequestId: null,
            UpdatedAt: 1_000,
          })),
        };
        expect(await batches.get(id, 2_000)).toEqual(expected);
        await batches.create(newBatch({ revertOf: id, createdAt: 3_000 }));
        const reopened = await open(place);
        expect(await reopened.batches.get(id, 2_000)).toEqual(expected);
        expect(await reopened.batches.get('999999', 1)).toBeUndefined();
      });

      it('gives the lease to one taker, to another only once it has expired, and fences the old holder', async () => {
        const place = await newPlace();
        const [a, b] = [await open(place), await open(place)];
        const id = await a.batches.create(newBatch());
        expect(await a.batches.acquire(id, 'replica-a', 10, 40)).toBe(true);
        expect(await b.batches.acquire(id, 'replica-b', 20, 50)).toBe(false);
        expect(await a.batches.acquire(id, 'replica-a', 20, 50)).toBe(false); // a second run of the same replica
        expect((await b.batches.get(id, 39))?.State).toBe('running');
        // Not renewed: at 41 the batch says interrupted, and another replica may take it.
        expect((await b.batches.get(id, 41))?.State).toBe('interrupted');
        expect(await b.batches.acquire(id, 'replica-b', 41, 71)).toBe(true);
        expect(await a.batches.renew(id, 'replica-a', 42, 72)).toBe(false);
        expect(await a.batches.setTasks(id, 'replica-a', [{ taskId: '100', state: 'saved' }], 42, 72)).toBe(
          false,
        );
        expect(await b.batches.setTasks(id, 'replica-b', [{ taskId: '100', state: 'sending' }], 43, 90)).toBe(
          true,
        );
        const batch = await a.batches.get(id, 80);
        expect(batch).toMatchObject({ State: 'running', lease: { owner: 'replica-b', expiresAt: 90 } });
        expect(batch?.Tasks.map((t) => t.State)).toEqual(['pending', 'sending', 'pending']);
      });

      it('gives an expired lease to exactly one of many replicas racing for it', async () => {
        const place = await newPlace();
        const stores = await Promise.all([open(place), open(place), open(place)]);
        const id = await stores[0].batches.create(newBatch());
        const wins = await Promise.all(
          Array.from({ length: 9 }, (_, i) => stores[i % 3]!.batches.acquire(id, `r${i}`, 100, 200)),
        );
        expect(wins.filter(Boolean)).toHaveLength(1);
      });

      it('records task states, messages, request IDs and calls, and lists batches by workspace and by task', async () => {
        const { batches } = await fresh();
        const first = await batches.create(newBatch());
        const other = await batches.create(newBatch({ projectId: '99', createdAt: 1_500 }));
        const id = await batches.create(newBatch({ comment: 'second', createdAt: 2_000 }));
        expect(await batches.acquire(id, 'me', 2_100, 9_000)).toBe(true);
        await batches.setTasks(
          id,
          'me',
          [
            { taskId: '300', state: 'sending', requestId: 'REQ-1' },
            { taskId: '100', state: 'conflict', message: 'changed since the plan' },
          ],
          2_200,
          9_000,
        );
        await batches.setTasks(id, 'me', [{ taskId: '300', state: 'failed', message: '锁定' }], 2_300, 9_000);
        await batches.addCalls(id, 'me', 2, 2_300);
        await batches.release(id, 'me', 'done', 2_400);
        const batch = await batches.get(id, 2_500);
        expect(batch).toMatchObject({ State: 'done', Calls: 2, UpdatedAt: 2_400, lease: null });
        expect(batch?.Tasks[0]).toMatchObject({
          State: 'failed',
          Message: '锁定',
          RequestId: 'REQ-1',
          UpdatedAt: 2_300,
        });
        expect(batch?.Counts).toMatchObject({ pending: 1, failed: 1, conflict: 1 });
        const listed = await batches.list('88001', 10, 2_500);
        expect(listed.map((b) => [b.Id, b.Comment, b.Counts.pending])).toEqual([
          [id, 'second', 1],
          [first, '负责人离职：交接', 3],
        ]);
        expect(listed[0]).not.toHaveProperty('Tasks');
        expect(await batches.list('88001', 1, 2_500)).toHaveLength(1);
        expect((await batches.list('99', 10, 2_500)).map((b) => b.Id)).toEqual([other]);
        expect(await batches.forTask('300', 10)).toEqual([
          {
            BatchId: id,
            Comment: 'second',
            User: 'alice',
            CreatedAt: 2_000,
            RevertOf: null,
            State: 'failed',
            Message: '锁定',
            UpdatedAt: 2_300,
          },
          expect.objectContaining({ BatchId: other, State: 'pending' }),
          expect.objectContaining({ BatchId: first, State: 'pending' }),
        ]);
        expect(await batches.forTask('300', 1)).toHaveLength(1);
        expect(await batches.forTask('42', 10)).toEqual([]);
        // Done, but with a task DataWorks refused: a resume may take it again to send that one.
        expect(await batches.acquire(id, 'again', 3_000, 4_000)).toBe(true);
      });

      it('asks a running batch to stop, cancels an idle one, and leaves a done one alone', async () => {
        const { batches } = await fresh();
        const running = await batches.create(newBatch());
        await batches.acquire(running, 'me', 10, 100);
        expect(await batches.cancel(running, 20)).toBe('requested');
        expect(await batches.get(running, 20)).toMatchObject({ State: 'running', cancelRequested: true });
        const idle = await batches.create(newBatch());
        expect(await batches.cancel(idle, 20)).toBe('cancelled');
        expect((await batches.get(idle, 20))?.State).toBe('cancelled');
        expect(await batches.acquire(idle, 'me', 30, 100)).toBe(true); // a cancelled batch can be resumed
        expect(await batches.get(idle, 31)).toMatchObject({ State: 'running', cancelRequested: false });
        await batches.release(idle, 'me', 'done', 40);
        expect(await batches.cancel(idle, 50)).toBe('done');
        expect(await batches.acquire(idle, 'me', 60, 100)).toBe(false); // done, nothing refused: never run again
        expect(await batches.cancel('999999', 50)).toBe('missing');
      });
    });

    it('fails each call with StoreUnavailableError once closed, and ping answers false', async () => {
      const store = await fresh();
      await store.close();
      expect(await store.ping()).toBe(false);
      await expect(store.history.record(entry())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.history.list(TASK)).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}
