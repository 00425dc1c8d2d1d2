import { useSyncExternalStore } from 'react';

// The tasks picked on the list for a batch edit, per workspace. It outlives paging, filtering and going to the
// batch editor and back, and a reload of the tab (sessionStorage), but not the tab: a selection is a moment's
// work, and two tabs may prepare two batches.

/** "Select all matching" stops here: a batch larger than this is several batches. */
export const MAX_SELECTION = 5_000;

export interface SelectedTask {
  Id: string;
  Name: string;
}

type Listener = () => void;

const storageKey = (projectId: string) => `task-selection:${projectId}`;

function read(projectId: string): ReadonlyMap<string, SelectedTask> {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey(projectId)) ?? '[]') as SelectedTask[];
    return new Map(stored.map((t) => [t.Id, t]));
  } catch {
    return new Map();
  }
}

const selections = new Map<string, ReadonlyMap<string, SelectedTask>>();
const listeners = new Set<Listener>();

function selectionOf(projectId: string): ReadonlyMap<string, SelectedTask> {
  let selection = selections.get(projectId);
  if (!selection) selections.set(projectId, (selection = read(projectId)));
  return selection;
}

function write(projectId: string, next: ReadonlyMap<string, SelectedTask>) {
  selections.set(projectId, next);
  try {
    sessionStorage.setItem(storageKey(projectId), JSON.stringify([...next.values()]));
  } catch {
    // A full or blocked storage keeps the selection in memory for this page's life.
  }
  for (const listener of listeners) listener();
}

/** Adds (or removes) tasks, keeping at most MAX_SELECTION; returns how many could not be added. */
export function selectTasks(projectId: string, tasks: readonly SelectedTask[], selected: boolean): number {
  const next = new Map(selectionOf(projectId));
  let refused = 0;
  for (const task of tasks) {
    if (!selected) next.delete(task.Id);
    else if (next.has(task.Id) || next.size < MAX_SELECTION)
      next.set(task.Id, { Id: task.Id, Name: task.Name });
    else refused++;
  }
  write(projectId, next);
  return refused;
}

export function clearSelection(projectId: string) {
  write(projectId, new Map());
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The workspace's selection, in the order the tasks were picked. */
export function useTaskSelection(projectId: string): ReadonlyMap<string, SelectedTask> {
  return useSyncExternalStore(subscribe, () => selectionOf(projectId));
}
