import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';

// The proxy's audit log of saves, in SQLite under DATA_DIR: it must outlast the process and any browser.

/**
 * - `unknown`: DataWorks did not answer (timeout, dropped connection) and the read-back did not show the
 *   change yet: it may still land until `settleUntil`.
 * - `landed-late`: an `unknown` save later found applied; `not-landed`: still not applied after `settleUntil`.
 * - `already-applied`: a retry of a change the same user's earlier save had already made; nothing was sent.
 */
export type SaveOutcome =
  | 'saved'
  | 'refused'
  | 'conflict'
  | 'unknown'
  | 'confirmed-by-read-back'
  | 'landed-late'
  | 'not-landed'
  | 'already-applied';

export interface SaveRecord {
  id: number;
  taskId: string;
  time: number;
  user: string;
  request: UpdateTaskRequest;
  /** The sent sections as they were before the save (from the proxy's read of the task). */
  before: Record<string, unknown>;
  requestId: string | null;
  outcome: SaveOutcome;
  status: number;
  message: string | null;
  /** For an `unknown` save: until when (epoch ms) it may still land; after that it is `not-landed`. */
  settleUntil: number | null;
  /** When an `unknown` save was settled as `landed-late` or `not-landed` (the proxy's clock). */
  settledAt: number | null;
  /** For `landed-late`: the task's ModifyTime when the change was found applied. */
  landedAt: number | null;
}

export type NewSaveRecord = Omit<SaveRecord, 'id' | 'settleUntil' | 'settledAt' | 'landedAt'> & {
  settleUntil?: number | null;
};

export type SaveHistory = ReturnType<typeof openSaveHistory>;

export function openSaveHistory(dataDir: string) {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'history.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS saves (
    id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, time INTEGER NOT NULL, user TEXT NOT NULL,
    request TEXT NOT NULL, before TEXT NOT NULL, request_id TEXT, outcome TEXT NOT NULL, status INTEGER NOT NULL, message TEXT
  );
  CREATE INDEX IF NOT EXISTS saves_task ON saves(task_id, id);`);
  // Columns added after the first release: history.sqlite files made before them get them here.
  const existing = new Set((db.pragma('table_info(saves)') as { name: string }[]).map((c) => c.name));
  for (const column of ['settle_until', 'settled_at', 'landed_at'])
    if (!existing.has(column)) db.exec(`ALTER TABLE saves ADD COLUMN ${column} INTEGER`);

  const insert = db.prepare(
    `INSERT INTO saves (task_id, time, user, request, before, request_id, outcome, status, message, settle_until)
     VALUES (@taskId, @time, @user, @request, @before, @requestId, @outcome, @status, @message, @settleUntil)`,
  );
  const select = db.prepare<[string, number], Record<string, unknown>>(
    'SELECT * FROM saves WHERE task_id = ? ORDER BY id DESC LIMIT ?',
  );
  const selectOne = db.prepare<[number], Record<string, unknown>>('SELECT * FROM saves WHERE id = ?');
  const selectChanges = db.prepare<[string, number], Record<string, unknown>>(
    `SELECT * FROM saves WHERE task_id = ? AND outcome IN ('saved', 'confirmed-by-read-back', 'unknown', 'landed-late')
     ORDER BY id DESC LIMIT ?`,
  );
  const settleUnknown = db.prepare<[string, number, number | null, number]>(
    `UPDATE saves SET outcome = ?, settled_at = ?, landed_at = ? WHERE id = ? AND outcome = 'unknown'`,
  );

  const toRecord = (row: Record<string, unknown>): SaveRecord => ({
    id: row.id as number,
    taskId: row.task_id as string,
    time: row.time as number,
    user: row.user as string,
    request: JSON.parse(row.request as string) as UpdateTaskRequest,
    before: JSON.parse(row.before as string) as Record<string, unknown>,
    requestId: row.request_id as string | null,
    outcome: row.outcome as SaveOutcome,
    status: row.status as number,
    message: row.message as string | null,
    settleUntil: (row.settle_until as number | null) ?? null,
    settledAt: (row.settled_at as number | null) ?? null,
    landedAt: (row.landed_at as number | null) ?? null,
  });

  return {
    record(entry: NewSaveRecord): number {
      return Number(
        insert.run({
          ...entry,
          request: JSON.stringify(entry.request),
          before: JSON.stringify(entry.before),
          settleUntil: entry.settleUntil ?? null,
        }).lastInsertRowid,
      );
    },
    list(taskId: string, limit = 100): SaveRecord[] {
      return select.all(taskId, limit).map(toRecord);
    },
    get(id: number): SaveRecord | undefined {
      const row = selectOne.get(id);
      return row ? toRecord(row) : undefined;
    },
    /** The task's saves that changed it or may have (saved, confirmed, unknown, landed late), newest first. */
    changes(taskId: string, limit = 50): SaveRecord[] {
      return selectChanges.all(taskId, limit).map(toRecord);
    },
    /**
     * Settles an `unknown` save as `landed-late` (with the task's ModifyTime then) or `not-landed`. Answers
     * false when the record was no longer `unknown` (settled by another request in the meantime).
     */
    settle(id: number, outcome: 'landed-late' | 'not-landed', settledAt: number, landedAt?: number): boolean {
      return settleUnknown.run(outcome, settledAt, landedAt ?? null, id).changes > 0;
    },
    close: () => db.close(),
  };
}
