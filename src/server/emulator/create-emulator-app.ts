import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { BATCH_MAX_TASKS } from '#domain/task/batch-update-request';
import {
  ACTIONS,
  API_VERSION,
  isActionName,
  isLookupAction,
  toValidationIssues,
  wireLayoutOf,
} from '#domain/task/dataworks-actions';
import { stringifyWithNumericIds } from '../dataworks/lossless-json.ts';
import { fromFormBody } from '../dataworks/wire-format.ts';
import { EmulatorError } from './emulator-error.ts';
import { createActionRunner } from './run-action.ts';
import { createFaultInjector, FaultSettingsSchema } from './fault-injection.ts';
import { createLookupRunner } from './lookup-actions.ts';
import type { TaskStore } from './task-store.ts';
import { createNonceRegistry, verifySignature } from './verify-signature.ts';
import { createWorkspaceDirectory, type WorkspaceDirectory } from './workspace-seed.ts';

export const EMULATOR_HOST_ID = 'dataworks.emulator.local';

export interface EmulatorOptions {
  store: TaskStore;
  /** AccessKey ID -> secret, and the account that key acts as (ModifyUser). */
  keys: Map<string, { secret: string; user: string }>;
  now?: () => Date;
  /** Requests per second allowed per key before `Throttling.User` (DataWorks' Basic edition allows 5). */
  maxRequestsPerSecond?: number;
  /** The tenant's workspaces, members, resource groups, data sources and images (the seed by default). */
  directory?: WorkspaceDirectory;
  /** Tasks allowed in one BatchUpdateTasks call (BATCH_MAX_TASKS by default). */
  maxTasksPerBatch?: number;
}

// GetTask returns Dependencies[].UpstreamTaskId as a string (reference §4.2), the member lookups UserId
// (workspace-lookups.md §4); every other long is a number.
const STRING_ID_KEYS = new Set(['UpstreamTaskId', 'UserId']);

const API_NOT_FOUND = 'Specified api is not found, please check your url and method.';
const newRequestId = () => randomUUID().toUpperCase();

/** A Hono app speaking DataWorks' RPC wire format on `/`, checking V3 signatures like Alibaba's gateway. */
export function createEmulatorApp(options: EmulatorOptions) {
  const now = options.now ?? (() => new Date());
  const claimNonce = createNonceRegistry();
  const limit = options.maxRequestsPerSecond ?? 200;
  const windows = new Map<string, { second: number; count: number }>();
  const received = { total: 0, byAction: new Map<string, number>() };
  const faults = createFaultInjector();
  const runAction = createActionRunner(options.store, now, {
    maxTasks: options.maxTasksPerBatch ?? BATCH_MAX_TASKS,
    taskFault: (id) => faults.takeForTask(id),
  });
  const runLookup = createLookupRunner(options.directory ?? createWorkspaceDirectory());

  function reply(c: Context, status: number, body: Record<string, unknown>) {
    return c.body(stringifyWithNumericIds(body, STRING_ID_KEYS), status as 200, {
      'content-type': 'application/json;charset=utf-8',
    });
  }

  /** DataWorks' error body: Code and Message, with the gateway's RequestId, HostId and Recommend link. */
  function error(c: Context, requestId: string, { status, code, message }: EmulatorError) {
    return reply(c, status, {
      RequestId: requestId,
      HostId: EMULATOR_HOST_ID,
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${code}&product=dataworks-public&requestId=${requestId}`,
    });
  }

  function throttled(accessKeyId: string): boolean {
    const second = Math.floor(now().getTime() / 1000);
    const window = windows.get(accessKeyId);
    if (!window || window.second !== second) {
      windows.set(accessKeyId, { second, count: 1 });
      return false;
    }
    window.count += 1;
    return window.count > limit;
  }

  async function handle(c: Context) {
    const requestId = newRequestId();
    try {
      return await answer(c, requestId);
    } catch (e) {
      if (e instanceof EmulatorError) return error(c, requestId, e);
      throw e;
    }
  }

  async function answer(c: Context, requestId: string) {
    const url = new URL(c.req.url);
    const body = new Uint8Array(await c.req.arrayBuffer());
    const headers = Object.fromEntries(Object.entries(c.req.header()).map(([k, v]) => [k.toLowerCase(), v]));
    const verdict = verifySignature(
      { method: c.req.method, query: Object.fromEntries(url.searchParams), headers, body },
      { secretOf: (id) => options.keys.get(id)?.secret, now: now(), claimNonce },
    );
    if ('Code' in verdict) throw new EmulatorError(verdict.status, verdict.Code, verdict.Message);

    const action = headers['x-acs-action'] ?? '';
    received.total += 1;
    received.byAction.set(action, (received.byAction.get(action) ?? 0) + 1);
    if (headers['x-acs-version'] !== API_VERSION)
      throw new EmulatorError(
        400,
        'InvalidVersion',
        `Specified parameter Version "${headers['x-acs-version']}" is not valid for this emulator (${API_VERSION}).`,
      );
    if (!isActionName(action) || ACTIONS[action].method !== c.req.method)
      throw new EmulatorError(404, 'InvalidAction.NotFound', API_NOT_FOUND);
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    const fault = faults.take(action);
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.kind === 'drop') return dropConnection(c);
    if (fault?.kind === 'error') throw new EmulatorError(fault.status, fault.code, 'Injected fault.');
    if (throttled(verdict.accessKeyId) || fault?.kind === 'throttle')
      throw new EmulatorError(429, 'Throttling.User', 'Your request is too frequent. Try again later.');

    // Where the SDK puts them: the query for GET and for ListImages (a POST), a form body otherwise.
    const params =
      wireLayoutOf(action).paramsIn === 'query'
        ? Object.fromEntries(url.searchParams)
        : fromFormBody(new TextDecoder().decode(body));
    const user = options.keys.get(verdict.accessKeyId)!.user;
    const result = isLookupAction(action) ? runLookup(action, params) : runAction(action, params, user);
    if (fault?.kind === 'drop-after-apply') return dropConnection(c);
    return reply(c, 200, { RequestId: requestId, ...result });
  }

  /** Closes the socket without an answer, as a network failure would. */
  function dropConnection(c: Context) {
    const incoming = (c.env as { incoming?: { socket: { destroy: () => void } } } | undefined)?.incoming;
    if (!incoming) throw new Error('connection dropped (injected)');
    incoming.socket.destroy();
    return c.body(null, 500);
  }

  function isLoopbackCaller(env: unknown): boolean {
    const address = (env as { incoming?: { socket: { remoteAddress?: string } } } | undefined)?.incoming
      ?.socket.remoteAddress;
    return (
      address === undefined ||
      address === '::1' ||
      address.startsWith('127.') ||
      address === '::ffff:127.0.0.1'
    );
  }

  const app = new Hono();
  // Test hooks, on loopback only: inject faults, read what was received.
  app.use('/__admin/*', async (c, next) => {
    if (!isLoopbackCaller(c.env)) return c.json({ Code: 'Forbidden' }, 403);
    await next();
  });
  app.post('/__admin/faults', async (c) => {
    const settings = FaultSettingsSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!settings.success)
      return c.json({ Code: 'InvalidParameter', Issues: toValidationIssues(settings.error) }, 400);
    faults.configure(settings.data);
    return c.json({ ok: true });
  });
  app.delete('/__admin/faults', (c) => {
    faults.reset();
    return c.json({ ok: true });
  });
  // How many versions a task has had (each applied change adds one): tests count changes per task.
  app.get('/__admin/versions/:id', (c) =>
    c.json({ Count: options.store.versions(c.req.param('id')).length }),
  );
  app.get('/__admin/received', (c) =>
    c.json({ total: received.total, byAction: Object.fromEntries(received.byAction) }),
  );
  app.on(['GET', 'POST'], '/', handle);
  app.notFound((c) =>
    error(c, newRequestId(), new EmulatorError(404, 'InvalidAction.NotFound', API_NOT_FOUND)),
  );
  app.onError((e, c) => {
    console.error('emulator: unexpected error', e);
    const internal = 'An internal system error occurred. Try again later.';
    return error(c, newRequestId(), new EmulatorError(500, 'InternalError.System', internal));
  });
  return { app, received, faults };
}
