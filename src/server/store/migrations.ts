import { StoreSchemaTooNewError } from './store.ts';

/**
 * The store's schema, versioned in the repository: each migration is applied once, in order, at start, in
 * one transaction with its row in `schema_version`. To add a table (say the batch journal), append a
 * migration with the next version number and its SQL for both stores; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'saves: the save history',
    sqlite: `CREATE TABLE saves (
      id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, time INTEGER NOT NULL, user TEXT NOT NULL,
      request TEXT NOT NULL, before TEXT NOT NULL, request_id TEXT, outcome TEXT NOT NULL, status INTEGER NOT NULL,
      message TEXT
    );
    CREATE INDEX saves_task ON saves(task_id, id);`,
    // "user" is a reserved word in PostgreSQL. JSON is kept as text, as SQLite does: the same bytes on both.
    postgres: `CREATE TABLE saves (
      id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, task_id TEXT NOT NULL, time BIGINT NOT NULL,
      "user" TEXT NOT NULL, request TEXT NOT NULL, before TEXT NOT NULL, request_id TEXT, outcome TEXT NOT NULL,
      status INTEGER NOT NULL, message TEXT
    );
    CREATE INDEX saves_task ON saves(task_id, id);`,
  },
  {
    version: 2,
    name: 'saves: settling unknown outcomes',
    sqlite: `ALTER TABLE saves ADD COLUMN settle_until INTEGER;
    ALTER TABLE saves ADD COLUMN settled_at INTEGER;
    ALTER TABLE saves ADD COLUMN landed_at INTEGER;`,
    postgres: `ALTER TABLE saves ADD COLUMN settle_until BIGINT, ADD COLUMN settled_at BIGINT,
      ADD COLUMN landed_at BIGINT;`,
  },
  {
    version: 3,
    name: 'batches: the batch journal',
    // Written in full before a batch's first call. `position` keeps the plan's order; the lease (owner and
    // expiry) says which replica runs the batch and until when.
    sqlite: `CREATE TABLE batches (
      id INTEGER PRIMARY KEY AUTOINCREMENT, project_id TEXT NOT NULL, comment TEXT NOT NULL,
      chunk_size INTEGER NOT NULL, revert_of TEXT, user TEXT NOT NULL, created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL, state TEXT NOT NULL, calls INTEGER NOT NULL DEFAULT 0,
      cancel_requested INTEGER NOT NULL DEFAULT 0, lease_owner TEXT, lease_expires INTEGER
    );
    CREATE INDEX batches_project ON batches(project_id, id);
    CREATE TABLE batch_tasks (
      batch_id INTEGER NOT NULL REFERENCES batches(id), position INTEGER NOT NULL, task_id TEXT NOT NULL,
      name TEXT NOT NULL, modify_time INTEGER NOT NULL, request TEXT NOT NULL, before TEXT NOT NULL,
      state TEXT NOT NULL, message TEXT, request_id TEXT, updated_at INTEGER NOT NULL,
      PRIMARY KEY (batch_id, task_id)
    );
    CREATE INDEX batch_tasks_task ON batch_tasks(task_id, batch_id);`,
    postgres: `CREATE TABLE batches (
      id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, project_id TEXT NOT NULL, comment TEXT NOT NULL,
      chunk_size INTEGER NOT NULL, revert_of TEXT, "user" TEXT NOT NULL, created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL, state TEXT NOT NULL, calls INTEGER NOT NULL DEFAULT 0,
      cancel_requested INTEGER NOT NULL DEFAULT 0, lease_owner TEXT, lease_expires BIGINT
    );
    CREATE INDEX batches_project ON batches(project_id, id);
    CREATE TABLE batch_tasks (
      batch_id BIGINT NOT NULL REFERENCES batches(id), position INTEGER NOT NULL, task_id TEXT NOT NULL,
      name TEXT NOT NULL, modify_time BIGINT NOT NULL, request TEXT NOT NULL, before TEXT NOT NULL,
      state TEXT NOT NULL, message TEXT, request_id TEXT, updated_at BIGINT NOT NULL,
      PRIMARY KEY (batch_id, task_id)
    );
    CREATE INDEX batch_tasks_task ON batch_tasks(task_id, batch_id);`,
  },
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const SCHEMA_VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL
)`;

/** The migrations a store at `current` needs, or StoreSchemaTooNewError when it is ahead of this code. */
export function pendingMigrations(current: number, location: string): readonly Migration[] {
  if (current > SCHEMA_VERSION) throw new StoreSchemaTooNewError(location, current, SCHEMA_VERSION);
  return MIGRATIONS.filter((m) => m.version > current);
}
