import type Database from 'better-sqlite3';
import type { BatchTaskState } from '#domain/batch/batch-contract';
import {
  countsByBatch,
  countStates,
  toBatchSummary,
  toBatchTaskRecord,
  toTaskBatchEntry,
  type BatchJournal,
} from '../batch/batch-journal.ts';

/** The batch journal in SQLite; `run` turns a failure into StoreUnavailableError. */
export function createSqliteBatchJournal(
  db: Database.Database,
  run: <T>(work: () => T) => Promise<T>,
): BatchJournal {
  const insertBatch = db.prepare(
    `INSERT INTO batches (project_id, comment, chunk_size, revert_of, user, created_at, updated_at, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'ready')`,
  );
  const insertTask = db.prepare(
    `INSERT INTO batch_tasks (batch_id, position, task_id, name, modify_time, request, before, state, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
  );
  const selectBatch = db.prepare<[string], Record<string, unknown>>('SELECT * FROM batches WHERE id = ?');
  const selectTasks = db.prepare<[string], Record<string, unknown>>(
    'SELECT * FROM batch_tasks WHERE batch_id = ? ORDER BY position',
  );
  const selectList = db.prepare<[string, number], Record<string, unknown>>(
    'SELECT * FROM batches WHERE project_id = ? ORDER BY id DESC LIMIT ?',
  );
  const selectForTask = db.prepare<[string, number], Record<string, unknown>>(
    `SELECT b.*, t.state AS task_state, t.message AS task_message, t.updated_at AS task_updated_at
     FROM batch_tasks t JOIN batches b ON b.id = t.batch_id WHERE t.task_id = ? ORDER BY b.id DESC LIMIT ?`,
  );
  const acquire = db.prepare(
    `UPDATE batches SET lease_owner = @owner, lease_expires = @expiresAt, state = 'running',
     cancel_requested = 0, updated_at = @now
     WHERE id = @id
       AND (state <> 'done' OR EXISTS (SELECT 1 FROM batch_tasks WHERE batch_id = @id AND state = 'failed'))
       AND (lease_owner IS NULL OR lease_expires < @now)`,
  );
  const renew = db.prepare(
    'UPDATE batches SET lease_expires = @expiresAt WHERE id = @id AND lease_owner = @owner',
  );
  const setTask = db.prepare(
    `UPDATE batch_tasks SET state = @state, message = @message,
     request_id = CASE WHEN @keepRequestId THEN request_id ELSE @requestId END, updated_at = @now
     WHERE batch_id = @id AND task_id = @taskId`,
  );
  const touch = db.prepare('UPDATE batches SET updated_at = @now WHERE id = @id');
  const addCalls = db.prepare(
    'UPDATE batches SET calls = calls + @calls, updated_at = @now WHERE id = @id AND lease_owner = @owner',
  );
  const release = db.prepare(
    `UPDATE batches SET state = @state, lease_owner = NULL, lease_expires = NULL, cancel_requested = 0,
     updated_at = @now WHERE id = @id AND lease_owner = @owner`,
  );
  const requestCancel = db.prepare(
    `UPDATE batches SET cancel_requested = 1, updated_at = @now
     WHERE id = @id AND state = 'running' AND lease_expires >= @now`,
  );
  const cancelIdle = db.prepare(
    `UPDATE batches SET state = 'cancelled', lease_owner = NULL, lease_expires = NULL, updated_at = @now
     WHERE id = @id AND state <> 'done' AND (lease_owner IS NULL OR lease_expires < @now)`,
  );

  const countsOf = (ids: string[]) =>
    ids.length === 0
      ? new Map<string, Partial<Record<BatchTaskState, number>>>()
      : countsByBatch(
          db
            .prepare(
              `SELECT batch_id, state, count(*) AS n FROM batch_tasks WHERE batch_id IN (${ids.map(() => '?').join(',')})
               GROUP BY batch_id, state`,
            )
            .all(...ids) as Record<string, unknown>[],
        );

  return {
    create: (batch) =>
      run(() =>
        db
          .transaction(() => {
            const id = String(
              insertBatch.run(
                batch.projectId,
                batch.comment,
                batch.chunkSize,
                batch.revertOf,
                batch.user,
                batch.createdAt,
                batch.createdAt,
              ).lastInsertRowid,
            );
            batch.tasks.forEach((t, position) =>
              insertTask.run(
                id,
                position,
                t.taskId,
                t.name,
                t.modifyTime,
                JSON.stringify(t.request),
                JSON.stringify(t.before),
                batch.createdAt,
              ),
            );
            return id;
          })
          .immediate(),
      ),
    get: (id, now) =>
      run(() => {
        const row = selectBatch.get(id);
        if (!row) return undefined;
        const Tasks = selectTasks.all(id).map(toBatchTaskRecord);
        return { ...toBatchSummary(row, countStates(Tasks), now), Tasks };
      }),
    list: (projectId, limit, now) =>
      run(() => {
        const rows = selectList.all(projectId, limit);
        const counts = countsOf(rows.map((r) => String(r.id)));
        return rows.map((row) => {
          const {
            lease: _l,
            cancelRequested: _c,
            ...summary
          } = toBatchSummary(row, counts.get(String(row.id)) ?? {}, now);
          return summary;
        });
      }),
    forTask: (taskId, limit) => run(() => selectForTask.all(taskId, limit).map(toTaskBatchEntry)),
    acquire: (id, owner, now, expiresAt) => run(() => acquire.run({ id, owner, now, expiresAt }).changes > 0),
    renew: (id, owner, _now, expiresAt) => run(() => renew.run({ id, owner, expiresAt }).changes > 0),
    setTasks: (id, owner, changes, now, expiresAt) =>
      run(() =>
        db
          .transaction(() => {
            // Fenced: only the lease's holder writes, and the write renews the lease.
            if (renew.run({ id, owner, expiresAt }).changes === 0) return false;
            for (const c of changes)
              setTask.run({
                id,
                taskId: c.taskId,
                state: c.state,
                message: c.message ?? null,
                keepRequestId: c.requestId === undefined ? 1 : 0,
                requestId: c.requestId ?? null,
                now,
              });
            touch.run({ id, now });
            return true;
          })
          .immediate(),
      ),
    addCalls: (id, owner, calls, now) =>
      run(() => {
        addCalls.run({ id, owner, calls, now });
      }),
    release: (id, owner, state, now) =>
      run(() => {
        release.run({ id, owner, state, now });
      }),
    cancel: (id, now) =>
      run(() =>
        db
          .transaction(() => {
            const row = selectBatch.get(id);
            if (!row) return 'missing' as const;
            if (row.state === 'done') return 'done' as const;
            if (requestCancel.run({ id, now }).changes > 0) return 'requested' as const;
            cancelIdle.run({ id, now });
            return 'cancelled' as const;
          })
          .immediate(),
      ),
  };
}
