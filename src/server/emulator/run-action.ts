import {
  ACTIONS,
  toValidationIssues,
  type ActionName,
  type LookupActionName,
} from '#domain/task/dataworks-actions';
import type { Task } from '#domain/task/task';
import { parse as parseLosslessJson } from 'lossless-json';
import { applyUpdate, parseUpdateTaskParameters } from './apply-update.ts';
import { createBatchRunner, type BatchRunnerOptions } from './batch-update.ts';
import { EmulatorError } from './emulator-error.ts';
import type { TaskStore } from './task-store.ts';

// The actions the emulator answers, with DataWorks' reply shapes and error codes, behind the gateway checks.

function notFound(id: string) {
  return new EmulatorError(404, 'Invalid.Task.NotExist', `The task ${id} does not exist.`);
}

/** GetTask never returns ClientUniqueCode or Trigger.CycleType; the store keeps them apart. */
function toReplyTask(task: Task, env: string): Task {
  return { ...task, EnvType: env };
}

function toListItem(task: Task, env: string) {
  const { Script, Inputs: _i, Outputs: _o, Dependencies: _d, Tags: _t, EnvType: _e, ...rest } = task;
  return { ...rest, ProjectEnv: env, ScriptParameters: Script?.Parameters ?? '' };
}

function toNeighbour(task: Task, env: string) {
  const { Script: _s, Inputs: _i, Outputs: _o, Dependencies: _d, Tags: _t, ...rest } = task;
  return { ...rest, EnvType: env, Trigger: { ...rest.Trigger, Timezone: 'Asia/Shanghai' } };
}

/** Runs one action on the store; throws EmulatorError for DataWorks' errors. */
export function createActionRunner(store: TaskStore, now: () => Date, batch: BatchRunnerOptions) {
  const runBatch = createBatchRunner(store, now, batch);

  function parseScalars<A extends keyof typeof ACTIONS>(action: A, params: Record<string, string>) {
    const typed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(params)) {
      if (k === 'Ids') {
        try {
          typed[k] = (parseLosslessJson(v, null, (digits) => digits) as unknown[]).map(String); // 19-digit IDs keep every digit
        } catch {
          throw EmulatorError.invalidParameter('Ids', 'is not a JSON array of task IDs');
        }
      } else typed[k] = /^(PageNumber|PageSize|Date)$/.test(k) ? Number(v) : v;
    }
    const parsed = ACTIONS[action].schema.safeParse(typed);
    if (!parsed.success) {
      const [first] = toValidationIssues(parsed.error);
      throw EmulatorError.invalidParameter(first?.path || 'request', first?.message ?? 'is invalid');
    }
    return parsed.data as Record<string, unknown> & { Id?: string };
  }

  /** The task actions; the lookups are lookup-actions.ts'. */
  function runAction(
    action: Exclude<ActionName, LookupActionName>,
    params: Record<string, string>,
    user: string,
  ): Record<string, unknown> {
    switch (action) {
      case 'GetTask': {
        const request = parseScalars(action, params);
        const task = store.getTask(request.Id!);
        if (!task) throw notFound(request.Id!);
        return { Task: toReplyTask(task, (request.ProjectEnv as string) ?? 'Prod') };
      }
      case 'ListTasks': {
        const r = parseScalars(action, params) as Record<string, string | number | string[] | undefined>;
        const pageNumber = (r.PageNumber as number) ?? 1;
        const pageSize = (r.PageSize as number) ?? 10;
        const { total, tasks } = store.listTasks({
          projectId: r.ProjectId as string,
          name: r.Name as string,
          owner: r.Owner as string,
          taskType: r.TaskType as string,
          ids: r.Ids as string[],
          triggerType: r.TriggerType as string,
          triggerRecurrence: r.TriggerRecurrence as string,
          sortBy: r.SortBy as string,
          pageNumber,
          pageSize,
        });
        const env = (r.ProjectEnv as string) ?? 'Prod';
        return {
          PagingInfo: {
            PageNumber: pageNumber,
            PageSize: pageSize,
            TotalCount: total,
            Tasks: tasks.map((t) => toListItem(t, env)),
          },
        };
      }
      case 'ListUpstreamTasks':
      case 'ListDownstreamTasks': {
        const r = parseScalars(action, params) as Record<string, string | number | undefined>;
        if (!store.getTask(r.Id as string)) throw notFound(r.Id as string);
        const all =
          action === 'ListUpstreamTasks'
            ? store.upstreamOf(r.Id as string)
            : store.downstreamOf(r.Id as string);
        const pageNumber = (r.PageNumber as number) ?? 1;
        const pageSize = (r.PageSize as number) ?? 10;
        const page = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
        const env = (r.ProjectEnv as string) ?? 'Prod';
        const items = page.map((n) => ({ DependencyType: n.dependencyType, Task: toNeighbour(n.task, env) }));
        return {
          PagingInfo: {
            PageNumber: pageNumber,
            PageSize: pageSize,
            TotalCount: all.length,
            [action === 'ListUpstreamTasks' ? 'UpstreamTasks' : 'DownstreamTasks']: items,
          },
        };
      }
      case 'ListTaskOperationLogs': {
        const r = parseScalars(action, params) as Record<string, string | number | undefined>;
        const id = r.Id as string;
        if (!store.getTask(id)) throw notFound(id);
        const day = new Date((r.Date as number) ?? now().getTime()).toISOString().slice(0, 10);
        // Each kept version marks one change: the operation that replaced it.
        const versions = store.versions(id);
        const logs = versions
          .map((v, i) => {
            const next = versions[i + 1]?.task ?? store.getTask(id)!;
            return {
              CreateTime: next.ModifyTime ?? 0,
              OperationContent: `Updated task ${id} (version ${v.version + 1})`,
              OperationSeq: v.version,
              TaskId: id,
              User: next.ModifyUser ?? '',
            };
          })
          .filter((log) => new Date(log.CreateTime).toISOString().slice(0, 10) === day)
          .reverse();
        const pageNumber = (r.PageNumber as number) ?? 1;
        const pageSize = (r.PageSize as number) ?? 10;
        return {
          PagingInfo: {
            PageNumber: pageNumber,
            PageSize: pageSize,
            TotalCount: logs.length,
            OperationLogs: logs.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
          },
        };
      }
      case 'UpdateTask': {
        const request = parseUpdateTaskParameters(params);
        const task = store.getTask(request.Id);
        if (!task) throw notFound(request.Id);
        const code = store.clientUniqueCodeOf(request.Id);
        if (request.ClientUniqueCode !== undefined && request.ClientUniqueCode !== code)
          throw EmulatorError.invalidParameter(
            'ClientUniqueCode',
            'does not match the code the task was created with',
          );
        request.Dependencies?.forEach((dep, i) => {
          if (dep.UpstreamTaskId !== undefined && !store.getTask(dep.UpstreamTaskId))
            throw EmulatorError.invalidParameter(
              `Dependencies.${i}.UpstreamTaskId`,
              `no task has the ID ${dep.UpstreamTaskId}`,
            );
          if (dep.UpstreamOutput !== undefined && store.taskIdOfOutput(dep.UpstreamOutput) === undefined)
            throw EmulatorError.invalidParameter(
              `Dependencies.${i}.UpstreamOutput`,
              `output name of the parent node does not exist: ${dep.UpstreamOutput}`,
            );
        });
        request.Outputs?.TaskOutputs?.forEach((o, i) => {
          const holder = store.taskIdOfOutput(o.Output);
          if (holder !== undefined && holder !== request.Id)
            throw EmulatorError.invalidParameter(
              `Outputs.TaskOutputs.${i}.Output`,
              `${o.Output} is already the output of task ${holder}; outputs are unique in a workspace`,
            );
        });
        store.saveTask(applyUpdate(task, request, user, now()), task);
        return { Success: true };
      }
      case 'BatchUpdateTasks':
        return runBatch(params, user);
    }
  }

  return runAction;
}
