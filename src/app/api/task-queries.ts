import { z } from 'zod/mini';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { GetTaskResponseSchema, TaskSummarySchema, type Task } from '#domain/task/task';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { callDataWorks, getJson, getSaveHistory } from './api-client.ts';
import { takeEarlyTaskReply } from './early-task-request.ts';

/** The list's search as the proxy's task search takes it (GET /api/projects/:projectId/tasks). */
export interface TaskSearch {
  q: string;
  owner: string;
  type: string;
  schedule: string;
  recurrence: string;
  tag: string;
  sort: string;
}

const TaskSearchReplySchema = z.looseObject({
  TotalCount: z.number(),
  Tasks: z.array(TaskSummarySchema),
  Types: z.optional(z.array(z.string())),
  TagKeys: z.optional(z.array(z.string())),
  /** With a tag filter: how many of the workspace's tasks have their tags read so far. */
  TagsRead: z.optional(z.number()),
  TagsTotal: z.optional(z.number()),
  /** The workspace's tasks are still being read: this answer matched names only. */
  IndexLoading: z.optional(z.boolean()),
});
export type TaskSearchReply = z.infer<typeof TaskSearchReplySchema>;

function searchPath(projectId: string, search: TaskSearch, extra: Record<string, string>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...extra })) if (value) query.set(key, value);
  return `/api/projects/${encodeURIComponent(projectId)}/tasks?${query.toString()}`;
}

/** Every task the search matches (ID and name, up to 5,000): "select all matching". */
export async function searchAllMatching(projectId: string, search: TaskSearch, signal?: AbortSignal) {
  return TaskSearchReplySchema.parse(await getJson(searchPath(projectId, search, { all: '1' }), signal));
}

export const taskQueries = {
  all: () => ['tasks'] as const,
  list: (projectId: string, search: TaskSearch, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'list', projectId, search, page, pageSize],
      queryFn: async ({ signal }) =>
        TaskSearchReplySchema.parse(
          await getJson(
            searchPath(projectId, search, { page: String(page), pageSize: String(pageSize) }),
            signal,
          ),
        ),
      placeholderData: (previous) => previous,
      // A names-only answer is asked again until the whole workspace has been read.
      refetchInterval: (query) => (query.state.data?.IndexLoading ? 2_000 : false),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'detail', id],
      queryFn: async ({ signal }) =>
        GetTaskResponseSchema.parse(
          await (takeEarlyTaskReply(id) ?? callDataWorks('GetTask', { Id: id }, signal)),
        ).Task,
    }),
};

const DAY_MS = 86_400_000;

export const historyQueries = {
  all: (id: string) => [...taskQueries.all(), 'history', id] as const,
  /** The proxy's log of saves of one task, and the batches that carried it (each newest first). */
  saves: (id: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(id), 'saves'],
      queryFn: async ({ signal }) => SaveHistorySchema.parse(await getSaveHistory(id, signal)),
    }),
  /** DataWorks' operation logs of the last `days` days, one ListTaskOperationLogs call per day. */
  operationLogs: (id: string, days: number, now: number) =>
    queryOptions({
      queryKey: [...historyQueries.all(id), 'operation-logs', days],
      queryFn: async ({ signal }) => {
        const pages = await Promise.all(
          Array.from({ length: days }, (_, i) =>
            callDataWorks('ListTaskOperationLogs', { Id: id, Date: now - i * DAY_MS, PageSize: 100 }, signal),
          ),
        );
        return pages
          .flatMap((page) => OperationLogsResponseSchema.parse(page).PagingInfo.OperationLogs)
          .sort((a, b) => b.CreateTime - a.CreateTime);
      },
    }),
};

const SaveRecordSchema = z.object({
  id: z.number(),
  taskId: z.string(),
  time: z.number(),
  user: z.string(),
  request: z.record(z.string(), z.unknown()),
  before: z.record(z.string(), z.unknown()),
  requestId: z.nullable(z.string()),
  outcome: z.string(),
  status: z.number(),
  message: z.nullable(z.string()),
});
export type SaveRecordView = z.infer<typeof SaveRecordSchema>;
/** TaskBatchEntry of the batch contract, in zod/mini for the bundle: a batch that carried the task. */
const TaskBatchSchema = z.object({
  BatchId: z.string(),
  Comment: z.string(),
  User: z.string(),
  CreatedAt: z.number(),
  State: z.string(),
  Message: z.nullable(z.string()),
});
export type TaskBatchView = z.infer<typeof TaskBatchSchema>;
const SaveHistorySchema = z.object({
  Saves: z.array(SaveRecordSchema),
  Batches: z._default(z.array(TaskBatchSchema), []),
});

const OperationLogSchema = z.looseObject({
  CreateTime: z.number(),
  OperationContent: z.optional(z.string()),
  OperationSeq: z.optional(z.union([z.number(), z.string()])),
  TaskId: z.optional(z.string()),
  User: z.optional(z.string()),
});
export type OperationLog = z.infer<typeof OperationLogSchema>;
const OperationLogsResponseSchema = z.looseObject({
  PagingInfo: z.looseObject({ OperationLogs: z._default(z.array(OperationLogSchema), []) }),
});

export interface SaveInput {
  request: UpdateTaskRequest;
  /** The ModifyTime of the task the edit started from: the proxy refuses the save if it changed since. */
  baseModifyTime?: number;
}

/** The proxy's answer to a save: DataWorks' reply, or its own when it settled the outcome by reading back. */
const SaveReplySchema = z.looseObject({
  RequestId: z.optional(z.string()),
  Success: z.boolean(),
  ConfirmedByReadBack: z.optional(z.boolean()),
  AlreadyApplied: z.optional(z.boolean()),
});

/** The save itself; the refresh afterwards and the current task of a conflict go to the shared cache. */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  const { mutate, isPending } = useMutation({
    mutationFn: async ({ request, baseModifyTime }: SaveInput) =>
      SaveReplySchema.parse(
        await callDataWorks(
          'UpdateTask',
          request,
          undefined,
          baseModifyTime === undefined ? undefined : { 'if-match': `"${baseModifyTime}"` },
        ),
      ),
  });
  return useMemo(
    () => ({
      mutate,
      isPending,
      /** Reads the task (and its list and history) again after a save landed. */
      refresh: () => queryClient.invalidateQueries({ queryKey: taskQueries.all() }),
      /** The task as a refused save found it: the header's "Last modified" follows at once. */
      showCurrent: (task: Task) => queryClient.setQueryData(taskQueries.detail(task.Id).queryKey, task),
    }),
    [mutate, isPending, queryClient],
  );
}
