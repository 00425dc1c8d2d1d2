import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';

// The proxy's audit log of saves, in SQLite under DATA_DIR: it must outlast the process and any browser.

export interface SaveRecord {
  id: number;
  taskId: string;
  time: number;
  user: string;
  request: UpdateTaskRequest;
  /** The sent sections as they were before the save (from the proxy's read of the task). */
  before: Record<string, unknown>;
  requestId: string | null;
  outcome: 'saved' | 'refused' | 'conflict' | 'unknown' | 'confirmed-by-read-back';
  status: number;
  message: string | null;
}

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
  const insert = db.prepare(
    `INSERT INTO saves (task_id, time, user, request, before, request_id, outcome, status, message)
     VALUES (@taskId, @time, @user, @request, @before, @requestId, @outcome, @status, @message)`,
  );
  const select = db.prepare<[string, number], Record<string, unknown>>(
    'SELECT * FROM saves WHERE task_id = ? ORDER BY id DESC LIMIT ?',
  );
  return {
    record(entry: Omit<SaveRecord, 'id'>): number {
      return Number(
        insert.run({ ...entry, request: JSON.stringify(entry.request), before: JSON.stringify(entry.before) })
          .lastInsertRowid,
      );
    },
    list(taskId: string, limit = 100): SaveRecord[] {
      return select.all(taskId, limit).map((row) => ({
        id: row.id as number,
        taskId: row.task_id as string,
        time: row.time as number,
        user: row.user as string,
        request: JSON.parse(row.request as string) as UpdateTaskRequest,
        before: JSON.parse(row.before as string) as Record<string, unknown>,
        requestId: row.request_id as string | null,
        outcome: row.outcome as SaveRecord['outcome'],
        status: row.status as number,
        message: row.message as string | null,
      }));
    },
    close: () => db.close(),
  };
}
