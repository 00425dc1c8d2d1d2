import { z } from 'zod';
import { parameterAt, PARAMETER_ROWS, type ParameterPath } from './parameters.ts';
import { RERUN_INTERVAL_MAX_MS } from './task-constants.ts';
import { multiLineText } from './text-rules.ts';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from './update-task-request.ts';

// BatchUpdateTasks (reference/workspace-lookups.md §3): `Comment` and `Tasks`, a list of per-task patches that
// carry a subset of UpdateTask's parameters. Which subset, and in which unit, is the parameter table's `batch`
// column (parameters.ts); each patch is validated by UpdateTask's own rules.

/**
 * Tasks in one call. The reference states no maximum (§3, "UNVERIFIED"); 100 is our figure, the largest page
 * size the API documents anywhere (ListProjectMembers, ListProjects). The emulator refuses more; the proxy too.
 */
export const BATCH_MAX_TASKS = 100;
/** The chunk size a plan uses unless told: the reference's conservative suggestion (§11.6, "≤ 50 tasks/call"). */
export const BATCH_DEFAULT_CHUNK_SIZE = 50;
/** No limit is documented for Comment; ours, as for Description. */
export const BATCH_COMMENT_MAX_LENGTH = 1024;

const MS_PER_SECOND = 1000;

/** The request paths a batch can carry (the table's `batch` column is not `no`). */
export const BATCH_PATHS: readonly ParameterPath[] = PARAMETER_ROWS.filter(
  ([, spec]) => spec.batch !== 'no',
).map(([path]) => path);

/** Whether BatchUpdateTasks can carry a request path (`Owner`, `Trigger.Cron`). */
export function isBatchPath(path: string): boolean {
  const spec = parameterAt(path);
  return spec !== undefined && spec.batch !== 'no';
}

const NOT_CARRIED = 'is not a parameter BatchUpdateTasks can carry: only UpdateTask changes it';

/**
 * One element of `Tasks`: UpdateTask's rules, RerunInterval in seconds (the table's `seconds`: the SDK's
 * BatchUpdateTasksRequestTasks says "Unit: seconds"), and nothing the batch cannot carry.
 */
export const BatchTaskSchema = UpdateTaskRequestSchema.extend({
  RerunInterval: z
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 or more')
    .max(
      RERUN_INTERVAL_MAX_MS / MS_PER_SECOND,
      `must not exceed ${RERUN_INTERVAL_MAX_MS / MS_PER_SECOND} seconds (30 minutes)`,
    )
    .optional(),
}).superRefine((task, ctx) => {
  for (const [key, value] of Object.entries(task)) {
    if (value === undefined) continue;
    if (parameterAt(key)) {
      if (!isBatchPath(key)) ctx.addIssue({ code: 'custom', path: [key], message: NOT_CARRIED });
      continue;
    }
    // A nested object: each member is a row of its own.
    for (const [member, held] of Object.entries(value as Record<string, unknown>))
      if (held !== undefined && !isBatchPath(`${key}.${member}`))
        ctx.addIssue({ code: 'custom', path: [key, member], message: NOT_CARRIED });
  }
});

export type BatchTask = z.output<typeof BatchTaskSchema>;
export type BatchTaskInput = z.input<typeof BatchTaskSchema>;

export const BatchCommentSchema = multiLineText().max(
  BATCH_COMMENT_MAX_LENGTH,
  `must be at most ${BATCH_COMMENT_MAX_LENGTH} characters`,
);

export const BatchUpdateTasksRequestSchema = z
  .object({
    Comment: BatchCommentSchema.optional(),
    Tasks: z
      .array(BatchTaskSchema)
      .min(1, 'must hold at least one task')
      .max(BATCH_MAX_TASKS, `must hold at most ${BATCH_MAX_TASKS} tasks in one call`)
      .superRefine((tasks, ctx) => {
        const seen = new Map<string, number>();
        tasks.forEach((task, index) => {
          const first = seen.get(task.Id);
          if (first === undefined) seen.set(task.Id, index);
          else
            ctx.addIssue({
              code: 'custom',
              path: [index, 'Id'],
              message: `repeats task ${task.Id} of row ${first + 1}: a call updates a task once`,
            });
        });
      }),
  })
  .strict();

export type BatchUpdateTasksRequest = z.output<typeof BatchUpdateTasksRequestSchema>;

/** The paths whose unit differs between UpdateTask and a batch: milliseconds there, seconds here. */
const SECONDS_PATHS = new Set(PARAMETER_ROWS.filter(([, spec]) => spec.batch === 'seconds').map(([p]) => p));

function convert(
  source: Record<string, unknown>,
  seconds: (value: number) => number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (parameterAt(key)) {
      if (isBatchPath(key))
        out[key] = SECONDS_PATHS.has(key as ParameterPath) ? seconds(value as number) : value;
      continue;
    }
    const members = Object.entries(value as Record<string, unknown>).filter(
      ([member, held]) => held !== undefined && isBatchPath(`${key}.${member}`),
    );
    if (members.length > 0) out[key] = Object.fromEntries(members);
  }
  return out;
}

/**
 * An UpdateTask request (the form's units) as a `Tasks` element: only what a batch carries (a Trigger loses
 * its derived CycleType), RerunInterval in seconds. A millisecond figure that is not whole seconds is rounded.
 */
export function toBatchTask(request: UpdateTaskRequest): BatchTask {
  return convert(request, (ms) => Math.round(ms / MS_PER_SECOND)) as BatchTask;
}

/** A `Tasks` element as the UpdateTask request that makes the same change (RerunInterval back in milliseconds). */
export function fromBatchTask(task: BatchTask): UpdateTaskRequest {
  return convert(task, (s) => s * MS_PER_SECOND) as UpdateTaskRequest;
}

/**
 * The `Tasks` JSON text as the wire carries it: each `Id` a bare JSON number with every digit (§11.4), which
 * JSON.stringify cannot write for an ID past 2^53. The CLI command uses it; the proxy's wire format does the same.
 */
export function toTasksJson(tasks: readonly BatchTask[]): string {
  const items = tasks.map((task) => {
    const { Id, ...rest } = task;
    const others = JSON.stringify(rest);
    return `{"Id":${Id}${others === '{}' ? '}' : `,${others.slice(1)}`}`;
  });
  return `[${items.join(',')}]`;
}
