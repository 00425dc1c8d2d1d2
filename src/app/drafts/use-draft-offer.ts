import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import { changedSections, toTaskForm, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { clearDraft, readDraft, type Draft } from './draft-store.ts';

/** A draft worth offering: one that still changes something against the task as loaded. */
export function draftWorthOffering(storage: Storage, task: Task): Draft | undefined {
  const draft = readDraft(storage, task.Id);
  if (!draft || changedSections(toTaskForm(task), draft.values).length === 0) return undefined;
  return draft;
}

/**
 * The local draft found on opening a task, offered back: restoring puts it in the form (or, when the task
 * changed since it was written, hands a three-way merge to `onStale`); discarding deletes it.
 */
export function useDraftOffer({
  task,
  baseTask,
  form,
  record,
  onStale,
}: {
  task: Task;
  baseTask: Task;
  form: UseFormReturn<TaskForm, unknown, UpdateTaskRequest>;
  record: (values: TaskForm) => void;
  onStale: (draft: Draft) => void;
}) {
  const [offer, setOffer] = useState(() => draftWorthOffering(localStorage, task));
  // A draft that changes nothing is stale: it goes, once, after the first render.
  useEffect(() => {
    if (!offer && readDraft(localStorage, task.Id)) clearDraft(localStorage, task.Id);
  }, [offer, task.Id]);

  return {
    offer,
    stale: offer !== undefined && offer.baseModifyTime !== baseTask.ModifyTime,
    restore: () => {
      if (!offer) return;
      setOffer(undefined);
      if (offer.baseModifyTime === baseTask.ModifyTime) {
        form.reset(offer.values, { keepDefaultValues: true });
        record(offer.values);
      } else onStale(offer);
    },
    discard: () => {
      setOffer(undefined);
      clearDraft(localStorage, task.Id);
    },
  };
}
