import { DIFF_UNITS, KEY_FIELD, LIST_KEYS, type Row, type SectionId } from './parameters.ts';
import { toStableJson } from './task-form.ts';

// A Terraform-plan-like diff of two task forms (or of the sections one save sent, for the history).
// Heuristics, chosen where the issue was silent:
// - List entries are matched by key (LIST_KEYS); equal keys repeated in one list pair up in order.
// - A "moved" entry is a matched entry outside the longest run of entries that kept their relative
//   order, so inserting a row at the top does not mark every row below it as moved.
// - A "renamed" entry: an unmatched old and an unmatched new entry at the same index whose non-key
//   fields are all equal (a variable with the same Type and Value, a tag with the same Value).
// - Script.Content is compared line by line (LCS); other text is compared whole.

// The lists, their keys and the units come from the parameter table (parameters.ts).
export type { Row } from './parameters.ts';

export type LineOp = { op: ' ' | '+' | '-'; text: string };

export type Change =
  | { op: '~'; path: string; before: unknown; after: unknown; lines?: LineOp[] }
  | { op: '+'; path: string; after: unknown }
  | { op: '-'; path: string; before: unknown };

export type EntryChange =
  | { op: '+'; path: string; key: string; after: Row }
  | { op: '-'; path: string; key: string; before: Row }
  | {
      op: '~';
      path: string;
      key: string;
      fromIndex: number;
      toIndex: number;
      moved: boolean;
      renamedFrom?: string;
      fields: Change[];
    };

export interface ListDiff {
  kind: 'list';
  path: string;
  entries: EntryChange[];
  unchanged: number;
}

export interface SectionDiff {
  section: SectionId;
  fields: Change[];
  lists: ListDiff[];
  /** Fields and list entries that did not change, shown collapsed. */
  unchanged: number;
}

export interface TaskDiff {
  sections: SectionDiff[];
  added: number;
  changed: number;
  removed: number;
}

export function getAt(value: unknown, path: string): unknown {
  let node = value;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a !== 'object' && typeof b !== 'object') return a === b;
  return toStableJson(a) === toStableJson(b);
}

function diffValue(path: string, before: unknown, after: unknown): Change | undefined {
  if (same(before, after)) return undefined;
  if (isEmpty(before)) return { op: '+', path, after };
  if (isEmpty(after)) return { op: '-', path, before };
  if (path === 'Script.Content' && typeof before === 'string' && typeof after === 'string')
    return { op: '~', path, before, after, lines: diffLines(before, after) };
  return { op: '~', path, before, after };
}

/** A line diff by longest common subsequence, O(n·m): fine for scripts of a few thousand lines. */
export function diffLines(before: string, after: string): LineOp[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Trim the common head and tail first: most edits touch a few lines of a long script.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: LineOp[] = a.slice(0, head).map((t) => ({ op: ' ', text: t }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      ops.push({ op: ' ', text: midA[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ op: '-', text: midA[i++]! });
    } else {
      ops.push({ op: '+', text: midB[j++]! });
    }
  }
  for (const t of a.slice(a.length - tail)) ops.push({ op: ' ', text: t });
  return ops;
}

/** Keys made unique by occurrence, so a list holding the same key twice still pairs up in order. */
export function keyedEntries(listPath: string, items: readonly Row[]): { key: string; item: Row }[] {
  const keyOf = LIST_KEYS[listPath] ?? (() => undefined);
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const base = keyOf(item);
    if (base === undefined) return { key: `#${index}`, item };
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}#${n + 1}`, item };
  });
}

/** Indices (into `seq`) of a longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) keep.add(k);
  return keep;
}

function diffEntryFields(path: string, before: Row, after: Row): Change[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.flatMap((f) => diffValue(`${path}.${f}`, before[f], after[f]) ?? []);
}

/** Entries of a list matched by key: added, removed, changed, moved and renamed. */
export function diffList(path: string, before: readonly Row[], after: readonly Row[]): ListDiff {
  const a = keyedEntries(path, before);
  const b = keyedEntries(path, after);
  const indexInA = new Map(a.map((e, i) => [e.key, i]));
  const pairs: { from: number; to: number; renamedFrom?: string }[] = [];
  const matchedA = new Set<number>();
  const matchedB = new Set<number>();
  b.forEach((e, to) => {
    const from = e.key.startsWith('#') ? undefined : indexInA.get(e.key);
    if (from === undefined) return;
    pairs.push({ from, to });
    matchedA.add(from);
    matchedB.add(to);
  });
  const keyField = KEY_FIELD[path];
  if (keyField)
    b.forEach((e, to) => {
      if (matchedB.has(to) || to >= a.length || matchedA.has(to)) return;
      const old = a[to]!.item;
      const { [keyField]: _oldKey, ...oldRest } = old;
      const { [keyField]: _newKey, ...newRest } = e.item;
      if (!same(oldRest, newRest)) return;
      pairs.push({ from: to, to, renamedFrom: typeof _oldKey === 'string' ? _oldKey : '' });
      matchedA.add(to);
      matchedB.add(to);
    });
  pairs.sort((x, y) => x.to - y.to);
  const inOrder = longestIncreasing(pairs.map((p) => p.from));

  const entries: (EntryChange & { at: number })[] = [];
  let unchanged = 0;
  pairs.forEach((p, k) => {
    const moved = !inOrder.has(k);
    const fields = diffEntryFields(`${path}.${p.to}`, a[p.from]!.item, b[p.to]!.item);
    if (!moved && fields.length === 0) {
      unchanged++;
      return;
    }
    entries.push({
      op: '~',
      path: `${path}.${p.to}`,
      key: b[p.to]!.key,
      fromIndex: p.from,
      toIndex: p.to,
      moved,
      ...(p.renamedFrom !== undefined ? { renamedFrom: p.renamedFrom } : {}),
      fields,
      at: p.to,
    });
  });
  b.forEach((e, to) => {
    if (!matchedB.has(to))
      entries.push({ op: '+', path: `${path}.${to}`, key: e.key, after: e.item, at: to });
  });
  a.forEach((e, from) => {
    if (!matchedA.has(from))
      entries.push({ op: '-', path: `${path}.${from}`, key: e.key, before: e.item, at: from - 0.5 });
  });
  entries.sort((x, y) => x.at - y.at);
  return { kind: 'list', path, entries: entries.map(({ at: _at, ...e }) => e), unchanged };
}

function asRows(value: unknown): Row[] {
  return Array.isArray(value) ? (value as Row[]) : [];
}

/**
 * The diff of two task forms, section by section. With `only`, just the top-level members listed
 * (e.g. the sections one save sent) are compared.
 */
export function diffTask(before: unknown, after: unknown, only?: readonly string[]): TaskDiff {
  const sections: SectionDiff[] = [];
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const unit of DIFF_UNITS) {
    const paths = unit.paths.filter((p) => !only || only.includes(p.split('.')[0]!));
    if (paths.length === 0) continue;
    const section: SectionDiff = { section: unit.section, fields: [], lists: [], unchanged: 0 };
    for (const path of paths) {
      if (path in LIST_KEYS) {
        const list = diffList(path, asRows(getAt(before, path)), asRows(getAt(after, path)));
        section.unchanged += list.unchanged;
        if (list.entries.length > 0) section.lists.push(list);
        for (const e of list.entries)
          if (e.op === '+') added++;
          else if (e.op === '-') removed++;
          else changed++;
        continue;
      }
      const change = diffValue(path, getAt(before, path), getAt(after, path));
      if (!change) {
        section.unchanged++;
        continue;
      }
      section.fields.push(change);
      if (change.op === '+') added++;
      else if (change.op === '-') removed++;
      else changed++;
    }
    if (section.fields.length > 0 || section.lists.length > 0) sections.push(section);
  }
  return { sections, added, changed, removed };
}

/** Number of changes in a diff (what "Review · N changes" counts). */
export function countChanges(diff: TaskDiff): number {
  return diff.added + diff.changed + diff.removed;
}
