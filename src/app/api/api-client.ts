import type { ActionName, ActionRequestInput, ValidationIssue } from '#domain/task/dataworks-actions';

/** A failed call: DataWorks' (or the proxy's) Code and Message, field issues, and the RequestId. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ValidationIssue[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Calls one DataWorks action through the proxy; throws ApiError when the answer is not ok. */
export async function callDataWorks<A extends ActionName>(
  action: A,
  request: ActionRequestInput<A>,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/dataworks/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      0,
      'NetworkError',
      'The editor server could not be reached. Is `npm start` still running?',
    );
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ApiError(
      response.status,
      typeof body.Code === 'string' ? body.Code : `Http${response.status}`,
      typeof body.Message === 'string' ? body.Message : `HTTP ${response.status}`,
      Array.isArray(body.Issues) ? (body.Issues as ValidationIssue[]) : [],
      typeof body.RequestId === 'string' ? body.RequestId : undefined,
    );
  return body;
}

export interface Health {
  ok: true;
  target: 'emulator' | 'aliyun';
  projectId: string;
}

export async function getHealth(): Promise<Health> {
  const response = await fetch('/api/health');
  if (!response.ok) throw new ApiError(response.status, 'HealthCheckFailed', `HTTP ${response.status}`);
  return (await response.json()) as Health;
}
