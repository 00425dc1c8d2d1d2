import { stringify as toFormString } from 'node:querystring';
import { wireLayoutOf, type ActionName } from '#domain/task/dataworks-actions';
import { stringifyWithNumericIds } from './lossless-json.ts';

export interface WireRequest {
  method: 'GET' | 'POST';
  query: Record<string, string>;
  /** `application/x-www-form-urlencoded` text; empty for GET. */
  body: string;
}

/**
 * Lays out an action's parameters as the official SDK does (reference/dataworks-api.md §2): GET actions
 * put scalars in the query; POST actions put everything in a form body, nested objects and arrays as
 * JSON text ("shrink"), longs as decimal digits. ListImages is a POST with its parameters in the query, and
 * ListDataSources' `Types` is comma-joined (reference/workspace-lookups.md §2).
 */
export function toWireRequest(action: ActionName, request: Record<string, unknown>): WireRequest {
  const { method, paramsIn, commaLists } = wireLayoutOf(action);
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined || value === null) continue;
    flat[key] =
      typeof value === 'string'
        ? value
        : Array.isArray(value) && commaLists.includes(key)
          ? value.join(',')
          : typeof value === 'object'
            ? stringifyWithNumericIds(value, undefined, key)
            : JSON.stringify(value);
  }
  if (paramsIn === 'query') return { method, query: flat, body: '' };
  // querystring.stringify is what the official client uses (space %20, `*` kept); the body hash covers these bytes.
  return { method, query: {}, body: toFormString(flat) };
}

/** Reads a form body back into parameters; JSON-text parameters stay text for the caller to parse. */
export function fromFormBody(body: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  return params;
}
