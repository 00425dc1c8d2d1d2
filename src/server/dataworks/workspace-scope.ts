import { TaskSchema, type Task } from '#domain/task/task';
import { proxyError } from '../proxy-error.ts';
import type { DataWorksClient, DataWorksReply } from './dataworks-client.ts';
import type { ServedWorkspaces } from './served-workspaces.ts';

export type TaskRead = { reply: DataWorksReply; task?: Task };

/** Reads a task through the proxy's client; `task` only when DataWorks answered one. */
export async function readTask(dataworks: Pick<DataWorksClient, 'send'>, id: string): Promise<TaskRead> {
  const reply = await dataworks.send('GetTask', { Id: id });
  if (reply.status !== 200) return { reply };
  const parsed = TaskSchema.safeParse(reply.body.Task);
  return { reply, task: parsed.success ? parsed.data : undefined };
}

export type WorkspaceScope = ReturnType<typeof createWorkspaceScope>;

/**
 * Keeps calls to the workspaces the editor serves (ACTIONS' `scope`). A task never moves between
 * workspaces, so the project each task was read in is remembered.
 */
export function createWorkspaceScope(dataworks: Pick<DataWorksClient, 'send'>, workspaces: ServedWorkspaces) {
  const projectOf = new Map<string, string>();

  function learn(id: string, taskProject: string | undefined) {
    if (taskProject) projectOf.set(id, taskProject);
  }

  /** 403 when the task is known to be a workspace this editor does not serve. */
  async function assertInProject(id: string, taskProject = projectOf.get(id)) {
    if (taskProject !== undefined && !(await workspaces.isServed(taskProject)))
      proxyError(
        403,
        'Forbidden.Project',
        `Task ${id} belongs to workspace ${taskProject}, which this editor does not serve.`,
      );
  }

  return {
    learn,
    assertInProject,
    isKnown: (id: string) => projectOf.has(id),
    async readTask(id: string): Promise<TaskRead> {
      const read = await readTask(dataworks, id);
      learn(id, read.task?.ProjectId);
      return read;
    },
    /**
     * ListTasks and the like: the default workspace filled in when the request names none. `key` is the
     * parameter naming the workspace (ACTIONS' `projectParam`): ListImages' `ProjectIds` and ListProjects'
     * `Ids` are lists, filled with the default and refused when they name any workspace not served. A list
     * that is not an array is left for the schema to refuse (400).
     */
    async inProject(
      params: Record<string, unknown>,
      key: 'ProjectId' | 'ProjectIds' | 'Ids' | 'Id' = 'ProjectId',
    ): Promise<Record<string, unknown>> {
      const scoped = { ...params };
      const isList = key === 'ProjectIds' || key === 'Ids';
      scoped[key] ??= isList ? [workspaces.defaultId] : workspaces.defaultId;
      const named = scoped[key];
      if (Array.isArray(named)) {
        if (named.length === 0) proxyError(403, 'Forbidden.Project', `${key} must name a served workspace.`);
        for (const id of named) await workspaces.assertServed(String(id));
      } else if (!isList) await workspaces.assertServed(String(named));
      return scoped;
    },
  };
}
