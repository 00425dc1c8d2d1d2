import type { TaskForm } from '#domain/task/task-form';

// Drafts live in localStorage, one per task, so a reload, a crash or a failed save loses nothing.

export interface Draft {
  taskId: string;
  values: TaskForm;
  /** The form of the task the edits started from, for a three-way merge when the task changed since. */
  base: TaskForm;
  baseModifyTime?: number;
  savedAt: number;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftKey(taskId: string): string {
  return `task-editor.draft.${taskId}`;
}

export function readDraft(storage: Store, taskId: string): Draft | undefined {
  try {
    const raw = storage.getItem(draftKey(taskId));
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (draft.taskId !== taskId || !draft.values || !draft.base || typeof draft.savedAt !== 'number')
      return undefined;
    return draft as Draft;
  } catch {
    return undefined;
  }
}

export function writeDraft(storage: Store, draft: Draft): void {
  try {
    storage.setItem(draftKey(draft.taskId), JSON.stringify(draft));
  } catch {
    // A full or disabled storage must not break editing.
  }
}

export function clearDraft(storage: Store, taskId: string): void {
  try {
    storage.removeItem(draftKey(taskId));
  } catch {
    // as above
  }
}
