import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import { changedSections, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { clearDraft, writeDraft } from './draft-store.ts';
import { UndoHistory } from './undo-history.ts';

const DRAFT_DELAY_MS = 500;
const UNDO_BURST_MS = 400;

export interface DraftContext {
  baseTask: Task;
  /** While a saved draft is being offered back, autosave waits so a new edit cannot overwrite it. */
  offerPending: boolean;
}

/**
 * What the editor remembers of the edits: a local draft written after each pause in typing (so a reload or
 * crash loses nothing), and undo snapshots, one per burst of edits.
 */
export function useEditHistory(
  form: UseFormReturn<TaskForm, unknown, UpdateTaskRequest>,
  base: TaskForm,
  draftContext: DraftContext,
) {
  const [history] = useState(() => new UndoHistory<TaskForm>(base));
  const [, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef({ ...draftContext, base });
  latest.current = { ...draftContext, base };

  useEffect(() => {
    const subscription = form.watch(() => {
      clearTimeout(draftTimer.current);
      draftTimer.current = setTimeout(() => {
        const { base: currentBase, baseTask, offerPending } = latest.current;
        if (offerPending) return;
        const values = form.getValues();
        if (changedSections(currentBase, values).length === 0) clearDraft(localStorage, baseTask.Id);
        else
          writeDraft(localStorage, {
            taskId: baseTask.Id,
            values,
            base: currentBase,
            baseModifyTime: baseTask.ModifyTime,
            savedAt: Date.now(),
          });
      }, DRAFT_DELAY_MS);
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => {
        if (history.record(structuredClone(form.getValues()))) refresh();
      }, UNDO_BURST_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(draftTimer.current);
      clearTimeout(undoTimer.current);
    };
  }, [form, history, refresh]);

  const stopAutosave = useCallback(() => {
    clearTimeout(draftTimer.current);
    draftTimer.current = undefined;
  }, []);

  const show = useCallback(
    (values: TaskForm) => {
      clearTimeout(undoTimer.current);
      form.reset(structuredClone(values), { keepDefaultValues: true });
      refresh();
    },
    [form, refresh],
  );

  return {
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    undo: useCallback(() => {
      const values = history.undo();
      if (values) show(values);
    }, [history, show]),
    redo: useCallback(() => {
      const values = history.redo();
      if (values) show(values);
    }, [history, show]),
    /** Starts the history over from these values (after a discard or a rebase). */
    reset: useCallback((values: TaskForm) => (history.reset(values), refresh()), [history, refresh]),
    /** Adds a snapshot now (after restoring a draft or applying a merge). */
    record: useCallback(
      (values: TaskForm) => (history.record(structuredClone(values)), refresh()),
      [history, refresh],
    ),
    stopAutosave,
  };
}
