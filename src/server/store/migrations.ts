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
