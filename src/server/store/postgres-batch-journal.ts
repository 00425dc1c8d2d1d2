import type pg from 'pg';
import type { BatchTaskState } from '#domain/batch/batch-contract';
import {
  countsByBatch,
  countStates,
  toBatchSummary,
  toBatchTaskRecord,
  toTaskBatchEntry,
  type BatchJournal,
} from '../batch/batch-journal.ts';
import { StoreUnavailableError } from './store.ts';

type Query = (text: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

/** Rows per INSERT of a batch's tasks: 8 parameters each, well under PostgreSQL's 65,535. */
const INSERT_ROWS = 500;

/** The batch journal in PostgreSQL: `query` for single statements, `pool` for the transactions. */
export function createPostgresBatchJournal(
  pool: pg.Pool,
  query: Query,
  onError: (error: unknown) => void,
): BatchJournal {
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      onError(error);
      throw new StoreUnavailableError('postgres', error);
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      onError(error);
      throw new StoreUnavailableError('postgres', error);
    } finally {
      client.release();
    }
  }

  const renewSql = 'UPDATE batches SET lease_expires = $3 WHERE id = $1 AND lease_owner = $2 RETURNING id';

  async function countsOf(ids: string[]) {
    if (ids.length === 0) return new Map<string, Partial<Record<BatchTaskState, number>>>();
    return countsByBatch(
      await query(
        `SELECT batch_id, state, count(*) AS n FROM batch_tasks WHERE batch_id = ANY($1::bigint[])
         GROUP BY batch_id, state`,
        [ids],
      ),
    );
  }

  return {
    create: (batch) =>
      transaction(async (client) => {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO batches (project_id, comment, chunk_size, revert_of, "user", created_at, updated_at, state)
           VALUES ($1, $2, $3, $4, $5, $6, $6, 'ready') RETURNING id`,
          [batch.projectId, batch.comment, batch.chunkSize, batch.revertOf, batch.user, batch.createdAt],
        );
        const id = String(rows[0]!.id);
        for (let start = 0; start < batch.tasks.length; start += INSERT_ROWS) {
          const slice = batch.tasks.slice(start, start + INSERT_ROWS);
          const values: unknown[] = [];
          const tuples = slice.map((t, i) => {
            values.push(
              id,
              start + i,
              t.taskId,
              t.name,
              t.modifyTime,
              JSON.stringify(t.request),
              JSON.stringify(t.before),
              batch.createdAt,
            );
            const b = i * 8;
            return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, 'pending', $${b + 8})`;
          });
          await client.query(
            `INSERT INTO batch_tasks (batch_id, position, task_id, name, modify_time, request, before, state, updated_at)
             VALUES ${tuples.join(', ')}`,
            values,
          );
        }
        return id;
      }),
    async get(id, now) {
      const [row] = await query('SELECT * FROM batches WHERE id = $1', [id]);
      if (!row) return undefined;
      const Tasks = (
        await query('SELECT * FROM batch_tasks WHERE batch_id = $1 ORDER BY position', [id])
      ).map(toBatchTaskRecord);
      return { ...toBatchSummary(row, countStates(Tasks), now), Tasks };
    },
    async list(projectId, limit, now) {
      const rows = await query('SELECT * FROM batches WHERE project_id = $1 ORDER BY id DESC LIMIT $2', [
        projectId,
        limit,
      ]);
      const counts = await countsOf(rows.map((r) => String(r.id)));
      return rows.map((row) => {
        const {
          lease: _l,
          cancelRequested: _c,
          ...summary
        } = toBatchSummary(row, counts.get(String(row.id)) ?? {}, now);
        return summary;
      });
    },
    async forTask(taskId, limit) {
      const rows = await query(
        `SELECT b.*, t.state AS task_state, t.message AS task_message, t.updated_at AS task_updated_at
         FROM batch_tasks t JOIN batches b ON b.id = t.batch_id WHERE t.task_id = $1 ORDER BY b.id DESC LIMIT $2`,
        [taskId, limit],
      );
      return rows.map(toTaskBatchEntry);
    },
    async acquire(id, owner, now, expiresAt) {
      // One UPDATE: PostgreSQL locks the row and checks the condition again on the row it locked, so of
      // replicas racing for an expired lease exactly one gets it.
      const rows = await query(
        `UPDATE batches SET lease_owner = $2, lease_expires = $4, state = 'running', cancel_requested = 0,
         updated_at = $3
         WHERE id = $1
           AND (state <> 'done' OR EXISTS (SELECT 1 FROM batch_tasks WHERE batch_id = $1 AND state = 'failed'))
           AND (lease_owner IS NULL OR lease_expires < $3) RETURNING id`,
        [id, owner, now, expiresAt],
      );
      return rows.length > 0;
    },
    async renew(id, owner, _now, expiresAt) {
      return (await query(renewSql, [id, owner, expiresAt])).length > 0;
    },
    setTasks: (id, owner, changes, now, expiresAt) =>
      transaction(async (client) => {
        // Fenced: the batch row stays locked by this renewal until the task states are written.
        if ((await client.query(renewSql, [id, owner, expiresAt])).rowCount === 0) return false;
        for (const c of changes)
          await client.query(
            `UPDATE batch_tasks SET state = $3, message = $4,
             request_id = CASE WHEN $5::boolean THEN request_id ELSE $6 END, updated_at = $7
             WHERE batch_id = $1 AND task_id = $2`,
            [id, c.taskId, c.state, c.message ?? null, c.requestId === undefined, c.requestId ?? null, now],
          );
        await client.query('UPDATE batches SET updated_at = $2 WHERE id = $1', [id, now]);
        return true;
      }),
    async addCalls(id, owner, calls, now) {
      await query(
        'UPDATE batches SET calls = calls + $3, updated_at = $4 WHERE id = $1 AND lease_owner = $2',
        [id, owner, calls, now],
      );
    },
    async release(id, owner, state, now) {
      await query(
        `UPDATE batches SET state = $3, lease_owner = NULL, lease_expires = NULL, cancel_requested = 0,
         updated_at = $4 WHERE id = $1 AND lease_owner = $2`,
        [id, owner, state, now],
      );
    },
    cancel: (id, now) =>
      transaction(async (client) => {
        const { rows } = await client.query<{ state: string; lease_expires: string | null }>(
          'SELECT state, lease_expires FROM batches WHERE id = $1 FOR UPDATE',
          [id],
        );
        const row = rows[0];
        if (!row) return 'missing' as const;
        if (row.state === 'done') return 'done' as const;
        if (row.state === 'running' && row.lease_expires !== null && Number(row.lease_expires) >= now) {
          await client.query('UPDATE batches SET cancel_requested = 1, updated_at = $2 WHERE id = $1', [
            id,
            now,
          ]);
          return 'requested' as const;
        }
        await client.query(
          `UPDATE batches SET state = 'cancelled', lease_owner = NULL, lease_expires = NULL, updated_at = $2
           WHERE id = $1`,
          [id, now],
        );
        return 'cancelled' as const;
      }),
  };
}
