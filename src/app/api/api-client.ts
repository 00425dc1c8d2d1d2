import type { ActionName, ActionRequestInput, ValidationIssue } from '#domain/task/dataworks-actions';

/** A failed call: DataWorks' (or the proxy's) Code and Message, field issues, and the RequestId. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ValidationIssue[] = [],
    readonly requestId?: string,
    /** The whole reply, e.g. the current `Task` of a 409 or `Applied` of a 502/504. */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'task-editor.access-token';

type TokenPrompt = () => Promise<string | undefined>;
let tokenPrompt: TokenPrompt | undefined;
let pendingPrompt: Promise<string | undefined> | undefined;
// A request sent before the app shell mounted (the early GetTask) can be refused before anyone can ask.
let promptRegistered: (prompt: TokenPrompt) => void = () => undefined;
const firstPrompt = new Promise<TokenPrompt>((resolve) => (promptRegistered = resolve));

/** Who asks for the access token when the server wants one (the dialog registers itself here). */
export function setAccessTokenPrompt(prompt: TokenPrompt | undefined) {
  tokenPrompt = prompt;
  if (prompt) promptRegistered(prompt);
}

function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Asks once, however many calls were refused at the same time. */
async function askForToken(): Promise<string | undefined> {
  pendingPrompt ??= (tokenPrompt ?? (await firstPrompt))().finally(() => (pendingPrompt = undefined));
  const token = (await pendingPrompt)?.trim();
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  return token || undefined;
}

async function isTokenRefusal(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { Code?: unknown };
  return body.Code === 'InvalidAccessToken';
}

/** fetch with the access token; a refused token makes the app ask for it, then the call is repeated. */
async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    const token = storedToken();
    if (token) headers.set('x-access-token', token);
    return fetch(url, { ...init, headers });
  };
  let response = await send();
  for (let attempt = 0; attempt < 2 && (await isTokenRefusal(response)); attempt++) {
    sessionStorage.removeItem(TOKEN_KEY);
    if (!(await askForToken())) break;
    response = await send();
  }
  return response;
}

function networkError(): ApiError {
  return new ApiError(
    0,
    'NetworkError',
    'The editor server could not be reached. Is `npm start` still running?',
  );
}

function toApiError(response: Response, body: Record<string, unknown>): ApiError {
  return new ApiError(
    response.status,
    typeof body.Code === 'string' ? body.Code : `Http${response.status}`,
    typeof body.Message === 'string' ? body.Message : `HTTP ${response.status}`,
    Array.isArray(body.Issues) ? (body.Issues as ValidationIssue[]) : [],
    typeof body.RequestId === 'string' ? body.RequestId : undefined,
    body,
  );
}

/** One call to the editor's API: the JSON body, or ApiError when the answer is not ok or never came. */
async function requestJson(path: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await apiFetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw toApiError(response, body);
  return body;
}

/** Calls one DataWorks action through the proxy; throws ApiError when the answer is not ok. */
export function callDataWorks<A extends ActionName>(
  action: A,
  request: ActionRequestInput<A>,
  signal?: AbortSignal,
  headers?: Record<string, string>,
): Promise<Record<string, unknown>> {
  return requestJson(`/api/dataworks/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
    signal,
  });
}

/** `GET` one of the editor's own read routes (the workspace lookups): its JSON body, or ApiError. */
export function getJson(path: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
  return requestJson(path, { signal });
}

/** `POST` to one of the editor's own routes (the batches): its JSON body, or ApiError. */
export function postJson(
  path: string,
  body: unknown = {},
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  return requestJson(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

/** `GET /api/tasks/:id/history`: the proxy's own log of saves. */
export function getSaveHistory(id: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
  return requestJson(`/api/tasks/${encodeURIComponent(id)}/history`, { signal });
}

/** `GET /api/tasks/:id/saves/:saveId/outcome`: the proxy reads the task back for a save of unknown outcome. */
export function getSaveOutcome(
  id: string,
  saveId: number,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  return requestJson(`/api/tasks/${encodeURIComponent(id)}/saves/${saveId}/outcome`, { signal });
}

export interface Health {
  ok: true;
  target: 'emulator' | 'aliyun';
  projectId: string;
  /** The deployment's region (DATAWORKS_REGION, the endpoint's, or the emulator's cn-shanghai); null when unknown. */
  region?: string | null;
  /** The deployment's ScheduleSettings (domain/cron/dataworks-schedule.ts), read with readScheduleSettings. */
  schedule?: unknown;
}

export async function getHealth(): Promise<Health> {
  const response = await apiFetch('/api/health');
  if (!response.ok) throw new ApiError(response.status, 'HealthCheckFailed', `HTTP ${response.status}`);
  return (await response.json()) as Health;
}
