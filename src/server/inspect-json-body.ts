// Checks on a parsed JSON body before any schema sees it: shapes no DataWorks parameter has, and that
// could hurt on the way (prototype keys, unpaired surrogates that cannot be encoded, absurd nesting).

export const MAX_JSON_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface BodyIssue {
  path: string;
  message: string;
}

/** The first hostile feature of a body, with its path, or undefined when there is none. */
export function inspectJsonBody(value: unknown, path: string[] = []): BodyIssue | undefined {
  const at = path.join('.');
  if (path.length > MAX_JSON_DEPTH)
    return { path: at, message: `is nested deeper than ${MAX_JSON_DEPTH} levels` };
  if (typeof value === 'string')
    return UNPAIRED_SURROGATE.test(value)
      ? { path: at, message: 'contains an unpaired UTF-16 surrogate, which cannot be sent as UTF-8' }
      : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    if (FORBIDDEN_KEYS.has(key))
      return { path: [...path, key].join('.'), message: 'is not a parameter name' };
    if (UNPAIRED_SURROGATE.test(key)) return { path: at, message: 'has a key with an unpaired surrogate' };
    const issue = inspectJsonBody(child, [...path, key]);
    if (issue) return issue;
  }
  return undefined;
}
