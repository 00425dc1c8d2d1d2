import pg from 'pg';
import {
  CHANGING_OUTCOMES,
  DEFAULT_CHANGES_LIMIT,
  DEFAULT_LIST_LIMIT,
  type SaveHistory,
} from '../history/save-history.ts';
import { pendingMigrations, SCHEMA_VERSION_TABLE } from './migrations.ts';
import { createPostgresBatchJournal } from './postgres-batch-journal.ts';
import { toSaveRecord } from './save-rows.ts';
import { StoreUnavailableError, type Store } from './store.ts';

/** Any constant: the replicas starting together take turns at the migrations under this advisory lock. */
const MIGRATION_LOCK = 720_180_018;
const PING_TIMEOUT_MS = 2_000;

export interface PostgresStoreOptions {
  /** DATABASE_URL: postgres://user:password@host:5432/database */
  url: string;
  /** Told of every failure the store turns into StoreUnavailableError, and of idle connections lost. */
  onError?: (error: unknown) => void;
  now?: () => number;
}

/** `host:port/database`, with no credentials: for logs, health and messages. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function migrate(pool: pg.Pool, location: string, now: () => number): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(SCHEMA_VERSION_TABLE);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    let current = rows[0]?.v ?? 0;
    for (const migration of pendingMigrations(current, location)) {
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        now(),
      ]);
      current = migration.version;
    }
    await client.query('COMMIT');
    return current;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The shared store of a team's deployment. Opening it applies the migrations it lacks (refusing a schema
 * newer than this code); it fails when PostgreSQL cannot be reached then. Later, while PostgreSQL is
 * unreachable, each call fails with StoreUnavailableError and the pool reconnects once it is back.
 */
export async function openPostgresStore({
  url,
  onError = () => {},
  now = Date.now,
}: PostgresStoreOptions): Promise<Store> {
  const location = describePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: PING_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    query_timeout: 10_000,
    application_name: 'task-editor-for-dataworks',
  });
  // A server restart ends idle connections: the pool drops them and connects anew on the next query.
  pool.on('error', onError);
  let schemaVersion: number;
  try {
    schemaVersion = await migrate(pool, location, now);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  const query = async (text: string, values: unknown[]) => {
    try {
      return (await pool.query<Record<string, unknown>>(text, values)).rows;
    } catch (error) {
      onError(error);
      throw new StoreUnavailableError('postgres', error);
    }
  };
  const changing = CHANGING_OUTCOMES.map((o) => `'${o}'`).join(', ');

  const history: SaveHistory = {
    async record(e) {
      const rows = await query(
        `INSERT INTO saves (task_id, time, "user", request, before, request_id, outcome, status, message, settle_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          e.taskId,
          e.time,
          e.user,
          JSON.stringify(e.request),
          JSON.stringify(e.before),
          e.requestId,
          e.outcome,
          e.status,
          e.message,
          e.settleUntil ?? null,
        ],
      );
      return Number(rows[0]!.id);
    },
    async conclude(id, c) {
      await query(
        `UPDATE saves SET outcome = $2, status = $3, request_id = $4, message = $5, settle_until = $6,
         settled_at = NULL, landed_at = NULL WHERE id = $1`,
        [id, c.outcome, c.status, c.requestId, c.message, c.settleUntil ?? null],
      );
    },
    async list(taskId, limit = DEFAULT_LIST_LIMIT) {
      const rows = await query('SELECT * FROM saves WHERE task_id = $1 ORDER BY id DESC LIMIT $2', [
        taskId,
        limit,
      ]);
      return rows.map(toSaveRecord);
    },
    async get(id) {
      const rows = await query('SELECT * FROM saves WHERE id = $1', [id]);
      return rows[0] ? toSaveRecord(rows[0]) : undefined;
    },
    async changes(taskId, limit = DEFAULT_CHANGES_LIMIT) {
      const rows = await query(
        `SELECT * FROM saves WHERE task_id = $1 AND outcome IN (${changing}) ORDER BY id DESC LIMIT $2`,
        [taskId, limit],
      );
      return rows.map(toSaveRecord);
    },
    async settle(id, outcome, settledAt, landedAt) {
      const rows = await query(
        `UPDATE saves SET outcome = $2, settled_at = $3, landed_at = $4 WHERE id = $1 AND outcome = 'unknown'
         RETURNING id`,
        [id, outcome, settledAt, landedAt ?? null],
      );
      return rows.length > 0;
    },
  };

  return {
    kind: 'postgres',
    location,
    schemaVersion,
    history,
    batches: createPostgresBatchJournal(pool, query, onError),
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>(
        (resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)),
      );
      const answer = pool.query('SELECT 1').then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answer, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.end(),
  };
}
