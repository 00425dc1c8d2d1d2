import { queryOptions } from '@tanstack/react-query';
import {
  BatchListReplySchema,
  BatchReplySchema,
  type BatchRecord,
  type CreateBatchRequest,
} from '#domain/batch/batch-contract';
import type { BatchPlan, ChangedTask } from '#domain/batch/plan-batch';
import { GetTaskResponseSchema, type Task } from '#domain/task/task';
import { callDataWorks, getJson, postJson } from '../api/api-client.ts';

// The proxy's batch routes (domain/batch/batch-contract.ts) and the reads a plan needs.

/** GetTask calls in flight at once: the selection is read quickly without a burst the proxy must throttle. */
const READ_CONCURRENCY = 6;

/** Every task in full (GetTask), in the order given; `onProgress` after each. */
export async function readTasks(
  ids: readonly string[],
  onProgress: (done: number) => void,
  signal?: AbortSignal,
): Promise<Task[]> {
  const tasks: Task[] = new Array<Task>(ids.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < ids.length) {
      const index = next++;
      const reply = await callDataWorks('GetTask', { Id: ids[index]! }, signal);
      tasks[index] = GetTaskResponseSchema.parse(reply).Task;
      onProgress(++done);
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, ids.length) }, worker));
  return tasks;
}

/** The journal's request for a plan: its changed tasks with their before-values. */
export function toCreateBatchRequest(
  projectId: string,
  plan: BatchPlan,
  revertOf?: string,
): CreateBatchRequest {
  const changed = plan.tasks.filter((t): t is ChangedTask => t.status === 'changed');
  return {
    ProjectId: projectId,
    Comment: plan.comment,
    ChunkSize: plan.chunkSize,
    ...(revertOf !== undefined && { RevertOf: revertOf }),
    Tasks: changed.map((t) => ({
      Id: t.id,
      Name: t.name,
      ModifyTime: t.modifyTime ?? 0,
      Request: t.request,
      Before: t.before,
    })),
  };
}

const path = (id: string, action = '') => `/api/batches/${encodeURIComponent(id)}${action}`;

/** Journals the batch, then starts it: its Id. */
export async function startBatch(request: CreateBatchRequest): Promise<string> {
  const { Batch } = BatchReplySchema.parse(await postJson('/api/batches', request));
  await postJson(path(Batch.Id, '/run'));
  return Batch.Id;
}

export const runBatch = (id: string) => postJson(path(id, '/run'));
export const cancelBatch = (id: string) => postJson(path(id, '/cancel'));

/** States in which the proxy may still change the batch: polled. */
export const isActive = (batch: Pick<BatchRecord, 'State'>) =>
  batch.State === 'running' || batch.State === 'ready';

/** How often a running batch is read again. */
const POLL_MS = 1000;

export const batchQueries = {
  all: () => ['batches'] as const,
  list: (projectId: string) =>
    queryOptions({
      queryKey: [...batchQueries.all(), 'list', projectId],
      queryFn: async ({ signal }) =>
        BatchListReplySchema.parse(
          await getJson(`/api/batches?projectId=${encodeURIComponent(projectId)}`, signal),
        ).Batches,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...batchQueries.all(), 'detail', id],
      queryFn: async ({ signal }) => BatchReplySchema.parse(await getJson(path(id), signal)).Batch,
      refetchInterval: (query) => (query.state.data && !isActive(query.state.data) ? false : POLL_MS),
    }),
};
