import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { ACTIONS, isActionName, toValidationIssues, type ActionName } from '#domain/task/dataworks-actions';
import { TaskSchema, type Task } from '#domain/task/task';
import { toTaskForm } from '#domain/task/task-form';
import { isUpdateApplied } from '#domain/task/update-applied';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import type { DataWorksClient, DataWorksReply } from './dataworks/dataworks-client.ts';
import type { SaveHistory, SaveRecord } from './history/save-history.ts';
import { inspectJsonBody } from './inspect-json-body.ts';
import type { ServerEnv } from './server-env.ts';

export interface DataWorksRoutesOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  projectId: string;
  history: SaveHistory;
  now?: () => number;
}

export const MAX_BODY_BYTES = 1024 * 1024;

function fail(status: 400 | 403 | 404 | 409 | 413, body: Record<string, unknown>): never {
  throw new HTTPException(status, { res: Response.json(body, { status }) });
}

/** Rejection in the proxy's contract shape: DataWorks' error fields plus `Issues` for validation. */
export function invalidParameter(message: string, issues: { path: string; message: string }[] = []): never {
  fail(400, { Code: 'InvalidParameter', Message: message, Issues: issues });
}

const tooLarge = () =>
  fail(413, { Code: 'PayloadTooLarge', Message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` });
const streamedBodyLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });

/**
 * Hono's bodyLimit, with its Content-Length check made without it: bodyLimit reads `c.req.raw.body`, which
 * turns the Node request into a web stream (about a tenth of the proxy's CPU per call) where `c.req.json()`
 * would read the socket directly. Node's parser holds a body to its Content-Length; a chunked body, with no
 * length to trust, still goes through bodyLimit's counting stream.
 */
const limitBody = createMiddleware(async (c, next) => {
  const length = c.req.header('content-length');
  if (length === undefined || c.req.header('transfer-encoding') !== undefined)
    return streamedBodyLimit(c, next);
  if (parseInt(length, 10) > MAX_BODY_BYTES) tooLarge();
  await next();
});

/** `If-Match: "1794909600000"`: the ModifyTime of the task the app loaded. */
function expectedModifyTime(header: string | undefined): number | undefined {
  const match = /^"?(\d{1,16})"?$/.exec(header?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

function isUnknownOutcome(reply: DataWorksReply): boolean {
  return (
    (reply.status === 504 || reply.status === 502) &&
    !reply.notSent &&
    typeof reply.body.Code === 'string' &&
    reply.body.Code.startsWith('Upstream')
  );
}

/**
 * `POST /api/dataworks/{Action}`: validates against the action's schema, keeps to the configured project,
 * refuses a save over someone else's newer edit (409), then signs and forwards.
 */
export function createDataWorksRoutes({
  dataworks,
  projectId,
  history,
  now = Date.now,
}: DataWorksRoutesOptions) {
  // A task never moves between workspaces, so its project is worth remembering.
  const projectOf = new Map<string, string>();

  async function readTask(id: string): Promise<{ reply: DataWorksReply; task?: Task }> {
    const reply = await dataworks.send('GetTask', { Id: id });
    if (reply.status !== 200) return { reply };
    const parsed = TaskSchema.safeParse(reply.body.Task);
    if (parsed.success && parsed.data.ProjectId) projectOf.set(id, parsed.data.ProjectId);
    return { reply, task: parsed.success ? parsed.data : undefined };
  }

  function assertInProject(id: string, taskProject: string | undefined) {
    if (taskProject !== undefined && taskProject !== projectId)
      fail(403, {
        Code: 'Forbidden.Project',
        Message: `Task ${id} belongs to another workspace; this editor serves project ${projectId} only.`,
      });
  }

  function sectionsBefore(task: Task | undefined, request: UpdateTaskRequest): Record<string, unknown> {
    if (!task) return {};
    const form = toTaskForm(task) as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(request)
        .filter((k) => k !== 'Id')
        .map((k) => [k, form[k]]),
    );
  }

  async function updateTask(request: UpdateTaskRequest, ifMatch: string | undefined, user: string) {
    const { reply: readReply, task: before } = await readTask(request.Id);
    if (!before) return readReply;
    assertInProject(request.Id, before.ProjectId);
    const record = (outcome: SaveRecord['outcome'], reply: DataWorksReply, message?: string) =>
      history.record({
        taskId: request.Id,
        time: now(),
        user,
        request,
        before: sectionsBefore(before, request),
        requestId: typeof reply.body.RequestId === 'string' ? reply.body.RequestId : null,
        outcome,
        status: reply.status,
        message: message ?? (typeof reply.body.Message === 'string' ? reply.body.Message : null),
      });

    const expected = expectedModifyTime(ifMatch);
    if (ifMatch !== undefined && expected === undefined)
      invalidParameter('If-Match must hold the ModifyTime of the task as loaded, e.g. "1794909600000".');
    if (expected !== undefined && before.ModifyTime !== expected) {
      const body = {
        Code: 'Conflict.TaskModified',
        Message: `Task ${request.Id} was changed by ${before.ModifyUser ?? 'someone'} after you loaded it; nothing was sent. Review your edits against the current task.`,
        Task: before,
      };
      record('conflict', { status: 409, body });
      fail(409, body);
    }

    const reply = await dataworks.send('UpdateTask', request);
    if (!isUnknownOutcome(reply)) {
      record(reply.status === 200 ? 'saved' : 'refused', reply);
      return reply;
    }
    // The save may or may not have happened: look before anyone repeats it.
    const { task: after } = await readTask(request.Id);
    if (after && isUpdateApplied(after, request)) {
      const confirmed = {
        status: 200,
        body: { RequestId: 'confirmed-by-read-back', Success: true, ConfirmedByReadBack: true },
      };
      record('confirmed-by-read-back', confirmed, String(reply.body.Message));
      return confirmed;
    }
    const message = after
      ? `${String(reply.body.Message)} Reading the task back shows the change was NOT applied. Saving again is safe: should the first attempt still land, the next save sees the task changed and stops with a conflict instead of applying twice.`
      : `${String(reply.body.Message)} The task could not be read back either, so whether the change was applied is unknown: reload the task before saving again.`;
    const unknown = {
      status: reply.status,
      body: { ...reply.body, Message: message, Applied: after ? false : null },
    };
    record('unknown', unknown);
    return unknown;
  }

  async function forward(
    action: ActionName,
    request: Record<string, unknown>,
    user: string,
    ifMatch?: string,
  ) {
    const id = typeof request.Id === 'string' ? request.Id : undefined;
    if (action === 'UpdateTask') return updateTask(request as UpdateTaskRequest, ifMatch, user);
    if (id && action !== 'GetTask' && !projectOf.has(id)) {
      const { reply } = await readTask(id);
      if (reply.status !== 200) return reply;
    }
    if (id) assertInProject(id, projectOf.get(id));
    const reply = await dataworks.send(action, request as never);
    if (action === 'GetTask' && id && reply.status === 200) {
      const taskProject = (reply.body.Task as { ProjectId?: string } | undefined)?.ProjectId;
      if (taskProject) projectOf.set(id, taskProject);
      assertInProject(id, taskProject);
    }
    return reply;
  }

  return new Hono<ServerEnv>().post('/:action', limitBody, async (c) => {
    const action = c.req.param('action');
    c.set('action', action);
    if (!isActionName(action))
      fail(404, {
        Code: 'InvalidAction.NotFound',
        Message: `The action "${action}" is not one this editor may call. Allowed: ${Object.keys(ACTIONS).join(', ')}.`,
      });
    let input: unknown;
    try {
      input = await c.req.json();
    } catch {
      invalidParameter('The request body must be a JSON object of the action parameters.');
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      invalidParameter('The request body must be a JSON object of the action parameters.');
    const hostile = inspectJsonBody(input);
    if (hostile) invalidParameter(`${hostile.path || 'body'}: ${hostile.message}`, [hostile]);
    const params = { ...(input as Record<string, unknown>) };
    if (action === 'ListTasks') {
      params.ProjectId ??= projectId;
      if (String(params.ProjectId) !== projectId)
        fail(403, { Code: 'Forbidden.Project', Message: `This editor serves project ${projectId} only.` });
    }
    const parsed = ACTIONS[action].schema.safeParse(params);
    if (!parsed.success) {
      const issues = toValidationIssues(parsed.error);
      invalidParameter(issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; '), issues);
    }
    const request = parsed.data as Record<string, unknown>;
    if (typeof request.Id === 'string') c.set('taskId', request.Id);
    const reply = await forward(action, request, c.get('user') ?? 'local', c.req.header('if-match'));
    return c.json(reply.body, reply.status as 200);
  });
}

export function createHistoryRoutes(history: SaveHistory) {
  return new Hono<ServerEnv>().get('/:id/history', (c) => {
    const id = c.req.param('id');
    if (!/^\d{1,19}$/.test(id))
      invalidParameter('The task ID must be a string of digits.', [
        { path: 'Id', message: 'must be digits' },
      ]);
    return c.json({ Saves: history.list(id) });
  });
}
