import { randomUUID } from 'node:crypto';
import type { ActionName, ActionRequest } from '#domain/task/dataworks-actions';
import { API_VERSION, isWriteAction } from '#domain/task/dataworks-actions';
import { errorBody } from '../proxy-error.ts';
import { createKeepAliveTransport, fetchTransport, type UpstreamResponse } from './keep-alive-transport.ts';
import { parseDataWorksJson } from './lossless-json.ts';
import { formatAcsDate, signRequest, type SigningCredentials } from './sign-request.ts';
import { toWireRequest } from './wire-format.ts';

export interface DataWorksClientOptions {
  /** `https://dataworks.cn-hangzhou.aliyuncs.com` or a local URL such as `http://127.0.0.1:8790`. */
  endpoint: URL;
  getCredentials: () => Promise<SigningCredentials>;
  timeoutMs?: number;
  /** Sends upstream instead of pooled node:http, e.g. into an in-process emulator in tests. */
  fetch?: typeof fetch;
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 3000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Reads may be repeated freely; a write only when DataWorks said it refused it (throttling). */
export function isRetryable(action: ActionName, reply: DataWorksReply): boolean {
  const code = typeof reply.body.Code === 'string' ? reply.body.Code : '';
  if (reply.status === 429 || code.includes('Throttling')) return true;
  if (isWriteAction(action)) return reply.notSent === true;
  return reply.status >= 500;
}

/** Full jitter: a random wait up to an exponentially growing cap, or what DataWorks asked for. */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, policy.maxDelayMs);
  return Math.floor(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

export interface DataWorksReply {
  status: number;
  /** DataWorks' JSON body, IDs as exact decimal strings. */
  body: Record<string, unknown>;
  /** From `x-acs-retry-after` on throttling. */
  retryAfterMs?: number;
  /** The connection was refused: the request certainly never reached DataWorks. */
  notSent?: boolean;
}

export type DataWorksClient = ReturnType<typeof createDataWorksClient>;

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export function createDataWorksClient(options: DataWorksClientOptions) {
  const transport = options.fetch ? fetchTransport(options.fetch) : createKeepAliveTransport();
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? (() => new Date());
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };

  /**
   * Sends a signed request, retrying reads and throttled calls with backoff; answers DataWorks' status and
   * body, or a 502/504 body when it could not be reached. A fresh date and nonce sign every attempt.
   */
  async function send<A extends ActionName>(action: A, request: ActionRequest<A>): Promise<DataWorksReply> {
    for (let attempt = 0; ; attempt++) {
      const reply = await sendOnce(action, request);
      if (attempt + 1 >= retry.attempts || !isRetryable(action, reply)) return reply;
      await retry.sleep(backoffDelay(attempt, retry, reply.retryAfterMs));
    }
  }

  async function sendOnce<A extends ActionName>(
    action: A,
    request: ActionRequest<A>,
  ): Promise<DataWorksReply> {
    const wire = toWireRequest(action, request);
    const url = new URL(options.endpoint);
    for (const [k, v] of Object.entries(wire.query)) url.searchParams.set(k, v);
    const headers = signRequest(
      {
        method: wire.method,
        host: url.host,
        action,
        version: API_VERSION,
        query: wire.query,
        body: wire.body,
        contentType: wire.method === 'POST' ? FORM_CONTENT_TYPE : undefined,
        date: formatAcsDate(now()),
        // A v4 UUID: 122 random bits from Node's pooled entropy, where randomBytes makes a system call each time.
        nonce: randomUUID(),
      },
      await options.getCredentials(),
    );
    const { host: _host, ...sendable } = headers; // Host comes from the URL, byte for byte what was signed
    let response: UpstreamResponse;
    try {
      response = await transport(url, {
        method: wire.method,
        headers: { ...sendable, accept: 'application/json' },
        body: wire.method === 'POST' ? wire.body : undefined,
        timeoutMs,
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return {
        notSent: (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED',
        status: timedOut ? 504 : 502,
        body: unreachable(
          timedOut ? 'UpstreamTimeout' : 'UpstreamUnavailable',
          describeCause(error, timeoutMs),
        ),
      };
    }
    const { text } = response;
    let body: unknown;
    try {
      body = text ? parseDataWorksJson(text) : {};
    } catch {
      const message = `DataWorks answered HTTP ${response.status} with a body that is not JSON`;
      return { status: 502, body: errorBody('InvalidResponse', message) };
    }
    const retryAfter = Number(response.header('x-acs-retry-after') ?? Number.NaN);
    return {
      status: response.status,
      body: (body ?? {}) as Record<string, unknown>,
      retryAfterMs: Number.isFinite(retryAfter) ? retryAfter : undefined,
    };
  }

  return { send };
}

/** The answer when DataWorks itself could not be reached in time. */
function unreachable(code: 'UpstreamTimeout' | 'UpstreamUnavailable', detail: string) {
  return errorBody(
    code,
    code === 'UpstreamTimeout'
      ? `DataWorks did not answer in time (${detail}). Nothing is known to have changed; your edit is kept.`
      : `DataWorks could not be reached (${detail}). Your edit is kept.`,
  );
}

function describeCause(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.message : 'network error');
}
