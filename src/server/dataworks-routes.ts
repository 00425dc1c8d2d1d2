import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { ACTIONS, isActionName, toValidationIssues, type ActionName } from '#domain/task/dataworks-actions';
import { TaskSchema, type Task } from '#domain/task/task';
import { toTaskForm } from '#domain/task/task-form';
import { isUpdateApplied } from '#domain/task/update-applied';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import type { DataWorksClient, DataWorksReply } from './dataworks/dataworks-client.ts';
import type { SaveHistory, SaveOutcome, SaveRecord } from './history/save-history.ts';
import { inspectJsonBody } from './inspect-json-body.ts';
import { errorBody, invalidParameter, ProxyError, proxyError } from './proxy-error.ts';
import type { ServerEnv } from './server-env.ts';

export interface DataWorksRoutesOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  projectId: string;
  history: SaveHistory;
  now?: () => number;
  /**
   * How long a save whose outcome is unknown (timeout, dropped connection) may still land, in ms
   * (UNKNOWN_OUTCOME_WINDOW_MS): the outcome route says `pending` until then, `not-landed` after.
   */
  unknownOutcomeWindowMs?: number;
}

export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS = 300_000;

const tooLarge = () =>
  proxyError(413, 'PayloadTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
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

/** Reads a task through the proxy's client; `task` only when DataWorks answered one. */
async function readTaskFrom(
  dataworks: Pick<DataWorksClient, 'send'>,
  id: string,
): Promise<{ reply: DataWorksReply; task?: Task }> {
  const reply = await dataworks.send('GetTask', { Id: id });
  if (reply.status !== 200) return { reply };
  const parsed = TaskSchema.safeParse(reply.body.Task);
  return { reply, task: parsed.success ? parsed.data : undefined };
}

/** The plain-English answer to a save DataWorks may or may not have applied. */
function unknownOutcomeMessage(reply: DataWorksReply, readBack: boolean): string {
  const detail = /\(([^)]*)\)/.exec(typeof reply.body.Message === 'string' ? reply.body.Message : '')?.[1];
  const what =
    reply.body.Code === 'UpstreamTimeout'
      ? 'DataWorks did not answer the save in time'
      : 'The connection to DataWorks broke after the save was sent';
  const seen = readBack
    ? 'Reading the task back does not show the change yet'
    : 'The task could not be read back either';
  return `${what}${detail ? ` (${detail})` : ''}. ${seen}, so the save is not confirmed yet: it may still land. The editor keeps reading the task back until it knows; your edit is kept meanwhile.`;
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
  unknownOutcomeWindowMs = DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS,
}: DataWorksRoutesOptions) {
  // A task never moves between workspaces, so its project is worth remembering.
  const projectOf = new Map<string, string>();

  async function readTask(id: string): Promise<{ reply: DataWorksReply; task?: Task }> {
    const read = await readTaskFrom(dataworks, id);
    if (read.task?.ProjectId) projectOf.set(id, read.task.ProjectId);
    return read;
  }

  /**
   * The save through this editor that made the task's latest change, if there is one: the newest save that
   * changed the task (or may have) and whose change the task still holds. A save known to have landed but
   * no longer held means the task was changed after it elsewhere, and older saves are not looked at; an
   * `unknown` one not held may simply not have landed, and is passed over.
   */
  function latestChangeThroughEditor(task: Task, id: string): SaveRecord | undefined {
    for (const saved of history.changes(id)) {
      if (isUpdateApplied(task, saved.request)) return saved;
      if (saved.outcome !== 'unknown') return undefined;
    }
    return undefined;
  }

  function assertInProject(id: string, taskProject: string | undefined) {
    if (taskProject !== undefined && taskProject !== projectId)
      proxyError(
        403,
        'Forbidden.Project',
        `Task ${id} belongs to another workspace; this editor serves project ${projectId} only.`,
      );
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
    const record = (
      outcome: SaveOutcome,
      reply: DataWorksReply,
      { message, settleUntil }: { message?: string; settleUntil?: number } = {},
    ) =>
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
        settleUntil,
      });

    const expected = expectedModifyTime(ifMatch);
    if (ifMatch !== undefined && expected === undefined)
      invalidParameter('If-Match must hold the ModifyTime of the task as loaded, e.g. "1794909600000".');
    if (expected !== undefined && before.ModifyTime !== expected) {
      // Changed since it was loaded: by a save through this editor, perhaps the user's own that landed late?
      const latest = latestChangeThroughEditor(before, request.Id);
      if (latest?.outcome === 'unknown') history.settle(latest.id, 'landed-late', now(), before.ModifyTime);
      const ownSave = latest !== undefined && latest.user === user;
      if (latest && ownSave && isUpdateApplied(before, request)) {
        const body = { Success: true, AlreadyApplied: true, SaveId: latest.id };
        record(
          'already-applied',
          { status: 200, body },
          { message: `The task already held this change, made by save ${latest.id}; nothing was sent.` },
        );
        return { status: 200, body };
      }
      const by = !latest
        ? (before.ModifyUser ?? 'someone')
        : ownSave
          ? 'your own earlier save'
          : `${latest.user} through this editor`;
      const at = latest ? ` at ${new Date(latest.time).toISOString()}` : '';
      const body = errorBody(
        'Conflict.TaskModified',
        `Task ${request.Id} was changed by ${by}${at} after you loaded it; nothing was sent. Review your edits against the current task.`,
        {
          Task: before,
          ...(latest && {
            ModifiedBy: { User: latest.user, Time: latest.time, OwnSave: ownSave, SaveId: latest.id },
          }),
        },
      );
      record('conflict', { status: 409, body });
      throw new ProxyError(409, body);
    }

    const reply = await dataworks.send('UpdateTask', request);
    if (!isUnknownOutcome(reply)) {
      record(reply.status === 200 ? 'saved' : 'refused', reply);
      return reply;
    }
    // The save may or may not have happened: look before anyone repeats it.
    const { task: after } = await readTask(request.Id);
    if (after && isUpdateApplied(after, request)) {
      const saveId = record(
        'confirmed-by-read-back',
        { status: 200, body: {} },
        { message: typeof reply.body.Message === 'string' ? reply.body.Message : undefined },
      );
      return { status: 200, body: { Success: true, ConfirmedByReadBack: true, SaveId: saveId } };
    }
    // Not there (yet): a slow DataWorks may still apply it. Say so, and let the editor ask again.
    const message = unknownOutcomeMessage(reply, after !== undefined);
    const settleUntil = now() + unknownOutcomeWindowMs;
    const saveId = record('unknown', reply, { message, settleUntil });
    return {
      status: reply.status,
      body: {
        Code: reply.body.Code,
        Message: message,
        Applied: null,
        SaveId: saveId,
        SettleUntil: settleUntil,
      },
    };
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
      proxyError(
        404,
        'InvalidAction.NotFound',
        `The action "${action}" is not one this editor may call. Allowed: ${Object.keys(ACTIONS).join(', ')}.`,
      );
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
        proxyError(403, 'Forbidden.Project', `This editor serves project ${projectId} only.`);
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

export interface HistoryRoutesOptions {
  history: SaveHistory;
  /** Reads tasks back to settle saves whose outcome was unknown. */
  dataworks: Pick<DataWorksClient, 'send'>;
  now?: () => number;
}

export type SaveOutcomeReply = {
  Outcome: 'landed' | 'pending' | 'not-landed';
  SaveId: number;
  /** The task as read back now, when it could be read. */
  Task?: Task;
  /** When landed late: the task's ModifyTime when the change was found applied. */
  LandedAt?: number;
};

const LANDED: ReadonlySet<SaveOutcome> = new Set([
  'saved',
  'confirmed-by-read-back',
  'landed-late',
  'already-applied',
]);

function taskIdParam(id: string): string {
  if (!/^\d{1,19}$/.test(id))
    invalidParameter('The task ID must be a string of digits.', [{ path: 'Id', message: 'must be digits' }]);
  return id;
}

/**
 * `GET /api/tasks/:id/history`, and `GET /api/tasks/:id/saves/:saveId/outcome`, which settles a save whose
 * outcome was unknown by reading the task back: `landed` (the record becomes `landed-late`), `pending` while
 * it may still land, `not-landed` once its window has passed without it.
 */
export function createHistoryRoutes({ history, dataworks, now = Date.now }: HistoryRoutesOptions) {
  function answer(saved: SaveRecord, task: Task | undefined): SaveOutcomeReply {
    const reply = (outcome: SaveOutcomeReply['Outcome'], landedAt?: number | null): SaveOutcomeReply => ({
      Outcome: outcome,
      SaveId: saved.id,
      ...(task && { Task: task }),
      ...(landedAt != null && { LandedAt: landedAt }),
    });
    if (saved.outcome === 'unknown') {
      const time = now();
      if (task && isUpdateApplied(task, saved.request)) {
        if (history.settle(saved.id, 'landed-late', time, task.ModifyTime))
          return reply('landed', task.ModifyTime);
      } else if (time > (saved.settleUntil ?? saved.time + DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS)) {
        if (history.settle(saved.id, 'not-landed', time)) return reply('not-landed');
      } else return reply('pending');
      // Settled by another request while the task was read: its word stands.
      const settled = history.get(saved.id);
      return settled && settled.outcome !== 'unknown' ? answer(settled, task) : reply('pending');
    }
    return LANDED.has(saved.outcome) ? reply('landed', saved.landedAt) : reply('not-landed');
  }

  return new Hono<ServerEnv>()
    .get('/:id/history', (c) => {
      const id = taskIdParam(c.req.param('id'));
      return c.json({ Saves: history.list(id) });
    })
    .get('/:id/saves/:saveId/outcome', async (c) => {
      const id = taskIdParam(c.req.param('id'));
      c.set('taskId', id);
      const saveIdText = c.req.param('saveId');
      if (!/^\d{1,15}$/.test(saveIdText))
        invalidParameter('The save ID must be a string of digits.', [
          { path: 'SaveId', message: 'must be digits' },
        ]);
      const saved = history.get(Number(saveIdText));
      if (!saved || saved.taskId !== id)
        proxyError(404, 'SaveNotFound', `Task ${id} has no save ${saveIdText}.`);
      const { task } = await readTaskFrom(dataworks, id);
      return c.json(answer(saved, task));
    });
}
