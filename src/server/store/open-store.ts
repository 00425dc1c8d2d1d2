import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** DATABASE_URL: PostgreSQL when set. */
  databaseUrl?: string;
  /** DATA_DIR: where SQLite keeps history.sqlite otherwise. */
  dataDir: string;
  onError?: (error: unknown) => void;
}

/** PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR; migrated to this code's schema. */
export async function openStore({ databaseUrl, dataDir, onError }: OpenStoreOptions): Promise<Store> {
  if (databaseUrl) return openPostgresStore({ url: databaseUrl, onError });
  return openSqliteStore(dataDir);
}
