import { toCycleType, type CycleType } from '../cron/dataworks-schedule.ts';
import type { WeekdayNumbering } from '../cron/parse-cron.ts';
import type { ValidationIssue } from '../task/dataworks-actions.ts';
import type { TaskForm } from '../task/task-form.ts';
import { rootKeyOf, type BatchOperation } from './batch-operations.ts';
import { withTimeOfDay, type TimeOfDayRefusal } from './time-of-day.ts';

// One task under a batch's operations: its form after them, or why it is left out.

/** Why a task is left out of the batch (each code has its sentence in the app's catalogue). */
export type TaskRefusal =
  /** A cron, time of day or recurrence for a task DataWorks does not schedule (`Trigger.Type` Manual). */
  | { code: 'manual-trigger'; operation: BatchOperation['kind'] }
  | { code: 'no-cron' }
  | TimeOfDayRefusal
  /**
   * The cron moves between Daily and NotDaily: UpdateTask sends the new Trigger.CycleType with it, a batch
   * cannot carry it (parameters.ts), so the single-task editor must make this change.
   */
  | { code: 'cycle-type-change'; before: CycleType; after: CycleType }
  /** The task with the change fails the single-task rules (e.g. StartTime after EndTime). */
  | { code: 'invalid-value'; issues: ValidationIssue[] }
  /** The task is selected twice; the first is planned. */
  | { code: 'duplicate-task' }
  /** A revert: the task no longer holds what the batch wrote (changed since), so it is not overwritten. */
  | { code: 'changed-since'; keys: string[] };

export interface AppliedOperations {
  after: TaskForm;
  /** The top-level keys the operations wrote (changed or not). */
  touched: ReadonlySet<string>;
  refusals: TaskRefusal[];
}

type Form = Record<string, unknown>;

function setAt(form: Form, path: string, value: unknown) {
  const [root, member] = path.split('.') as [string, string | undefined];
  form[root] = member ? { ...(form[root] as Form | undefined), [member]: value } : value;
}

/** The task's form with every operation applied in order, the keys touched, and refusals (none: it can go). */
export function applyOperations(
  before: TaskForm,
  operations: readonly BatchOperation[],
  weekdays: WeekdayNumbering,
): AppliedOperations {
  const after: Form = { ...before };
  const touched = new Set<string>();
  const refusals: TaskRefusal[] = [];
  const trigger = () => (after.Trigger ?? {}) as NonNullable<TaskForm['Trigger']>;

  for (const op of operations) {
    touched.add(rootKeyOf(op));
    switch (op.kind) {
      case 'set':
        setAt(after, op.path, op.value);
        break;
      case 'add-tag':
      case 'remove-tag': {
        const key = op.key.trim();
        const tags = [...((after.Tags ?? []) as { Key: string; Value?: string }[])];
        const at = tags.findIndex((t) => t.Key === key);
        if (op.kind === 'remove-tag') {
          if (at >= 0) tags.splice(at, 1);
        } else if (at >= 0) tags[at] = { ...tags[at]!, Value: op.value ?? '' };
        else tags.push({ Key: key, Value: op.value ?? '' });
        after.Tags = tags;
        break;
      }
      case 'set-time-of-day':
      case 'set-cron':
      case 'set-recurrence': {
        if (trigger().Type === 'Manual') {
          refusals.push({ code: 'manual-trigger', operation: op.kind });
          break;
        }
        if (op.kind === 'set-recurrence') {
          setAt(after, 'Trigger.Recurrence', op.recurrence);
          break;
        }
        if (op.kind === 'set-cron') {
          setAt(after, 'Trigger.Cron', op.cron.trim());
          break;
        }
        const cron = trigger().Cron;
        if (!cron) {
          refusals.push({ code: 'no-cron' });
          break;
        }
        const moved = withTimeOfDay(cron, op, weekdays);
        if (moved.ok) setAt(after, 'Trigger.Cron', moved.cron);
        else refusals.push(moved.refusal);
        break;
      }
    }
  }

  const cycleBefore = toCycleType(before.Trigger?.Cron);
  const cycleAfter = toCycleType(trigger().Cron);
  if (cycleBefore && cycleAfter && cycleBefore !== cycleAfter)
    refusals.push({ code: 'cycle-type-change', before: cycleBefore, after: cycleAfter });
  return { after: after as TaskForm, touched, refusals };
}
