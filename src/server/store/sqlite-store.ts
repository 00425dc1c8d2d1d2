import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHANGING_OUTCOMES,
  DEFAULT_CHANGES_LIMIT,
  DEFAULT_LIST_LIMIT,
  type SaveHistory,
} from '../history/save-history.ts';
import { pendingMigrations, SCHEMA_VERSION_TABLE } from './migrations.ts';
import { toSaveRecord } from './save-rows.ts';
import { createSqliteBatchJournal } from './sqlite-batch-journal.ts';
import { StoreUnavailableError, type Store } from './store.ts';

const SETTLE_COLUMNS = ['settle_until', 'settled_at', 'landed_at'];

/**
 * A history.sqlite from before schema_version existed: version 1 when its `saves` table has none of the
 * settle columns, else version 2 (the columns the last unversioned release added, completed if need be).
 */
function adoptUnversioned(db: Database.Database): number {
  const hasSaves = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'saves'").get();
  if (!hasSaves) return 0;
  const columns = new Set((db.pragma('table_info(saves)') as { name: string }[]).map((c) => c.name));
  if (!SETTLE_COLUMNS.some((c) => columns.has(c))) return 1;
  for (const column of SETTLE_COLUMNS)
    if (!columns.has(column)) db.exec(`ALTER TABLE saves ADD COLUMN ${column} INTEGER`);
  return 2;
}

/** Brings the file's schema to this code's version, in one transaction; refuses a newer one. */
function migrate(db: Database.Database, location: string, now: () => number): number {
  return db
    .transaction(() => {
      const versioned = db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        .get();
      db.exec(SCHEMA_VERSION_TABLE);
      const insert = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
      let current = (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null })
        .v;
      if (!versioned && current === null) {
        current = adoptUnversioned(db);
        if (current > 0) insert.run(current, 'adopted: history.sqlite from before schema_version', now());
      }
      current ??= 0;
      for (const migration of pendingMigrations(current, location)) {
        db.exec(migration.sqlite);
        insert.run(migration.version, migration.name, now());
        current = migration.version;
      }
      return current;
    })
    .immediate();
}

/** The embedded store: history.sqlite under `dataDir` (`:memory:` for tests). */
export function openSqliteStore(dataDir: string, now: () => number = Date.now): Store {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'history.sqlite');
  }
  const db = new Database(file);
  let schemaVersion: number;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    schemaVersion = migrate(db, file, now);
  } catch (error) {
    db.close();
    throw error;
  }

  const insert = db.prepare(
    `INSERT INTO saves (task_id, time, user, request, before, request_id, outcome, status, message, settle_until)
     VALUES (@taskId, @time, @user, @request, @before, @requestId, @outcome, @status, @message, @settleUntil)`,
  );
  const conclude = db.prepare(
    `UPDATE saves SET outcome = @outcome, status = @status, request_id = @requestId, message = @message,
     settle_until = @settleUntil, settled_at = NULL, landed_at = NULL WHERE id = @id`,
  );
  const select = db.prepare<[string, number], Record<string, unknown>>(
    'SELECT * FROM saves WHERE task_id = ? ORDER BY id DESC LIMIT ?',
  );
  const selectOne = db.prepare<[number], Record<string, unknown>>('SELECT * FROM saves WHERE id = ?');
  const selectChanges = db.prepare<[string, number], Record<string, unknown>>(
    `SELECT * FROM saves WHERE task_id = ? AND outcome IN (${CHANGING_OUTCOMES.map((o) => `'${o}'`).join(', ')})
     ORDER BY id DESC LIMIT ?`,
  );
  const settleUnknown = db.prepare<[string, number, number | null, number]>(
    `UPDATE saves SET outcome = ?, settled_at = ?, landed_at = ? WHERE id = ? AND outcome = 'unknown'`,
  );

  /** better-sqlite3 is synchronous: each call runs now, and its failure becomes the store's. */
  const run = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(new StoreUnavailableError('sqlite', error));
    }
  };

  const history: SaveHistory = {
    record: (entry) =>
      run(() =>
        Number(
          insert.run({
            ...entry,
            request: JSON.stringify(entry.request),
            before: JSON.stringify(entry.before),
            settleUntil: entry.settleUntil ?? null,
          }).lastInsertRowid,
        ),
      ),
    conclude: (id, c) =>
      run(() => {
        conclude.run({ id, ...c, settleUntil: c.settleUntil ?? null });
      }),
    list: (taskId, limit = DEFAULT_LIST_LIMIT) => run(() => select.all(taskId, limit).map(toSaveRecord)),
    get: (id) =>
      run(() => {
        const row = selectOne.get(id);
        return row ? toSaveRecord(row) : undefined;
      }),
    changes: (taskId, limit = DEFAULT_CHANGES_LIMIT) =>
      run(() => selectChanges.all(taskId, limit).map(toSaveRecord)),
    settle: (id, outcome, settledAt, landedAt) =>
      run(() => settleUnknown.run(outcome, settledAt, landedAt ?? null, id).changes > 0),
  };

  return {
    kind: 'sqlite',
    location: file,
    schemaVersion,
    history,
    batches: createSqliteBatchJournal(db, run),
    ping: () => run(() => db.prepare('SELECT 1').get() !== undefined).catch(() => false),
    close: () => run(() => void (db.open && db.close())),
  };
}
