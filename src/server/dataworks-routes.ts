import { Hono, type HonoRequest } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ACTIONS,
  isActionName,
  projectParamOf,
  toValidationIssues,
  type ActionName,
  type ActionScope,
} from '#domain/task/dataworks-actions';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import type { AppVariables } from './app-variables.ts';
import type { DataWorksReply } from './dataworks/dataworks-client.ts';
import { createTaskSaver, type TaskSaverOptions } from './dataworks/update-task.ts';
import type { ServedWorkspaces } from './dataworks/served-workspaces.ts';
import { createWorkspaceScope } from './dataworks/workspace-scope.ts';
import { inspectJsonBody } from './inspect-json-body.ts';
import { filterReply } from './lookups/reply-filters.ts';
import { invalidParameter, proxyError } from './proxy-error.ts';

export interface DataWorksRoutesOptions extends Omit<TaskSaverOptions, 'scope'> {
  workspaces: ServedWorkspaces;
}

export const MAX_BODY_BYTES = 1024 * 1024;

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

const NOT_AN_OBJECT = 'The request body must be a JSON object of the action parameters.';

/** The body as a JSON object with nothing hostile in it (inspect-json-body.ts), or 400. */
async function readJsonObject(req: HonoRequest): Promise<Record<string, unknown>> {
  const input: unknown = await req.json().catch(() => invalidParameter(NOT_AN_OBJECT));
  if (typeof input !== 'object' || input === null || Array.isArray(input)) invalidParameter(NOT_AN_OBJECT);
  const hostile = inspectJsonBody(input);
  if (hostile) invalidParameter(`${hostile.path || 'body'}: ${hostile.message}`, [hostile]);
  return { ...(input as Record<string, unknown>) };
}

/** The action's request by its schema, or 400 naming every parameter at fault. */
function parseRequest(action: ActionName, params: Record<string, unknown>): Record<string, unknown> {
  const parsed = ACTIONS[action].schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issues = toValidationIssues(parsed.error);
  invalidParameter(issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; '), issues);
}

interface ActionCall {
  action: ActionName;
  request: Record<string, unknown>;
  user: string;
  ifMatch?: string;
}

/**
 * `POST /api/dataworks/{Action}`: validates against the action's schema, then hands the call to the
 * handler of the action's policy in ACTIONS (its `scope` in the workspace, UpdateTask's `If-Match`
 * concurrency), which signs and forwards it.
 */
export function createDataWorksRoutes({ workspaces, ...options }: DataWorksRoutesOptions) {
  const { dataworks } = options;
  const scope = createWorkspaceScope(dataworks, workspaces);
  const updateTask = createTaskSaver({ ...options, scope });
  const send = ({ action, request }: ActionCall) => dataworks.send(action, request);

  const byScope: Record<ActionScope, (call: ActionCall) => Promise<DataWorksReply>> = {
    project: send,
    async task(call) {
      const id = call.request.Id as string;
      if (!scope.isKnown(id)) {
        const { reply } = await scope.readTask(id);
        if (reply.status !== 200) return reply;
      }
      await scope.assertInProject(id);
      return send(call);
    },
    // Every task of the batch, as `task` does for one; the first that cannot be read or is another
    // workspace's refuses the whole call, so nothing of it is sent.
    async tasks(call) {
      const ids = (call.request.Tasks as { Id: string }[]).map((t) => t.Id);
      for (const id of ids) {
        if (scope.isKnown(id)) continue;
        const { reply } = await scope.readTask(id);
        if (reply.status !== 200) return reply;
      }
      for (const id of ids) await scope.assertInProject(id);
      return send(call);
    },
    async 'task-reply'(call) {
      const id = call.request.Id as string;
      await scope.assertInProject(id);
      const reply = await send(call);
      if (reply.status === 200) {
        const taskProject = (reply.body.Task as { ProjectId?: string } | undefined)?.ProjectId;
        scope.learn(id, taskProject);
        await scope.assertInProject(id, taskProject);
      }
      return reply;
    },
  };
  const handlerOf = (action: ActionName) =>
    'concurrency' in ACTIONS[action]
      ? ({ request, ifMatch, user }: ActionCall) => updateTask(request as UpdateTaskRequest, ifMatch, user)
      : byScope[ACTIONS[action].scope];

  return new Hono<{ Variables: AppVariables }>().post('/:action', limitBody, async (c) => {
    const action = c.req.param('action');
    c.set('action', action);
    if (!isActionName(action))
      proxyError(
        404,
        'InvalidAction.NotFound',
        `The action "${action}" is not one this editor may call. Allowed: ${Object.keys(ACTIONS).join(', ')}.`,
      );
    const input = await readJsonObject(c.req);
    const request = parseRequest(
      action,
      ACTIONS[action].scope === 'project' ? await scope.inProject(input, projectParamOf(action)) : input,
    );
    if (typeof request.Id === 'string') c.set('taskId', request.Id);
    const user = c.get('user') ?? 'local';
    const raw = await handlerOf(action)({ action, request, user, ifMatch: c.req.header('if-match') });
    // Data source passwords and the like never leave: such replies are rebuilt from picked fields.
    const reply = filterReply(action, raw);
    return c.json(reply.body, reply.status as ContentfulStatusCode);
  });
}
