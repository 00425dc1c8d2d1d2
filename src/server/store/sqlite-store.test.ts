import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { describeStoreSuite, type StorePlace } from './store-suite.ts';

function sqlitePlace(): StorePlace {
  const dir = mkdtempSync(join(tmpdir(), 'store-sqlite-'));
  const withFile = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(join(dir, 'history.sqlite'));
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    // A promise that rejects, as PostgreSQL's open does, when the file cannot be used.
    open: () => Promise.resolve().then(() => openSqliteStore(dir)),
    exec: (sql) => Promise.resolve(withFile((db) => void db.exec(sql))),
    versions: () =>
      Promise.resolve(
        withFile((db) =>
          (
            db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[]
          ).map((r) => r.version),
        ),
      ),
  };
}

describeStoreSuite('sqlite', () => Promise.resolve(sqlitePlace()));

// The saves table as the releases before schema_version made it: first without, then with the settle columns.
const UNVERSIONED = `CREATE TABLE saves (
  id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, time INTEGER NOT NULL, user TEXT NOT NULL,
  request TEXT NOT NULL, before TEXT NOT NULL, request_id TEXT, outcome TEXT NOT NULL, status INTEGER NOT NULL, message TEXT
);
CREATE INDEX saves_task ON saves(task_id, id);
INSERT INTO saves (task_id, time, user, request, before, request_id, outcome, status, message)
VALUES ('42', 1, 'carol', '{"Id":"42","Name":"n"}', '{}', NULL, 'unknown', 504, 'old');`;

describe('a history.sqlite from before schema_version', () => {
  it.each([
    ['without the settle columns', '', 1],
    [
      'with the settle columns',
      'ALTER TABLE saves ADD COLUMN settle_until INTEGER; ALTER TABLE saves ADD COLUMN settled_at INTEGER; ALTER TABLE saves ADD COLUMN landed_at INTEGER;',
      2,
    ],
    ['with some of the settle columns', 'ALTER TABLE saves ADD COLUMN settle_until INTEGER;', 2],
  ])('%s is adopted at its version, migrated, and keeps its saves', async (_, columns, adoptedAt) => {
    const place = sqlitePlace();
    await place.exec(UNVERSIONED + columns);
    const store = await place.open();
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(await place.versions()).toEqual(
      MIGRATIONS.filter((m) => m.version >= adoptedAt).map((m) => m.version),
    );
    const [old] = await store.history.list('42');
    expect(old).toMatchObject({ user: 'carol', outcome: 'unknown', message: 'old', settleUntil: null });
    expect(await store.history.settle(old!.id, 'not-landed', 5)).toBe(true);
    const id = await store.history.record({ ...old!, time: 2, settleUntil: 300_002 });
    expect(await store.history.get(id)).toMatchObject({ settleUntil: 300_002, user: 'carol' });
    await store.close();
    expect((await (await place.open()).history.list('42')).map((r) => r.outcome)).toEqual([
      'unknown',
      'not-landed',
    ]);
  });
});
