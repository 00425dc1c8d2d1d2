import { DIFF_UNITS, LIST_KEYS, type Row, type SectionId } from './parameters.ts';
import { getAt, keyedEntries } from './task-diff.ts';
import { toStableJson } from './task-form.ts';

// Three-way merge of task forms: base = the task as loaded, theirs = the task as it is now, yours = the
// edited form. Units are the diff's fields (e.g. `Trigger.Cron`) and, in lists, single entries matched
// by key (`Tags[team]`), so two people adding different tags do not collide.
// Per unit: only you changed it -> yours; only they did -> theirs; both to the same value -> that value;
// both to different values -> a conflict that needs your choice.

export interface MergeConflict {
  /** `Trigger.Cron`, or `Tags[team]` for a list entry. */
  id: string;
  section: SectionId;
  base: unknown;
  theirs: unknown;
  yours: unknown;
}

export interface MergeOutcome {
  /** What the merge decided without asking: `theirs` = taken from the current task, `yours` = kept. */
  decided: { id: string; section: SectionId; from: 'theirs' | 'yours' | 'both' }[];
  conflicts: MergeConflict[];
}

export type Choice = 'theirs' | 'yours';

function same(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === '';
  if (empty(a) && empty(b)) return true;
  return toStableJson(a) === toStableJson(b);
}

interface Unit {
  id: string;
  section: SectionId;
  path: string;
  key?: string;
}

function unitsOf(base: unknown, theirs: unknown, yours: unknown): Unit[] {
  const units: Unit[] = [];
  for (const { section, paths } of DIFF_UNITS)
    for (const path of paths) {
      if (!(path in LIST_KEYS)) {
        units.push({ id: path, section, path });
        continue;
      }
      const keys = new Set<string>();
      for (const form of [base, theirs, yours])
        for (const e of keyedEntries(path, rows(getAt(form, path)))) keys.add(e.key);
      for (const key of keys) units.push({ id: `${path}[${key}]`, section, path, key });
    }
  return units;
}

function rows(value: unknown): Row[] {
  return Array.isArray(value) ? (value as Row[]) : [];
}

function valueOf(form: unknown, unit: Unit): unknown {
  if (unit.key === undefined) return getAt(form, unit.path);
  return keyedEntries(unit.path, rows(getAt(form, unit.path))).find((e) => e.key === unit.key)?.item;
}

/** Decides every unit that needs no choice and lists the conflicts. */
export function mergeThreeWay(base: unknown, theirs: unknown, yours: unknown): MergeOutcome {
  const outcome: MergeOutcome = { decided: [], conflicts: [] };
  for (const unit of unitsOf(base, theirs, yours)) {
    const b = valueOf(base, unit);
    const t = valueOf(theirs, unit);
    const y = valueOf(yours, unit);
    const theyChanged = !same(b, t);
    const youChanged = !same(b, y);
    if (!theyChanged && !youChanged) continue;
    if (theyChanged && youChanged && !same(t, y))
      outcome.conflicts.push({ id: unit.id, section: unit.section, base: b, theirs: t, yours: y });
    else
      outcome.decided.push({
        id: unit.id,
        section: unit.section,
        from: theyChanged && youChanged ? 'both' : theyChanged ? 'theirs' : 'yours',
      });
  }
  return outcome;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = next && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/**
 * The merged form: theirs, with every unit only you changed set to yours, and each conflict set as
 * chosen (a conflict without a choice keeps theirs). List order follows theirs; entries only you added
 * follow the entry they followed in your list.
 */
export function applyMerge<T>(
  base: T,
  theirs: T,
  yours: T,
  choices: Readonly<Record<string, Choice>> = {},
): T {
  const outcome = mergeThreeWay(base, theirs, yours);
  const fromYours = new Set([
    ...outcome.decided.filter((d) => d.from === 'yours').map((d) => d.id),
    ...outcome.conflicts.filter((c) => choices[c.id] === 'yours').map((c) => c.id),
  ]);
  const merged = structuredClone(theirs) as Record<string, unknown>;
  const units = unitsOf(base, theirs, yours);
  for (const unit of units)
    if (unit.key === undefined && fromYours.has(unit.id)) setAt(merged, unit.path, getAt(yours, unit.path));
  for (const path of Object.keys(LIST_KEYS)) {
    const listUnits = units.filter((u) => u.path === path && fromYours.has(u.id));
    if (listUnits.length === 0) continue;
    const theirEntries = keyedEntries(path, rows(getAt(theirs, path)));
    const yourEntries = keyedEntries(path, rows(getAt(yours, path)));
    const result: { key: string; item: Row }[] = theirEntries.map((e) => ({ ...e }));
    for (const unit of listUnits) {
      const mine = yourEntries.find((e) => e.key === unit.key);
      const at = result.findIndex((e) => e.key === unit.key);
      if (!mine) {
        if (at >= 0) result.splice(at, 1);
      } else if (at >= 0) result[at] = { key: mine.key, item: mine.item };
      else {
        const mineAt = yourEntries.indexOf(mine);
        const before = yourEntries
          .slice(0, mineAt)
          .reverse()
          .map((e) => result.findIndex((r) => r.key === e.key))
          .find((i) => i >= 0);
        result.splice(before === undefined ? (mineAt === 0 ? 0 : result.length) : before + 1, 0, {
          key: mine.key,
          item: mine.item,
        });
      }
    }
    setAt(
      merged,
      path,
      result.map((e) => e.item),
    );
  }
  return merged as T;
}
