import { changedSections, toStableJson, type TaskForm } from '#domain/task/task-form';

/**
 * What to do when the server has a newer version of the task than the form's base:
 * - `adopt`: it becomes the base and the form shows it (nothing unsaved would be lost);
 * - `adopt-keeping-edits`: it becomes the base, and the form keeps what a save just made did not carry;
 * - `keep-base`: someone else's change arrived while the form holds unsaved edits; the form stays as it is,
 *   and the save's If-Match check will show both versions.
 */
export function onNewerTask({
  base,
  values,
  carried,
}: {
  base: TaskForm;
  values: TaskForm;
  /** The values a save of this page just carried, when the newer version is that save's result. */
  carried: TaskForm | undefined;
}): 'adopt' | 'adopt-keeping-edits' | 'keep-base' {
  if (carried) return toStableJson(values) === toStableJson(carried) ? 'adopt' : 'adopt-keeping-edits';
  return changedSections(base, values).length > 0 ? 'keep-base' : 'adopt';
}
