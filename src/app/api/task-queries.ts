import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { GetTaskResponseSchema, ListTasksResponseSchema, UpdateTaskResponseSchema } from '#domain/task/task';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { callDataWorks, getHealth } from './api-client.ts';

export interface TaskListFilter {
  name: string;
  owner: string;
  page: number;
  pageSize: number;
}

export const healthQueries = {
  health: () => queryOptions({ queryKey: ['health'], queryFn: getHealth, staleTime: Infinity }),
};

export const taskQueries = {
  all: () => ['tasks'] as const,
  list: (projectId: string, filter: TaskListFilter) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'list', projectId, filter],
      queryFn: async ({ signal }) =>
        ListTasksResponseSchema.parse(
          await callDataWorks(
            'ListTasks',
            {
              ProjectId: projectId,
              Name: filter.name || undefined,
              Owner: filter.owner || undefined,
              PageNumber: filter.page,
              PageSize: filter.pageSize,
              SortBy: 'ModifyTime Desc',
            },
            signal,
          ),
        ).PagingInfo,
      placeholderData: (previous) => previous,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'detail', id],
      queryFn: async ({ signal }) =>
        GetTaskResponseSchema.parse(await callDataWorks('GetTask', { Id: id }, signal)).Task,
    }),
};

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: UpdateTaskRequest) =>
      UpdateTaskResponseSchema.parse(await callDataWorks('UpdateTask', request)),
    onSuccess: (_reply, request) =>
      queryClient.invalidateQueries({ queryKey: taskQueries.all() }).then(() => request),
  });
}
