import { DEPENDENCY_TYPES } from './task-constants.ts';
import { dependencyKey } from './update-task-request.ts';

// Edit-time checks of a task's dependencies. DataWorks only finds loops after the fact, in scans a few
// times a day (reference/anchors-ui-and-cron.md §1.6); these refuse them before the request is sent.

export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

export interface DependencyValue {
  Type?: string;
  UpstreamOutput?: string;
  UpstreamTaskId?: string;
}

/** Form values as plain strings (a form may hold an ID as a number while it is typed). */
export function toDependencyValues(
  deps: readonly { Type?: string; UpstreamOutput?: string; UpstreamTaskId?: string | number }[] | undefined,
): DependencyValue[] {
  return (deps ?? []).map((d) => ({
    Type: d.Type,
    UpstreamOutput: d.UpstreamOutput,
    UpstreamTaskId: d.UpstreamTaskId === undefined ? undefined : String(d.UpstreamTaskId),
  }));
}

/** Where a dependency points, as the request schema compares them for duplicates. */
export function keyOf(dep: DependencyValue): string {
  return dependencyKey({ ...dep, Type: dep.Type ?? '' });
}

/** Types that name another task, so the picker needs a search result to add them. */
export function needsUpstream(type: DependencyType): boolean {
  return type === 'Normal' || type === 'CrossCycleDependsOnOtherNode';
}

/**
 * The dependency to add for a picked search result (reference/dataworks-api.md §6.2): a same-cycle
 * dependency goes through the chosen output when there is one, else through the task ID; a cross-cycle
 * dependency on another node always names the task ID; self and children name nothing.
 */
export function toDependency(
  type: DependencyType,
  picked?: { Id: string; output?: string },
): { Type: DependencyType; UpstreamOutput?: string; UpstreamTaskId?: string } {
  if (!needsUpstream(type)) return { Type: type };
  if (!picked) throw new Error(`${type} needs an upstream task`);
  if (type === 'Normal' && picked.output) return { Type: type, UpstreamOutput: picked.output };
  return { Type: type, UpstreamTaskId: picked.Id };
}

/** Where a dependency's error belongs: the control naming the upstream, else its type. */
export function upstreamPath(dep: DependencyValue, index: number): string {
  if (dep.UpstreamTaskId !== undefined) return `Dependencies.${index}.UpstreamTaskId`;
  if (dep.UpstreamOutput !== undefined) return `Dependencies.${index}.UpstreamOutput`;
  return `Dependencies.${index}.Type`;
}

/** The edited task's downstream tasks (same-cycle edges only), as found breadth-first. */
export interface DownstreamClosure {
  root: string;
  /** For each task reached, the task it was reached from: a shortest path back to the root. */
  parent: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
  /** True when the search stopped at its bound; a cycle past it goes unseen. */
  truncated: boolean;
}

export interface Neighbour {
  id: string;
  name: string;
  /** ListDownstreamTasks' DependencyType: Normal (same cycle) or CrossCycle. */
  dependencyType: string;
}

/**
 * Walks the tasks that depend on `root`, at any depth, breadth-first, following same-cycle edges only
 * (a cross-cycle edge waits for the previous cycle, so it cannot close a same-cycle loop).
 */
export async function exploreDownstream(
  root: { id: string; name: string },
  listDownstream: (id: string) => Promise<Neighbour[]>,
  maxTasks = 2000,
): Promise<DownstreamClosure> {
  const parent = new Map<string, string>();
  const names = new Map<string, string>([[root.id, root.name]]);
  let frontier = [root.id];
  let truncated = false;
  while (frontier.length > 0 && !truncated) {
    const lists = await Promise.all(frontier.map(listDownstream));
    const next: string[] = [];
    lists.forEach((list, i) => {
      for (const n of list) {
        if (n.dependencyType !== 'Normal' || n.id === root.id || parent.has(n.id)) continue;
        if (parent.size >= maxTasks) {
          truncated = true;
          return;
        }
        parent.set(n.id, frontier[i]!);
        names.set(n.id, n.name);
        next.push(n.id);
      }
    });
    frontier = next;
  }
  return { root: root.id, parent, names, truncated };
}

/**
 * The loop that depending on `upstreamId` would close, in the order data flows, starting and ending at
 * the edited task (`[T, D1, D2, T]`), or undefined when `upstreamId` is not downstream of it.
 */
export function findCyclePath(closure: DownstreamClosure, upstreamId: string): string[] | undefined {
  if (!closure.parent.has(upstreamId)) return undefined;
  const path = [upstreamId];
  for (let id = closure.parent.get(upstreamId); id !== undefined; id = closure.parent.get(id)) path.push(id);
  return [...path.reverse(), closure.root];
}

export type DependencyIssue =
  | { path: string; kind: 'self' }
  | { path: string; kind: 'duplicate'; firstRow: number }
  | { path: string; kind: 'cycle'; cycle: { id: string; name: string }[] };

export interface GuardInput {
  taskId: string;
  /** The edited task's own outputs (as edited). */
  ownOutputs: readonly string[];
  dependencies: readonly DependencyValue[];
  /** Dependencies as loaded: only new ones are checked for loops, so an old loop never blocks a save. */
  baseDependencies?: readonly DependencyValue[];
  /** The task providing an output, when known. */
  ownerOfOutput?: (output: string) => string | undefined;
  closure?: DownstreamClosure;
}

/** The task a dependency points to, when it names one (by ID, or by an output whose owner is known). */
export function upstreamTaskOf(
  dep: DependencyValue,
  ownerOfOutput?: (output: string) => string | undefined,
): string | undefined {
  if (dep.UpstreamTaskId) return dep.UpstreamTaskId;
  return dep.UpstreamOutput ? ownerOfOutput?.(dep.UpstreamOutput) : undefined;
}

/** Self-dependencies, repeated dependencies and same-cycle loops, each at the path of its row. */
export function findDependencyIssues(input: GuardInput): DependencyIssue[] {
  const { taskId, ownOutputs, dependencies, ownerOfOutput, closure } = input;
  const issues: DependencyIssue[] = [];
  const base = new Set((input.baseDependencies ?? []).map(keyOf));
  const seen = new Map<string, number>();
  dependencies.forEach((dep, index) => {
    if (!dep.Type) return;
    const key = keyOf(dep);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ path: `Dependencies.${index}.Type`, kind: 'duplicate', firstRow: first + 1 });
      return;
    }
    seen.set(key, index);
    if (dep.Type === 'CrossCycleDependsOnSelf' || dep.Type === 'CrossCycleDependsOnChildren') return;
    const upstream = upstreamTaskOf(dep, ownerOfOutput);
    const onItself =
      upstream === taskId || (dep.UpstreamOutput !== undefined && ownOutputs.includes(dep.UpstreamOutput));
    if (onItself) {
      issues.push({ path: upstreamPath(dep, index), kind: 'self' });
      return;
    }
    if (dep.Type !== 'Normal' || !closure || upstream === undefined || base.has(key)) return;
    const cycle = findCyclePath(closure, upstream);
    if (cycle)
      issues.push({
        path: upstreamPath(dep, index),
        kind: 'cycle',
        cycle: cycle.map((id) => ({ id, name: closure.names.get(id) ?? id })),
      });
  });
  return issues;
}
