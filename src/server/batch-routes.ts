import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CreateBatchRequestSchema, type BatchRecord } from '#domain/batch/batch-contract';
import { chunk } from '#domain/chunk';
import { BATCH_MAX_TASKS } from '#domain/task/batch-update-request';
import { toValidationIssues } from '#domain/task/dataworks-actions';
import type { AppVariables } from './app-variables.ts';
import { BATCH_LIST_DEFAULT_LIMIT, type BatchJournal, type JournalBatch } from './batch/batch-journal.ts';
import type { BatchRunner } from './batch/run-batch.ts';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';
import type { ServedWorkspaces } from './dataworks/served-workspaces.ts';
import { inspectJsonBody } from './inspect-json-body.ts';
import { invalidParameter, proxyError } from './proxy-error.ts';

export interface BatchRoutesOptions {
  journal: BatchJournal;
  runner: BatchRunner;
  workspaces: ServedWorkspaces;
  dataworks: Pick<DataWorksClient, 'send'>;
  now?: () => number;
}

/** A 5,000-task batch with its before-values: larger than an action's 1 MB. */
export const MAX_BATCH_BODY_BYTES = 16 * 1024 * 1024;
const BATCH_LIST_MAX_LIMIT = 200;

const limitBody = bodyLimit({
  maxSize: MAX_BATCH_BODY_BYTES,
  onError: () =>
    proxyError(413, 'PayloadTooLarge', `The batch is larger than ${MAX_BATCH_BODY_BYTES} bytes.`),
});

const reply = ({ lease: _lease, cancelRequested: _cancel, ...batch }: JournalBatch): BatchRecord => batch;

function batchIdParam(id: string): string {
  if (!/^\d{1,16}$/.test(id))
    invalidParameter('The batch ID must be a string of digits.', [{ path: 'Id', message: 'must be digits' }]);
  return id;
}

/**
 * `/api/batches`: journal a planned batch (every task's patch validated as BatchUpdateTasks' own, every task in
 * the served workspace), run or resume it in the background, cancel it between chunks, read it.
 */
export function createBatchRoutes({
  journal,
  runner,
  workspaces,
  dataworks,
  now = Date.now,
}: BatchRoutesOptions) {
  const find = async (id: string) => {
    const batch = await journal.get(batchIdParam(id), now());
    if (!batch) proxyError(404, 'BatchNotFound', `There is no batch ${id}.`);
    return batch;
  };

  /** 403 unless every task is listed in the batch's workspace; nothing is journaled or sent otherwise. */
  async function assertTasksInWorkspace(projectId: string, ids: string[]) {
    const listed = new Set<string>();
    for (const slice of chunk(ids, BATCH_MAX_TASKS)) {
      const answer = await dataworks.send('ListTasks', { ProjectId: projectId, Ids: slice, PageSize: 100 });
      if (answer.status !== 200)
        proxyError(
          502,
          'Upstream.ListTasks',
          `The batch's tasks could not be checked: ${typeof answer.body.Message === 'string' ? answer.body.Message : `HTTP ${answer.status}`}`,
        );
      const tasks = (answer.body.PagingInfo as { Tasks?: { Id: unknown }[] } | undefined)?.Tasks ?? [];
      for (const t of tasks) listed.add(String(t.Id));
    }
    const foreign = ids.filter((id) => !listed.has(id));
    if (foreign.length > 0)
      proxyError(
        403,
        'Forbidden.Project',
        `Not tasks of workspace ${projectId}: ${foreign.slice(0, 10).join(', ')}${foreign.length > 10 ? ` and ${foreign.length - 10} more` : ''}. Nothing was journaled or sent.`,
        { TaskIds: foreign },
      );
  }

  return new Hono<{ Variables: AppVariables }>()
    .post('/', limitBody, async (c) => {
      const input: unknown = await c.req.json().catch(() => undefined);
      if (typeof input !== 'object' || input === null || Array.isArray(input))
        invalidParameter('The request body must be a JSON object: a batch (CreateBatchRequest).');
      const hostile = inspectJsonBody(input);
      if (hostile) invalidParameter(`${hostile.path || 'body'}: ${hostile.message}`, [hostile]);
      const parsed = CreateBatchRequestSchema.safeParse(input);
      if (!parsed.success) {
        const issues = toValidationIssues(parsed.error);
        invalidParameter(issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; '), issues);
      }
      const batch = parsed.data;
      await workspaces.assertServed(batch.ProjectId);
      if (batch.RevertOf !== undefined) {
        const reverted = await journal.get(batch.RevertOf, now());
        if (!reverted || reverted.ProjectId !== batch.ProjectId)
          invalidParameter(`RevertOf: there is no batch ${batch.RevertOf} in workspace ${batch.ProjectId}.`, [
            { path: 'RevertOf', message: `must be a batch of workspace ${batch.ProjectId}` },
          ]);
      }
      await assertTasksInWorkspace(
        batch.ProjectId,
        batch.Tasks.map((t) => t.Id),
      );
      const id = await journal.create({
        projectId: batch.ProjectId,
        comment: batch.Comment,
        chunkSize: batch.ChunkSize,
        revertOf: batch.RevertOf ?? null,
        user: c.get('user') ?? 'local',
        createdAt: now(),
        tasks: batch.Tasks.map((t) => ({
          taskId: t.Id,
          name: t.Name,
          modifyTime: t.ModifyTime,
          request: t.Request,
          before: t.Before,
        })),
      });
      return c.json({ Batch: reply((await journal.get(id, now()))!) }, 201);
    })
    .get('/', async (c) => {
      const projectId = c.req.query('projectId') ?? workspaces.defaultId;
      if (!/^\d{1,19}$/.test(projectId))
        invalidParameter('projectId must be a workspace ID.', [
          { path: 'projectId', message: 'must be digits' },
        ]);
      await workspaces.assertServed(projectId);
      const limitText = c.req.query('limit');
      const limit = limitText === undefined ? BATCH_LIST_DEFAULT_LIMIT : Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > BATCH_LIST_MAX_LIMIT)
        invalidParameter(`limit must be a whole number from 1 to ${BATCH_LIST_MAX_LIMIT}.`, [
          { path: 'limit', message: `must be 1 to ${BATCH_LIST_MAX_LIMIT}` },
        ]);
      return c.json({ Batches: await journal.list(projectId, limit, now()) });
    })
    .get('/:id', async (c) => {
      const batch = await find(c.req.param('id'));
      await workspaces.assertServed(batch.ProjectId);
      return c.json({ Batch: reply(batch) });
    })
    .post('/:id/run', async (c) => {
      const batch = await find(c.req.param('id'));
      await workspaces.assertServed(batch.ProjectId);
      const started = await runner.start(batch.Id);
      if (started === 'done')
        proxyError(409, 'Batch.Done', `Batch ${batch.Id} is done: every task has its final state.`);
      if (started === 'busy')
        proxyError(
          409,
          'Batch.Running',
          `Batch ${batch.Id} is being run by another runner (its lease is held); it can be resumed once that run stops.`,
        );
      return c.json({ Batch: reply((await journal.get(batch.Id, now()))!) }, 202);
    })
    .post('/:id/cancel', async (c) => {
      const batch = await find(c.req.param('id'));
      await workspaces.assertServed(batch.ProjectId);
      const result = await journal.cancel(batch.Id, now());
      if (result === 'done')
        proxyError(409, 'Batch.Done', `Batch ${batch.Id} is done: there is nothing to cancel.`);
      return c.json(
        { Batch: reply((await journal.get(batch.Id, now()))!) },
        result === 'requested' ? 202 : 200,
      );
    });
}
