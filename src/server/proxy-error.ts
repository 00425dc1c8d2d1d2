import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ValidationIssue } from '#domain/task/dataworks-actions';

/**
 * Every error the proxy answers has DataWorks' own shape, `{ Code, Message }`, plus `Issues:
 * [{ path, message }]` when parameters are at fault, and what else the answer needs (the current `Task` of
 * a 409, the `SaveId` of a save whose outcome is unknown).
 */
export type ErrorBody = { Code: string; Message: string } & Record<string, unknown>;

export function errorBody(Code: string, Message: string, extra: Record<string, unknown> = {}): ErrorBody {
  return { Code, Message, ...extra };
}

/** An error answer in flight: thrown by `proxyError`, rendered by the app's one `onError`. */
export class ProxyError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly body: ErrorBody,
  ) {
    super(status, { message: body.Message });
    this.name = 'ProxyError';
  }
}

/** Stops the request with an error answer. */
export function proxyError(
  status: ContentfulStatusCode,
  Code: string,
  Message: string,
  extra?: Record<string, unknown>,
): never {
  throw new ProxyError(status, errorBody(Code, Message, extra));
}

/** A request the proxy refuses before sending anything, with the parameters at fault. */
export function invalidParameter(message: string, issues: ValidationIssue[] = []): never {
  proxyError(400, 'InvalidParameter', message, { Issues: issues });
}

/**
 * DataWorks, and the emulator after it, names the refused parameter in the message of an InvalidParameter
 * error: `Invalid parameter Trigger.Cron: <why>`, the path dotted as the request nests it, list items by
 * index (`Dependencies.0.UpstreamTaskId`). The proxy hands that on as data, so the app never reads prose.
 */
const NAMED_PARAMETER = /Invalid parameter ([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\s*:\s*([\s\S]*)/;

/** DataWorks' error body with `Issues: [{ path, message }]` added when its message names the parameter. */
export function withParameterIssues(body: Record<string, unknown>): Record<string, unknown> {
  const { Code, Message, Issues } = body;
  if (typeof Code !== 'string' || !Code.startsWith('InvalidParameter')) return body;
  if (typeof Message !== 'string' || Issues !== undefined) return body;
  const match = NAMED_PARAMETER.exec(Message);
  if (!match) return body;
  return { ...body, Issues: [{ path: match[1]!, message: match[2]!.trim() || Message }] };
}
