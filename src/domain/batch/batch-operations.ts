import type { z } from 'zod';
import { BATCH_PATHS } from '../task/batch-update-request.ts';
import { toValidationIssues } from '../task/dataworks-actions.ts';
import { PARAMETERS, rootOf, type ParameterPath } from '../task/parameters.ts';
import { RECURRENCES } from '../task/task-constants.ts';
import { TagSchema, UpdateTaskRequestSchema } from '../task/update-task-request.ts';

// The operations a batch applies to every selected task, and their checks before any task is looked at. A
// value is in the single-task form's units and is checked by the same schema (a RerunInterval in milliseconds).

/** The paths a batch can carry, from the parameter table's `batch` column. */
type BatchPath = {
  [P in ParameterPath]: (typeof PARAMETERS)[P]['batch'] extends 'no' ? never : P;
}[ParameterPath];

/**
 * Carried by a batch but not set by `set`: the Id names the task, EnvType picks the environment, one Name for
 * many tasks is a mistake, and Tags, the cron and the recurrence have operations of their own.
 */
const NOT_SET_BY_VALUE = ['Id', 'EnvType', 'Name', 'Tags', 'Trigger.Cron', 'Trigger.Recurrence'] as const;

export type SettablePath = Exclude<BatchPath, (typeof NOT_SET_BY_VALUE)[number]>;

/** What `set` can change: every path a batch carries, but those above. */
export const SETTABLE_PATHS = BATCH_PATHS.filter(
  (path) => !(NOT_SET_BY_VALUE as readonly string[]).includes(path),
) as readonly SettablePath[];

export type Recurrence = (typeof RECURRENCES)[number];

export type BatchOperation =
  /** The same value for every task, in the single-task form's units. */
  | { kind: 'set'; path: SettablePath; value: unknown }
  /** Adds the tag, or sets its value where the task has the key. */
  | { kind: 'add-tag'; key: string; value?: string }
  | { kind: 'remove-tag'; key: string }
  /** Moves each task's daily, weekly, monthly or yearly run to this time, its days kept. */
  | { kind: 'set-time-of-day'; hour: number; minute: number }
  | { kind: 'set-cron'; cron: string }
  /** Normal runs, Pause (no runs), Skip (dry run): `Trigger.Recurrence`. */
  | { kind: 'set-recurrence'; recurrence: Recurrence };

export type OperationIssue =
  /** The value fails the single-task rule at `path` (`message` is the schema's, localized by the app). */
  | { code: 'invalid'; index: number; path: string; message: string }
  /** `set` on a path a batch does not set. */
  | { code: 'not-settable'; index: number; path: string }
  /** Two operations change the same thing; `other` is the earlier one's index. */
  | { code: 'conflict'; index: number; other: number; target: string }
  /** The batch's comment fails its rule. */
  | { code: 'invalid-comment'; message: string }
  | { code: 'invalid-chunk-size'; max: number };

type Shape = Record<string, z.ZodType>;

function unwrap(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' ? unwrap(def.innerType!) : schema;
}

/** The schema of one path alone (a Trigger member without the rules that span members, which need the task). */
export function schemaAt(path: string): z.ZodType {
  const shape = UpdateTaskRequestSchema.shape as unknown as Shape;
  const [root, member] = path.split('.');
  const top = shape[root!]!;
  if (!member) return top;
  return (unwrap(top)._zod.def as unknown as { shape: Shape }).shape[member]!;
}

/** What an operation changes, for the conflict check: two operations on the same target conflict. */
function targetOf(op: BatchOperation): string {
  switch (op.kind) {
    case 'set':
      return op.path;
    case 'add-tag':
    case 'remove-tag':
      return `Tags.${op.key.trim()}`;
    case 'set-time-of-day':
    case 'set-cron':
      return 'Trigger.Cron';
    case 'set-recurrence':
      return 'Trigger.Recurrence';
  }
}

/** The top-level request key an operation changes. */
export function rootKeyOf(op: BatchOperation): string {
  return rootOf(targetOf(op));
}

function issuesOf(index: number, prefix: string, error: z.ZodError): OperationIssue[] {
  return toValidationIssues(error).map((i) => ({
    code: 'invalid',
    index,
    path: [prefix, i.path].filter(Boolean).join('.'),
    message: i.message,
  }));
}

const MS_PER_SECOND = 1000;

function checkOne(op: BatchOperation, index: number): OperationIssue[] {
  switch (op.kind) {
    case 'set': {
      if (!(SETTABLE_PATHS as readonly string[]).includes(op.path))
        return [{ code: 'not-settable', index, path: op.path }];
      if (op.value === undefined) return [{ code: 'invalid', index, path: op.path, message: 'is required' }];
      const parsed = schemaAt(op.path).safeParse(op.value);
      if (!parsed.success) return issuesOf(index, op.path, parsed.error);
      // A batch carries RerunInterval in seconds (the table's `seconds`): a part of a second cannot travel.
      if (PARAMETERS[op.path].batch === 'seconds' && (parsed.data as number) % MS_PER_SECOND !== 0)
        return [{ code: 'invalid', index, path: op.path, message: 'must be a whole number of seconds' }];
      return [];
    }
    case 'add-tag':
    case 'remove-tag': {
      const tag = op.kind === 'add-tag' ? { Key: op.key, Value: op.value } : { Key: op.key };
      const parsed = TagSchema.safeParse(tag);
      return parsed.success ? [] : issuesOf(index, 'Tags', parsed.error);
    }
    case 'set-time-of-day': {
      const issues: OperationIssue[] = [];
      if (!Number.isInteger(op.hour) || op.hour < 0 || op.hour > 23)
        issues.push({ code: 'invalid', index, path: 'hour', message: 'must be a whole number from 0 to 23' });
      if (!Number.isInteger(op.minute) || op.minute < 0 || op.minute > 59)
        issues.push({
          code: 'invalid',
          index,
          path: 'minute',
          message: 'must be a whole number from 0 to 59',
        });
      return issues;
    }
    case 'set-cron': {
      const parsed = schemaAt('Trigger.Cron').safeParse(op.cron);
      return parsed.success ? [] : issuesOf(index, 'Trigger.Cron', parsed.error);
    }
    case 'set-recurrence':
      return (RECURRENCES as readonly string[]).includes(op.recurrence)
        ? []
        : [
            {
              code: 'invalid',
              index,
              path: 'Trigger.Recurrence',
              message: `must be one of ${RECURRENCES.join(', ')}`,
            },
          ];
  }
}

/** Every operation's own faults and every pair that changes the same thing; empty when the batch can be planned. */
export function checkOperations(operations: readonly BatchOperation[]): OperationIssue[] {
  const issues: OperationIssue[] = [];
  const firstByTarget = new Map<string, number>();
  operations.forEach((op, index) => {
    issues.push(...checkOne(op, index));
    const target = targetOf(op);
    const other = firstByTarget.get(target);
    if (other === undefined) firstByTarget.set(target, index);
    else issues.push({ code: 'conflict', index, other, target });
  });
  return issues;
}
