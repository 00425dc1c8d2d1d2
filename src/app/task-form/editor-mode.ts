import type { Task } from '#domain/task/task';
import type { TaskForm } from '#domain/task/task-form';
import type { SaveFlow } from '../review/use-save-flow.ts';

/** A draft written against an older version of the task, to merge into the current one. */
export interface DraftConflict {
  theirsTask: Task;
  base: TaskForm;
  theirs: TaskForm;
  yours: TaskForm;
}

/**
 * What the editor is doing, as one state: only one of these can hold at a time, so a review cannot open over
 * a discard question, and nothing closes a save in flight.
 */
export type EditorMode =
  | { mode: 'editing' }
  | { mode: 'confirming-discard' }
  | { mode: 'resolving-draft'; conflict: DraftConflict }
  | { mode: 'reviewing'; flow: SaveFlow };

export type EditorEvent =
  /** A review opened, or a step of its save (saving, saved, failed, unknown, settled, conflict). */
  | { type: 'flow'; flow: SaveFlow }
  | { type: 'close' }
  | { type: 'ask-discard' }
  | { type: 'draft-conflict'; conflict: DraftConflict };

export const EDITING: EditorMode = { mode: 'editing' };

export function editorMode(state: EditorMode, event: EditorEvent): EditorMode {
  switch (event.type) {
    case 'flow':
      // A review opens from the form only; later steps arrive only while their review is open.
      if (state.mode === 'editing' && event.flow.phase === 'review')
        return { mode: 'reviewing', flow: event.flow };
      if (state.mode === 'reviewing') return { mode: 'reviewing', flow: event.flow };
      return state;
    case 'close':
      // The outcome of a save in flight must be seen where it happens.
      if (state.mode === 'reviewing' && state.flow.phase === 'saving') return state;
      return EDITING;
    case 'ask-discard':
      return state.mode === 'editing' ? { mode: 'confirming-discard' } : state;
    case 'draft-conflict':
      return state.mode === 'editing' ? { mode: 'resolving-draft', conflict: event.conflict } : state;
  }
}
