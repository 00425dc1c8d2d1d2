import type { Task } from '#domain/task/task';
import { toTaskForm } from '#domain/task/task-form';
import { isUpdateApplied } from '#domain/task/update-applied';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import type { SaveHistory, SaveOutcome, SaveRecord } from '../history/save-history.ts';
import { errorBody, invalidParameter, ProxyError, proxyError, withParameterIssues } from '../proxy-error.ts';
import { StoreUnavailableError } from '../store/store.ts';
import type { DataWorksClient, DataWorksReply } from './dataworks-client.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export const DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS = 300_000;

export interface TaskSaverOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  scope: WorkspaceScope;
  history: SaveHistory;
  now?: () => number;
  /**
   * How long a save whose outcome is unknown (timeout, dropped connection) may still land, in ms
   * (UNKNOWN_OUTCOME_WINDOW_MS): the outcome route says `pending` until then, `not-landed` after.
   */
  unknownOutcomeWindowMs?: number;
}

/** `If-Match: "1794909600000"`: the ModifyTime of the task the app loaded. */
function expectedModifyTime(header: string | undefined): number | undefined {
  const match = /^"?(\d{1,16})"?$/.exec(header?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
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

function isUnknownOutcome(reply: DataWorksReply): reply is DataWorksReply & { body: { Code: string } } {
  return (
    (reply.status === 504 || reply.status === 502) &&
    !reply.notSent &&
    typeof reply.body.Code === 'string' &&
    reply.body.Code.startsWith('Upstream')
  );
}

/** 503 Store.Unavailable: the save could not be recorded, so it was not sent. */
function refuseUnrecordedSave(error: unknown): never {
  if (!(error instanceof StoreUnavailableError)) throw error;
  const store = error.kind === 'postgres' ? 'PostgreSQL' : 'SQLite';
  proxyError(
    503,
    'Store.Unavailable',
    `The save could not be recorded (the editor's ${store} store is unavailable), so it was not sent to DataWorks: every save is recorded before it is sent.`,
  );
}

function sectionsBefore(task: Task, request: UpdateTaskRequest): Record<string, unknown> {
  const form = toTaskForm(task) as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(request)
      .filter((k) => k !== 'Id')
      .map((k) => [k, form[k]]),
  );
}

/**
 * UpdateTask's protocol: read the task (and keep to the workspace), refuse a save over someone else's newer
 * edit (409) but recognise the user's own save that landed late, record every attempt in the save history,
 * send (a refusal that names a parameter gets `Issues`), and when the outcome is unknown (timeout, dropped
 * connection) read back before anyone repeats it.
 */
export function createTaskSaver({
  dataworks,
  scope,
  history,
  now = Date.now,
  unknownOutcomeWindowMs = DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS,
}: TaskSaverOptions) {
  /**
   * The save through this editor that made the task's latest change, if there is one: the newest save that
   * changed the task (or may have) and whose change the task still holds. A save known to have landed but
   * no longer held means the task was changed after it elsewhere, and older saves are not looked at; an
   * `unknown` one not held may simply not have landed, and is passed over.
   */
  async function latestChangeThroughEditor(task: Task, id: string): Promise<SaveRecord | undefined> {
    for (const saved of await history.changes(id)) {
      if (isUpdateApplied(task, saved.request)) return saved;
      if (saved.outcome !== 'unknown') return undefined;
    }
    return undefined;
  }

  return async function updateTask(
    request: UpdateTaskRequest,
    ifMatch: string | undefined,
    user: string,
  ): Promise<DataWorksReply> {
    const { reply: readReply, task: before } = await scope.readTask(request.Id);
    if (!before) return readReply;
    await scope.assertInProject(request.Id, before.ProjectId);
    const conclusion = (
      outcome: SaveOutcome,
      reply: DataWorksReply,
      { message, settleUntil }: { message?: string; settleUntil?: number } = {},
    ) => ({
      requestId: typeof reply.body.RequestId === 'string' ? reply.body.RequestId : null,
      outcome,
      status: reply.status,
      message: message ?? (typeof reply.body.Message === 'string' ? reply.body.Message : null),
      settleUntil,
    });
    const record = (
      outcome: SaveOutcome,
      reply: DataWorksReply,
      extra?: { message?: string; settleUntil?: number },
    ) =>
      history
        .record({
          taskId: request.Id,
          time: now(),
          user,
          request,
          before: sectionsBefore(before, request),
          ...conclusion(outcome, reply, extra),
        })
        .catch(refuseUnrecordedSave);

    const expected = expectedModifyTime(ifMatch);
    if (ifMatch !== undefined && expected === undefined)
      invalidParameter('If-Match must hold the ModifyTime of the task as loaded, e.g. "1794909600000".');
    if (expected !== undefined && before.ModifyTime !== expected) {
      // Changed since it was loaded: by a save through this editor, perhaps the user's own that landed late?
      const latest = await latestChangeThroughEditor(before, request.Id).catch(refuseUnrecordedSave);
      if (latest?.outcome === 'unknown')
        await history.settle(latest.id, 'landed-late', now(), before.ModifyTime).catch(refuseUnrecordedSave);
      const ownSave = latest !== undefined && latest.user === user;
      if (latest && ownSave && isUpdateApplied(before, request)) {
        const body = { Success: true, AlreadyApplied: true, SaveId: latest.id };
        await record(
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
      await record('conflict', { status: 409, body });
      throw new ProxyError(409, body);
    }

    // Recorded before it is sent, as `unknown` until DataWorks answers: a save the store cannot record is
    // never sent, and one whose answer the proxy never gets (it stopped mid-save) is settled by reading back.
    const saveId = await record(
      'unknown',
      { status: 0, body: {} },
      {
        message: 'Sent to DataWorks; its answer is not recorded yet.',
        settleUntil: now() + unknownOutcomeWindowMs,
      },
    );
    // DataWorks has answered: the answer goes to the person even if the store fails now. The record then
    // stays `unknown` and is settled by a read-back like any save whose outcome was not known.
    const conclude = (...args: Parameters<typeof conclusion>) =>
      history.conclude(saveId, conclusion(...args)).catch(() => {});

    const reply = await dataworks.send('UpdateTask', request);
    if (!isUnknownOutcome(reply)) {
      await conclude(reply.status === 200 ? 'saved' : 'refused', reply);
      return { ...reply, body: withParameterIssues(reply.body) };
    }
    // The save may or may not have happened: look before anyone repeats it.
    const { task: after } = await scope.readTask(request.Id);
    if (after && isUpdateApplied(after, request)) {
      await conclude(
        'confirmed-by-read-back',
        { status: 200, body: {} },
        { message: typeof reply.body.Message === 'string' ? reply.body.Message : undefined },
      );
      return { status: 200, body: { Success: true, ConfirmedByReadBack: true, SaveId: saveId } };
    }
    // Not there (yet): a slow DataWorks may still apply it. Say so, and let the editor ask again.
    const message = unknownOutcomeMessage(reply, after !== undefined);
    const settleUntil = now() + unknownOutcomeWindowMs;
    await conclude('unknown', reply, { message, settleUntil });
    return {
      status: reply.status,
      body: errorBody(reply.body.Code, message, { Applied: null, SaveId: saveId, SettleUntil: settleUntil }),
    };
  };
}
