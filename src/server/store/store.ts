import type { BatchJournal } from '../batch/batch-journal.ts';
import type { SaveHistory } from '../history/save-history.ts';

export type StoreKind = 'sqlite' | 'postgres';

/**
 * Everything the proxy persists, behind one interface with two implementations: SQLite under DATA_DIR (the
 * default, one laptop) and PostgreSQL (DATABASE_URL, shared by every replica of a team's deployment).
 */
export interface Store {
  kind: StoreKind;
  /** Where it is, without credentials: the SQLite file, or PostgreSQL's host:port/database. */
  location: string;
  /** The schema version the store is at (migrations.ts). */
  schemaVersion: number;
  history: SaveHistory;
  /** The batch journal (batch-journal.ts). */
  batches: BatchJournal;
  /** Whether the store answers a query now; answers within about two seconds, never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The store could not be reached or did not take the write. */
export class StoreUnavailableError extends Error {
  constructor(
    readonly kind: StoreKind,
    cause: unknown,
  ) {
    super(
      `The ${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} store is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'StoreUnavailableError';
  }
}

/** The store's schema was made by a newer release of the editor: it refuses to start on it. */
export class StoreSchemaTooNewError extends Error {
  constructor(
    readonly location: string,
    readonly storeVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `The store at ${location} has schema version ${storeVersion}, newer than this editor's schema version ${codeVersion}: a newer release of the editor has migrated it. Run that release or a later one (every replica on the same store needs it), or point the editor at another store.`,
    );
    this.name = 'StoreSchemaTooNewError';
  }
}
