import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import { toTaskForm, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { clearDraft } from '../drafts/draft-store.ts';
import { onNewerTask } from './server-task.ts';

/**
 * The version of the task the form is based on, following the server's newer versions without ever
 * overwriting edits that were neither saved nor discarded.
 */
export function useServerTask({
  task,
  base: [baseTask, setBaseTask],
  form,
  history,
  stopAutosave,
}: {
  task: Task;
  /** The version the form is based on: the editor holds it, since the form's rules are built from it. */
  base: [Task, (task: Task) => void];
  form: UseFormReturn<TaskForm, unknown, UpdateTaskRequest>;
  history: { reset: (values: TaskForm) => void; record: (values: TaskForm) => void };
  stopAutosave: () => void;
}) {
  const [serverNewer, setServerNewer] = useState<Task>();
  // Set by a save that landed: the values it carried.
  const carried = useRef<TaskForm>(undefined);
  const { reset: resetHistory, record } = history;

  useEffect(() => {
    if (task.ModifyTime === baseTask.ModifyTime && task.Id === baseTask.Id) return;
    const values = form.getValues();
    const action = onNewerTask({ base: toTaskForm(baseTask), values, carried: carried.current });
    if (action === 'keep-base') {
      setServerNewer(task);
      return;
    }
    carried.current = undefined;
    setServerNewer(undefined);
    setBaseTask(task);
    const next = toTaskForm(task);
    form.reset(next);
    resetHistory(next);
    if (action === 'adopt-keeping-edits') {
      form.reset(values, { keepDefaultValues: true });
      record(values);
    } else {
      stopAutosave();
      clearDraft(localStorage, task.Id);
    }
  }, [task, baseTask, setBaseTask, form, resetHistory, record, stopAutosave]);

  return {
    serverNewer,
    /** A save of these values landed: the server's next version is its result. */
    saveLanded: (values: TaskForm | undefined) => (carried.current = values),
    /** Puts the form on another version (a merge), with the merged values as unsaved edits. */
    rebase: (theirsTask: Task, theirs: TaskForm, merged: TaskForm) => {
      setBaseTask(theirsTask);
      setServerNewer(undefined);
      form.reset(theirs);
      form.reset(merged, { keepDefaultValues: true });
      resetHistory(theirs);
      record(merged);
    },
  };
}
