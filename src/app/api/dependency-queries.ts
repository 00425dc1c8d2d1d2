import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { exploreDownstream, type Neighbour } from '#domain/task/dependency-guards';
import {
  ListDownstreamTasksResponseSchema,
  ListTasksResponseSchema,
  ListUpstreamTasksResponseSchema,
  type TaskSummary,
} from '#domain/task/task';
import { callDataWorks } from './api-client.ts';
import { taskQueries } from './task-queries.ts';

/** Results per ListTasks page in the picker: small enough to arrive fast, loaded on as the list scrolls. */
export const SEARCH_PAGE_SIZE = 50;
/** ListUpstreamTasks / ListDownstreamTasks page size (the graph and the loop guard). */
const NEIGHBOUR_PAGE_SIZE = 100;
/** Pages of neighbours read per task; a task with more is shown as partial. */
const MAX_NEIGHBOUR_PAGES = 5;
const STALE_MS = 60_000;

export interface NeighbourTask extends Neighbour {
  task: TaskSummary;
}

/** The part of an output identifier after the project, which DataWorks' demo tasks use as their name. */
export function outputTableName(output: string): string {
  return output.slice(output.indexOf('.') + 1);
}

async function listNeighbours(
  action: 'ListUpstreamTasks' | 'ListDownstreamTasks',
  id: string,
  signal: AbortSignal,
): Promise<{ items: NeighbourTask[]; total: number }> {
  const items: NeighbourTask[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_NEIGHBOUR_PAGES; page++) {
    const body = await callDataWorks(
      action,
      { Id: id, PageNumber: page, PageSize: NEIGHBOUR_PAGE_SIZE },
      signal,
    );
    const info =
      action === 'ListUpstreamTasks'
        ? ((p) => ({ total: p.TotalCount, list: p.UpstreamTasks }))(
            ListUpstreamTasksResponseSchema.parse(body).PagingInfo,
          )
        : ((p) => ({ total: p.TotalCount, list: p.DownstreamTasks }))(
            ListDownstreamTasksResponseSchema.parse(body).PagingInfo,
          );
    total = info.total;
    for (const n of info.list)
      items.push({ id: n.Task.Id, name: n.Task.Name, dependencyType: n.DependencyType, task: n.Task });
    if (items.length >= total || info.list.length === 0) break;
  }
  return { items, total };
}

export const dependencyQueries = {
  all: () => ['dependencies'] as const,
  /** Tasks whose name contains `name` (all tasks when empty), of one owner when `owner` is an account ID. */
  search: (projectId: string, name: string, owner: string) =>
    infiniteQueryOptions({
      queryKey: [...dependencyQueries.all(), 'search', projectId, name, owner],
      queryFn: async ({ pageParam, signal }) =>
        ListTasksResponseSchema.parse(
          await callDataWorks(
            'ListTasks',
            {
              ProjectId: projectId,
              Name: name || undefined,
              Owner: owner || undefined,
              PageNumber: pageParam,
              PageSize: SEARCH_PAGE_SIZE,
              SortBy: 'Id Desc',
            },
            signal,
          ),
        ).PagingInfo,
      initialPageParam: 1,
      getNextPageParam: (last) =>
        last.PageNumber * last.PageSize < last.TotalCount ? last.PageNumber + 1 : undefined,
      staleTime: STALE_MS,
    }),
  /** Summaries (name, owner, schedule) of up to 100 tasks by ID, in one ListTasks call. */
  summaries: (projectId: string, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...dependencyQueries.all(), 'summaries', projectId, [...ids].sort()],
      queryFn: async ({ signal }) =>
        ListTasksResponseSchema.parse(
          await callDataWorks(
            'ListTasks',
            { ProjectId: projectId, Ids: [...ids], PageSize: Math.max(1, ids.length) },
            signal,
          ),
        ).PagingInfo.Tasks,
      staleTime: STALE_MS,
    }),
  upstream: (id: string) =>
    queryOptions({
      queryKey: [...dependencyQueries.all(), 'upstream', id],
      queryFn: ({ signal }) => listNeighbours('ListUpstreamTasks', id, signal),
      staleTime: STALE_MS,
    }),
  downstream: (id: string) =>
    queryOptions({
      queryKey: [...dependencyQueries.all(), 'downstream', id],
      queryFn: ({ signal }) => listNeighbours('ListDownstreamTasks', id, signal),
      staleTime: STALE_MS,
    }),
  /** Every task downstream of `task` through same-cycle edges, for the loop guard. */
  closure: (task: { id: string; name: string }) =>
    queryOptions({
      queryKey: [...dependencyQueries.all(), 'closure', task.id],
      queryFn: ({ client }) =>
        exploreDownstream(
          task,
          async (id) => (await client.fetchQuery(dependencyQueries.downstream(id))).items,
        ),
      staleTime: STALE_MS,
    }),
  /**
   * The task providing an output, or null when none does. ListTasks cannot search outputs, so it searches
   * the name the output is usually named after, then confirms with GetTask; failing that, it reads the
   * edited task's saved upstream tasks.
   */
  outputOwner: (projectId: string, output: string, editedTaskId?: string) =>
    queryOptions({
      queryKey: [...dependencyQueries.all(), 'output-owner', projectId, output],
      queryFn: async ({ client, signal }) =>
        (await findOutputOwner(client, projectId, output, editedTaskId, signal)) ?? null,
      staleTime: STALE_MS,
    }),
};

async function findOutputOwner(
  client: QueryClient,
  projectId: string,
  output: string,
  editedTaskId: string | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  const provides = async (id: string) =>
    (await client.fetchQuery(taskQueries.detail(id))).Outputs?.TaskOutputs?.some((o) => o.Output === output);
  const name = outputTableName(output);
  const found = ListTasksResponseSchema.parse(
    await callDataWorks('ListTasks', { ProjectId: projectId, Name: name, PageSize: 20 }, signal),
  ).PagingInfo.Tasks;
  const candidates = [...found.filter((t) => t.Name === name), ...found.filter((t) => t.Name !== name)];
  for (const task of candidates.slice(0, 5)) if (await provides(task.Id)) return task.Id;
  if (editedTaskId) {
    const upstream = await client.fetchQuery(dependencyQueries.upstream(editedTaskId));
    for (const n of upstream.items) if (await provides(n.id)) return n.id;
  }
  return undefined;
}

/** Remembers which task provides an output the person picked, so the guard need not search for it. */
export function rememberOutputOwner(client: QueryClient, projectId: string, output: string, taskId: string) {
  client.setQueryData(dependencyQueries.outputOwner(projectId, output).queryKey, taskId);
}
