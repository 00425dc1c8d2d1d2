import { afterEach, describe, expect, it } from 'vitest';
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

    it('fails each call with StoreUnavailableError once closed, and ping answers false', async () => {
      const store = await fresh();
      await store.close();
      expect(await store.ping()).toBe(false);
      await expect(store.history.record(entry())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.history.list(TASK)).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}
