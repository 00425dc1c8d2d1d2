import { z } from 'zod';
import { TaskIdSchema } from './task-id.ts';
import { ENV_TYPES, RECURRENCES, TRIGGER_TYPES } from './task-constants.ts';
import { UpdateTaskRequestSchema } from './update-task-request.ts';

// Request schemas of the actions the editor may call (the proxy's allow-list), how each travels on the
// wire, as the official SDK sends them (reference/dataworks-api.md §2.1), and the proxy's policy for each.

export const API_VERSION = '2024-05-18';

const PageNumber = z.number().int().min(1).max(100_000).optional();
const PageSize = z.number().int().min(1).max(100).optional();
const ProjectEnv = z.enum(ENV_TYPES).optional();

export const GetTaskRequestSchema = z.object({ Id: TaskIdSchema, ProjectEnv }).strict();

export const ListTasksRequestSchema = z
  .object({
    ProjectId: TaskIdSchema,
    ProjectEnv,
    Ids: z.array(TaskIdSchema).max(100).optional(),
    Name: z.string().max(128).optional(),
    Owner: z.string().max(64).optional(),
    TaskType: z
      .string()
      .regex(/^[A-Z0-9_]{1,64}$/, 'must be a task type such as ODPS_SQL')
      .optional(),
    RuntimeResource: z.string().max(256).optional(),
    WorkflowId: TaskIdSchema.optional(),
    TriggerType: z.enum(TRIGGER_TYPES).optional(),
    TriggerRecurrence: z.enum(RECURRENCES).optional(),
    SortBy: z
      .string()
      .regex(/^(ModifyTime|CreateTime|Id)( (Asc|Desc))?$/, 'must be "<ModifyTime|CreateTime|Id> <Asc|Desc>"')
      .optional(),
    PageNumber,
    PageSize,
  })
  .strict();

/** `Date` is epoch milliseconds of the day to list (the last 31 days are kept). */
const OperationLogsRequestSchema = z
  .object({ Id: TaskIdSchema, Date: z.number().int().min(0).optional(), ProjectEnv, PageNumber, PageSize })
  .strict();

const NeighboursRequestSchema = z.object({ Id: TaskIdSchema, ProjectEnv, PageNumber, PageSize }).strict();

/**
 * How the proxy keeps a call to the workspace it serves:
 * - `project`: the request's `ProjectId` (filled in when missing) must be the configured project;
 * - `task`: the task named by `Id` is read first (once: a task never moves, so its project is remembered),
 *   and a task of another workspace is refused before anything is sent;
 * - `task-reply`: the call is itself a read of the task, refused when the task it answers is another's.
 */
export type ActionScope = 'project' | 'task' | 'task-reply';

interface ActionPolicy {
  method: 'GET' | 'POST';
  schema: z.ZodType;
  scope: ActionScope;
  /** A write sent only over the version the app loaded (`If-Match`), audited and read back when in doubt. */
  concurrency?: 'if-match';
}

export const ACTIONS = {
  GetTask: { method: 'GET', schema: GetTaskRequestSchema, scope: 'task-reply' },
  ListTasks: { method: 'POST', schema: ListTasksRequestSchema, scope: 'project' },
  UpdateTask: { method: 'POST', schema: UpdateTaskRequestSchema, scope: 'task', concurrency: 'if-match' },
  ListUpstreamTasks: { method: 'GET', schema: NeighboursRequestSchema, scope: 'task' },
  ListDownstreamTasks: { method: 'GET', schema: NeighboursRequestSchema, scope: 'task' },
  ListTaskOperationLogs: { method: 'GET', schema: OperationLogsRequestSchema, scope: 'task' },
} as const satisfies Record<string, ActionPolicy>;

export type ActionName = keyof typeof ACTIONS;
export type ActionRequest<A extends ActionName> = z.output<(typeof ACTIONS)[A]['schema']>;
export type ActionRequestInput<A extends ActionName> = z.input<(typeof ACTIONS)[A]['schema']>;

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Zod issues as the proxy's contract reports them: `{ path: 'Trigger.Cron', message }`. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
