import { SETTABLE_PATHS, type BatchOperation, type SettablePath } from '#domain/batch/batch-operations';
import type { TaskForm } from '#domain/task/task-form';

// The batch editor's form as operations (domain/batch/batch-operations.ts). The values sit in a TaskForm, so each
// control is the single-task form's own, with its name; which of them apply is the editor's own state.

export type TagAction = 'add' | 'remove';

export interface BatchEdits {
  /** The parameters whose "Change …" is on, in SETTABLE_PATHS order. */
  set: ReadonlySet<SettablePath>;
  /** One per row of the form's `Tags`: what the row does with its key. */
  tagActions: readonly TagAction[];
  schedule: 'keep' | 'time-of-day' | 'cron';
  /** hh:mm, 24-hour: the time-of-day operation. */
  time: string;
  /** Whether Trigger.Recurrence (pause / dry run / resume) is set. */
  recurrence: boolean;
}

/** The editor's control a fault is shown at: a form path (`Owner`, `Tags.0.Key`) or `time`. */
export type EditField = string;

export type EditsResult =
  | { ok: true; operations: BatchOperation[]; fields: EditField[] }
  /** A fault found before the domain's checks: the time is not hh:mm. */
  | { ok: false; field: 'time' };

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** The value at a dotted path of the form (`RuntimeResource.ResourceGroupId`). */
function valueAt(values: TaskForm, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((held, key) => (held as Record<string, unknown> | undefined)?.[key], values);
}

/** The operations the form describes, in the order shown, each with the control its faults belong to. */
export function toOperations(edits: BatchEdits, values: TaskForm): EditsResult {
  const operations: BatchOperation[] = [];
  const fields: EditField[] = [];
  const add = (op: BatchOperation, field: EditField) => (operations.push(op), fields.push(field));

  for (const path of SETTABLE_PATHS)
    if (edits.set.has(path)) add({ kind: 'set', path, value: valueAt(values, path) }, path);

  edits.tagActions.forEach((action, row) => {
    const tag = values.Tags?.[row];
    const key = tag?.Key ?? '';
    if (action === 'remove') add({ kind: 'remove-tag', key }, `Tags.${row}.Key`);
    else add({ kind: 'add-tag', key, ...(tag?.Value ? { value: tag.Value } : {}) }, `Tags.${row}.Key`);
  });

  if (edits.schedule === 'time-of-day') {
    const match = TIME.exec(edits.time.trim());
    if (!match) return { ok: false, field: 'time' };
    add({ kind: 'set-time-of-day', hour: Number(match[1]), minute: Number(match[2]) }, 'time');
  }
  if (edits.schedule === 'cron') add({ kind: 'set-cron', cron: values.Trigger?.Cron ?? '' }, 'Trigger.Cron');

  if (edits.recurrence)
    add(
      { kind: 'set-recurrence', recurrence: (values.Trigger?.Recurrence ?? '') as 'Normal' },
      'Trigger.Recurrence',
    );
  return { ok: true, operations, fields };
}
