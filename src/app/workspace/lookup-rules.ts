import { ApiError } from '../api/api-client.ts';

// The pickers' rules, without React: what a typed text matches and in which order, what a value that is not on
// the workspace's lists is flagged as, and when a lookup gives way to free text.

/** DataWorks' account (user) IDs: digit strings, like a task's Owner (the schema's rule). */
export function isAccountId(text: string): boolean {
  return /^\d+$/.test(text);
}

/** A person as the app shows them: "Name (ID)", or the ID alone while the name is unknown. */
export function personLabel(userId: string, name: string | undefined): string {
  const trimmed = name?.trim();
  return trimmed && trimmed !== userId ? `${trimmed} (${userId})` : userId;
}

/**
 * The items matching `text` in any of their `keys`, best first: a whole match, then one at the start of a
 * key, then at the start of a word (after `_`, `-`, `.`, a space or a case change), then anywhere; the list's
 * own order within each rank. Case-insensitive; an empty text matches everything in the list's order.
 */
export function rankMatches<T>(items: readonly T[], text: string, keys: (item: T) => readonly string[]): T[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...items];
  const ranked: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    let best = Infinity;
    for (const key of keys(item)) best = Math.min(best, matchRank(key, needle));
    if (best !== Infinity) ranked.push({ item, rank: best, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.item);
}

function matchRank(key: string, needle: string): number {
  const lower = key.toLowerCase();
  if (lower === needle) return 0;
  if (lower.startsWith(needle)) return 1;
  let at = lower.indexOf(needle);
  if (at < 0) return Infinity;
  while (at >= 0) {
    if (/[\s_.\-/]/.test(key[at - 1] ?? '') || /[a-z][A-Z]/.test(key.slice(at - 1, at + 1))) return 2;
    at = lower.indexOf(needle, at + 1);
  }
  return 3;
}

/** What is said of a field's current value beside it: a warning, never an error (the value can be saved). */
export type LookupFlag =
  | { kind: 'not-member' }
  | { kind: 'member-disabled' }
  | { kind: 'unknown-group' }
  | { kind: 'stopped-group' }
  | { kind: 'group-status'; status: string }
  | { kind: 'unknown-data-source' }
  | { kind: 'unknown-image' };

/**
 * The Owner's flag: a numeric account ID the directory does not know is "not a member" (kept, and savable).
 * `member` is the directory's answer: the member, null when it has no such member, undefined while it is not
 * known (loading, or the lookup failed). A value that is no account ID gets no flag: the schema refuses it.
 */
export function ownerFlag(
  value: string | undefined,
  member: { Status?: string } | null | undefined,
): LookupFlag | undefined {
  const id = value?.trim() ?? '';
  if (!isAccountId(id) || member === undefined) return undefined;
  if (member === null) return { kind: 'not-member' };
  if (member.Status === 'Forbidden' || member.Status === 'Disabled') return { kind: 'member-disabled' };
  return undefined;
}

/** A resource group's flag: unknown to the workspace's list, stopped, or in another state than running. */
export function resourceGroupFlag(
  value: string | undefined,
  groups: readonly { Id: string; Status?: string }[] | undefined,
): LookupFlag | undefined {
  const id = value?.trim() ?? '';
  if (id === '' || !groups) return undefined;
  const group = groups.find((g) => g.Id === id);
  if (!group) return { kind: 'unknown-group' };
  if (group.Status === 'Stop') return { kind: 'stopped-group' };
  if (group.Status && group.Status !== 'Normal') return { kind: 'group-status', status: group.Status };
  return undefined;
}

/** A data source name that is not on the workspace's list. */
export function dataSourceFlag(
  value: string | undefined,
  sources: readonly { Name: string }[] | undefined,
): LookupFlag | undefined {
  const name = value?.trim() ?? '';
  if (name === '' || !sources) return undefined;
  return sources.some((s) => s.Name === name) ? undefined : { kind: 'unknown-data-source' };
}

/** An image ID that is not on the workspace's list. */
export function imageFlag(
  value: string | undefined,
  images: readonly { Id: string }[] | undefined,
): LookupFlag | undefined {
  const id = value?.trim() ?? '';
  if (id === '' || !images) return undefined;
  return images.some((i) => i.Id === id) ? undefined : { kind: 'unknown-image' };
}

/** Why a field is free text: its lookup failed (refused, or an error), or the service does not offer it. */
export interface LookupFallback {
  reason: 'failed' | 'unavailable';
  /** DataWorks' or the proxy's Code (e.g. Forbidden.Access), or the HTTP status when there is none. */
  code: string;
}

/**
 * Whether a lookup gives way to free text, from the errors of the queries behind it (undefined: keep the
 * picker). Any error does: refused (403 Forbidden.Access), not offered (501, or 404 for a route this server
 * lacks), throttled, unreachable. An aborted request is no failure. Editing is never blocked by a lookup.
 */
export function lookupFallback(...errors: readonly (Error | null | undefined)[]): LookupFallback | undefined {
  for (const error of errors) {
    if (!error || error.name === 'AbortError' || error.name === 'CancelledError') continue;
    if (!(error instanceof ApiError)) return { reason: 'failed', code: error.name || 'Error' };
    const unavailable =
      error.status === 501 ||
      (error.status === 404 && error.code === 'NotFound') ||
      error.code === 'NotImplemented';
    return { reason: unavailable ? 'unavailable' : 'failed', code: error.code || `HTTP ${error.status}` };
  }
  return undefined;
}
