import { z } from 'zod';
import { BATCH_COMMENT_MAX_LENGTH, BATCH_MAX_TASKS, BatchTaskSchema } from '../task/batch-update-request.ts';
import { TaskIdSchema } from '../task/task-id.ts';

// The proxy's batch routes (`/api/batches`), between the app (which plans: plan-batch.ts) and the proxy (which
// journals and runs). The journal is written before the first call; the run reads each task's ModifyTime
// again before its chunk, and each task's outcome is recorded as it is known, so a reload, a closed tab or a
// proxy restart ends in a batch that says exactly which tasks changed, and a resume sends only the rest.

/** Tasks in one batch: "select all matching" stops here too. */
export const BATCH_MAX_SELECTION = 5_000;

/**
 * - `pending`: not sent yet (a resume sends it);
 * - `sending`: in a call whose answer is not recorded yet; after a crash it is settled by reading the task back,
 *   never sent again blindly;
 * - `saved`: DataWorks said so (SuccessInfo), or the read-back shows the change;
 * - `failed`: DataWorks refused this task (SuccessInfo Success false), nothing applied; a resume sends it again;
 * - `conflict`: changed since the plan (its ModifyTime moved), left out, never overwritten;
 * - `unknown`: not in SuccessInfo and the read-back could not settle it yet; settled again on resume.
 */
export const BATCH_TASK_STATES = ['pending', 'sending', 'saved', 'failed', 'conflict', 'unknown'] as const;
export type BatchTaskState = (typeof BATCH_TASK_STATES)[number];

/**
 * - `ready`: journaled, not started; `running`: a replica holds its lease and is sending;
 * - `interrupted`: was running, but its runner stopped (a restart, a crash): the lease expired;
 * - `cancelled`: stopped between chunks on request; `done`: every task has a final state.
 */
export const BATCH_STATES = ['ready', 'running', 'interrupted', 'cancelled', 'done'] as const;
export type BatchState = (typeof BATCH_STATES)[number];

const BatchTaskPatch = BatchTaskSchema;

export const CreateBatchRequestSchema = z
  .object({
    ProjectId: TaskIdSchema,
    Comment: z.string().max(BATCH_COMMENT_MAX_LENGTH).default(''),
    ChunkSize: z.number().int().min(1).max(BATCH_MAX_TASKS),
    /** The batch this one reverts, when it is a revert. */
    RevertOf: z
      .string()
      .regex(/^\d{1,16}$/)
      .optional(),
    Tasks: z
      .array(
        z
          .object({
            Id: TaskIdSchema,
            Name: z.string().max(256),
            /** GetTask's ModifyTime when planned: a task modified since is a conflict. */
            ModifyTime: z.number().int().min(0),
            /** The patch sent (BatchUpdateTasks' element). */
            Request: BatchTaskPatch,
            /** The same keys as they were when planned: what a revert sends back. */
            Before: z.record(z.string(), z.unknown()),
          })
          .strict(),
      )
      .min(1)
      .max(BATCH_MAX_SELECTION),
  })
  .strict()
  .superRefine((batch, ctx) => {
    const seen = new Set<string>();
    batch.Tasks.forEach((task, i) => {
      if (task.Request.Id !== task.Id)
        ctx.addIssue({
          code: 'custom',
          path: ['Tasks', i, 'Request', 'Id'],
          message: 'must be the task’s Id',
        });
      if (seen.has(task.Id))
        ctx.addIssue({ code: 'custom', path: ['Tasks', i, 'Id'], message: 'is in the batch twice' });
      seen.add(task.Id);
    });
  });
export type CreateBatchRequest = z.input<typeof CreateBatchRequestSchema>;

export const BatchTaskRecordSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  ModifyTime: z.number(),
  Request: z.record(z.string(), z.unknown()),
  Before: z.record(z.string(), z.unknown()),
  State: z.enum(BATCH_TASK_STATES),
  /** DataWorks' message of a failure, or why a task is a conflict or unknown. */
  Message: z.string().nullable(),
  /** The RequestId of the call that carried it. */
  RequestId: z.string().nullable(),
  /** Epoch ms of its last state change. */
  UpdatedAt: z.number(),
});
export type BatchTaskRecord = z.infer<typeof BatchTaskRecordSchema>;

export const BatchRecordSchema = z.object({
  Id: z.string(),
  ProjectId: z.string(),
  Comment: z.string(),
  ChunkSize: z.number(),
  RevertOf: z.string().nullable(),
  /** Who journaled it (TRUSTED_IDENTITY_HEADER, else `local`). */
  User: z.string(),
  CreatedAt: z.number(),
  UpdatedAt: z.number(),
  State: z.enum(BATCH_STATES),
  /** Calls made so far (BatchUpdateTasks, retries included). */
  Calls: z.number(),
  Counts: z.record(z.enum(BATCH_TASK_STATES), z.number()),
  Tasks: z.array(BatchTaskRecordSchema),
});
export type BatchRecord = z.infer<typeof BatchRecordSchema>;

export const BatchReplySchema = z.object({ Batch: BatchRecordSchema });

/** A batch in a list or in a task's history: no per-task detail. */
export const BatchSummarySchema = BatchRecordSchema.omit({ Tasks: true });
export type BatchSummary = z.infer<typeof BatchSummarySchema>;
export const BatchListReplySchema = z.object({ Batches: z.array(BatchSummarySchema) });

/** States a resume leaves alone; a `failed` task (refused by DataWorks, nothing applied) is sent again. */
export const FINAL_TASK_STATES: readonly BatchTaskState[] = ['saved', 'conflict'];

/**
 * A batch that carried a task, as the task's history lists it (`GET /api/tasks/:id/history` → `Batches`):
 * the batch's comment, who ran it and when, and this task's state in it. (An addition to the contract.)
 */
export const TaskBatchEntrySchema = z.object({
  BatchId: z.string(),
  Comment: z.string(),
  User: z.string(),
  CreatedAt: z.number(),
  RevertOf: z.string().nullable(),
  /** This task's state in the batch. */
  State: z.enum(BATCH_TASK_STATES),
  Message: z.string().nullable(),
  /** Epoch ms of this task's last state change in the batch. */
  UpdatedAt: z.number(),
});
export type TaskBatchEntry = z.infer<typeof TaskBatchEntrySchema>;
