import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Task } from '#domain/task/task';

// The emulator's tasks in SQLite: every write is one transaction in WAL mode with synchronous=FULL, so a
// crash mid-write leaves either the old or the new state, never a torn file.

export interface ListFilter {
  projectId: string;
  name?: string;
  owner?: string;
  taskType?: string;
  ids?: string[];
  triggerType?: string;
  triggerRecurrence?: string;
  sortBy?: string;
  pageNumber: number;
  pageSize: number;
}

export interface Neighbour {
  dependencyType: 'Normal' | 'CrossCycle';
  task: Task;
}

export type TaskStore = ReturnType<typeof openTaskStore>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL, owner TEXT, type TEXT,
  trigger_type TEXT, recurrence TEXT, create_time INTEGER, modify_time INTEGER, client_unique_code TEXT, body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_project ON tasks(project_id);
CREATE TABLE IF NOT EXISTS task_versions (
  task_id TEXT NOT NULL, version INTEGER NOT NULL, modify_time INTEGER, modify_user TEXT, body TEXT NOT NULL,
  PRIMARY KEY (task_id, version)
);
CREATE TABLE IF NOT EXISTS task_outputs (output TEXT NOT NULL, task_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS task_outputs_output ON task_outputs(output);
CREATE INDEX IF NOT EXISTS task_outputs_task ON task_outputs(task_id);
CREATE TABLE IF NOT EXISTS task_dependencies (
  task_id TEXT NOT NULL, type TEXT NOT NULL, upstream_task_id TEXT, upstream_output TEXT
);
CREATE INDEX IF NOT EXISTS deps_task ON task_dependencies(task_id);
CREATE INDEX IF NOT EXISTS deps_upstream_task ON task_dependencies(upstream_task_id);
CREATE INDEX IF NOT EXISTS deps_upstream_output ON task_dependencies(upstream_output);
`;

const SORTABLE: Record<string, string> = {
  Id: 'length(id) %s, id %s',
  ModifyTime: 'modify_time %s, length(id) %s, id %s',
  CreateTime: 'create_time %s, length(id) %s, id %s',
};

function orderBy(sortBy = 'Id Desc'): string {
  const [field = 'Id', direction = 'Asc'] = sortBy.split(' ');
  const dir = direction === 'Desc' ? 'DESC' : 'ASC';
  return (SORTABLE[field] ?? SORTABLE.Id!).replaceAll('%s', dir);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Opens (creating when absent) the store at `<dataDir>/emulator.sqlite`; `:memory:` for tests. */
export function openTaskStore(dataDir: string) {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'emulator.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);

  const insertTask = db.prepare(
    `INSERT OR REPLACE INTO tasks (id, project_id, name, owner, type, trigger_type, recurrence, create_time, modify_time, client_unique_code, body)
     VALUES (@id, @projectId, @name, @owner, @type, @triggerType, @recurrence, @createTime, @modifyTime, @clientUniqueCode, @body)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO task_versions (task_id, version, modify_time, modify_user, body)
     VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1 FROM task_versions WHERE task_id = ?), ?, ?, ?)`,
  );
  const deleteOutputs = db.prepare('DELETE FROM task_outputs WHERE task_id = ?');
  const insertOutput = db.prepare('INSERT INTO task_outputs (output, task_id) VALUES (?, ?)');
  const deleteDeps = db.prepare('DELETE FROM task_dependencies WHERE task_id = ?');
  const insertDep = db.prepare(
    'INSERT INTO task_dependencies (task_id, type, upstream_task_id, upstream_output) VALUES (?, ?, ?, ?)',
  );
  const selectBody = db.prepare<[string], { body: string; client_unique_code: string | null }>(
    'SELECT body, client_unique_code FROM tasks WHERE id = ?',
  );
  const selectOutputOwner = db.prepare<[string], { task_id: string }>(
    'SELECT task_id FROM task_outputs WHERE output = ? LIMIT 1',
  );

  function writeTask(task: Task, clientUniqueCode: string | null) {
    insertTask.run({
      id: task.Id,
      projectId: task.ProjectId ?? '',
      name: task.Name,
      owner: task.Owner ?? null,
      type: task.Type ?? null,
      triggerType: task.Trigger?.Type ?? null,
      recurrence: task.Trigger?.Recurrence ?? null,
      createTime: task.CreateTime ?? null,
      modifyTime: task.ModifyTime ?? null,
      clientUniqueCode,
      body: JSON.stringify(task),
    });
    deleteOutputs.run(task.Id);
    for (const o of task.Outputs?.TaskOutputs ?? []) insertOutput.run(o.Output, task.Id);
    deleteDeps.run(task.Id);
    for (const d of task.Dependencies ?? [])
      insertDep.run(task.Id, d.Type, d.UpstreamTaskId ?? null, d.UpstreamOutput ?? null);
  }

  function getTask(id: string): Task | undefined {
    const row = selectBody.get(id);
    return row ? (JSON.parse(row.body) as Task) : undefined;
  }

  function neighbours(sql: string, params: unknown[]): Neighbour[] {
    const rows = db.prepare<unknown[], { id: string; type: string }>(sql).all(...params);
    const byId = new Map<string, Neighbour>();
    for (const row of rows) {
      const task = getTask(row.id);
      if (!task) continue;
      const dependencyType = row.type === 'Normal' ? 'Normal' : 'CrossCycle';
      if (!byId.has(row.id) || dependencyType === 'Normal') byId.set(row.id, { dependencyType, task });
    }
    return [...byId.values()];
  }

  return {
    close: () => db.close(),
    count: (): number => (db.prepare('SELECT COUNT(*) AS n FROM tasks').get() as { n: number }).n,
    getTask,
    clientUniqueCodeOf: (id: string): string | null => selectBody.get(id)?.client_unique_code ?? null,
    taskIdOfOutput: (output: string): string | undefined => selectOutputOwner.get(output)?.task_id,

    /** Inserts tasks as they are, without versions: used to seed a project. */
    seed: db.transaction((tasks: Task[], codes: Map<string, string> = new Map()) => {
      for (const task of tasks) writeTask(task, codes.get(task.Id) ?? null);
    }),

    /** Replaces a task and keeps the previous content as a version, in one transaction. */
    saveTask: db.transaction((task: Task, previous: Task) => {
      insertVersion.run(
        previous.Id,
        previous.Id,
        previous.ModifyTime ?? null,
        previous.ModifyUser ?? null,
        JSON.stringify(previous),
      );
      writeTask(task, selectBody.get(task.Id)?.client_unique_code ?? null);
    }),

    versions: (id: string): { version: number; modifyTime: number; modifyUser: string; task: Task }[] =>
      db
        .prepare<[string], { version: number; modify_time: number; modify_user: string; body: string }>(
          'SELECT version, modify_time, modify_user, body FROM task_versions WHERE task_id = ? ORDER BY version',
        )
        .all(id)
        .map((r) => ({
          version: r.version,
          modifyTime: r.modify_time,
          modifyUser: r.modify_user,
          task: JSON.parse(r.body) as Task,
        })),

    listTasks(filter: ListFilter): { total: number; tasks: Task[] } {
      const where = ['project_id = @projectId'];
      const params: Record<string, unknown> = { projectId: filter.projectId };
      if (filter.name) {
        where.push("name LIKE @name ESCAPE '\\'");
        params.name = `%${escapeLike(filter.name)}%`;
      }

      const exact: [string, string | undefined][] = [
        ['owner', filter.owner],
        ['type', filter.taskType],
        ['trigger_type', filter.triggerType],
        ['recurrence', filter.triggerRecurrence],
      ];
      for (const [column, value] of exact) {
        if (!value) continue;
        where.push(`${column} = @${column}`);
        params[column] = value;
      }
      if (filter.ids) {
        where.push(`id IN (SELECT value FROM json_each(@ids))`);
        params.ids = JSON.stringify(filter.ids);
      }
      const clause = where.join(' AND ');
      const total = (
        db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE ${clause}`).get(params) as { n: number }
      ).n;
      const rows = db
        .prepare<Record<string, unknown>, { body: string }>(
          `SELECT body FROM tasks WHERE ${clause} ORDER BY ${orderBy(filter.sortBy)} LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: filter.pageSize, offset: (filter.pageNumber - 1) * filter.pageSize });
      return { total, tasks: rows.map((r) => JSON.parse(r.body) as Task) };
    },

    /** Tasks this task depends on: by task ID, or through an output another task provides. */
    upstreamOf: (id: string): Neighbour[] =>
      neighbours(
        `SELECT COALESCE(d.upstream_task_id, o.task_id) AS id, d.type AS type FROM task_dependencies d
         LEFT JOIN task_outputs o ON o.output = d.upstream_output
         WHERE d.task_id = ? AND d.type IN ('Normal', 'CrossCycleDependsOnOtherNode') AND COALESCE(d.upstream_task_id, o.task_id) IS NOT NULL`,
        [id],
      ),

    downstreamOf: (id: string): Neighbour[] =>
      neighbours(
        `SELECT d.task_id AS id, d.type AS type FROM task_dependencies d
         WHERE d.type IN ('Normal', 'CrossCycleDependsOnOtherNode')
           AND (d.upstream_task_id = ? OR d.upstream_output IN (SELECT output FROM task_outputs WHERE task_id = ?))`,
        [id, id],
      ),
  };
}
