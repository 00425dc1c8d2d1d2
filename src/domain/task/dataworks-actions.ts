import { z } from 'zod';
import { TaskIdSchema } from './task-id.ts';
import { ENV_TYPES, RECURRENCES, TRIGGER_TYPES } from './task-constants.ts';
import { BatchUpdateTasksRequestSchema } from './batch-update-request.ts';
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

// The workspace lookups (reference/workspace-lookups.md). Account (user) IDs are digit strings, as the API
// sends them; workspace IDs are longs (strings of digits in our code, numbers on the wire).

const UserIdSchema = z.string().regex(/^\d{1,32}$/, 'must be an account ID written with digits only');
const LookupName = z.string().max(128).optional();
const Codes = (max: number) =>
  z
    .array(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a code such as role_project_dev'))
    .max(max)
    .optional();

export const RESOURCE_GROUP_TYPES = [
  'CommonV2',
  'ExclusiveDataIntegration',
  'ExclusiveScheduler',
  'ExclusiveDataService',
] as const;
export const RESOURCE_GROUP_STATUSES = [
  'Normal',
  'Stop',
  'Deleted',
  'Creating',
  'CreateFailed',
  'Updating',
  'UpdateFailed',
  'Deleting',
  'DeleteFailed',
  'Timeout',
  'Freezed',
  'Starting',
] as const;
export const IMAGE_STATUSES = ['Disabled', 'Expired', 'Available', 'ReadOnly'] as const;
export const PROJECT_STATUSES = [
  'Available',
  'Initializing',
  'InitFailed',
  'Forbidden',
  'Deleting',
  'DeleteFailed',
  'Frozen',
  'Updating',
  'UpdateFailed',
] as const;

export const ListProjectMembersRequestSchema = z
  .object({
    ProjectId: TaskIdSchema,
    RoleCodes: Codes(50),
    UserIds: z.array(UserIdSchema).max(100).optional(),
    PageNumber,
    PageSize,
  })
  .strict();

export const GetProjectMemberRequestSchema = z
  .object({ ProjectId: TaskIdSchema, UserId: UserIdSchema })
  .strict();

export const ListResourceGroupsRequestSchema = z
  .object({
    // Optional in the API (every group of the tenant when absent); the proxy always fills it in.
    ProjectId: TaskIdSchema.optional(),
    Name: LookupName,
    ResourceGroupTypes: z.array(z.enum(RESOURCE_GROUP_TYPES)).max(RESOURCE_GROUP_TYPES.length).optional(),
    Statuses: z.array(z.enum(RESOURCE_GROUP_STATUSES)).max(RESOURCE_GROUP_STATUSES.length).optional(),
    PaymentType: z.enum(['PrePaid', 'PostPaid']).optional(),
    SortBy: z
      .string()
      .regex(
        /^(Id|Name|Remark|Type|Status|Spec|CreateUser|CreateTime) (Asc|Desc)$/,
        'must be "<Id|Name|Remark|Type|Status|Spec|CreateUser|CreateTime> <Asc|Desc>"',
      )
      .optional(),
    PageNumber,
    PageSize,
  })
  .strict();

export const ListDataSourcesRequestSchema = z
  .object({
    ProjectId: TaskIdSchema,
    Name: LookupName,
    Types: Codes(20),
    EnvType: ProjectEnv,
    SortBy: z.enum(['CreateTime', 'Id', 'Name']).optional(),
    Order: z.enum(['Asc', 'Desc']).optional(),
    PageNumber,
    PageSize,
  })
  .strict();

export const ListImagesRequestSchema = z
  .object({
    Name: LookupName,
    ProjectIds: z.array(TaskIdSchema).max(100).optional(),
    Statuses: z.array(z.enum(IMAGE_STATUSES)).max(IMAGE_STATUSES.length).optional(),
    SupportedModules: Codes(10),
    SupportedTaskTypes: Codes(50),
    PageNumber,
    PageSize,
  })
  .strict();

export const ListProjectsRequestSchema = z
  .object({
    Ids: z.array(TaskIdSchema).max(100).optional(),
    Names: z.array(z.string().min(1).max(128)).max(100).optional(),
    Status: z.enum(PROJECT_STATUSES).optional(),
    PageNumber,
    PageSize,
  })
  .strict();

export const GetProjectRequestSchema = z.object({ Id: TaskIdSchema }).strict();

/**
 * How the proxy keeps a call to the workspace it serves:
 * - `project`: the request's workspace parameter (`projectParam`, `ProjectId` unless said; a list such as
 *   ListImages' `ProjectIds` or ListProjects' `Ids` holds served workspaces only), filled in when missing,
 *   must be a workspace the proxy serves, or the call is refused (403) before anything is sent;
 * - `task`: the task named by `Id` is read first (once: a task never moves, so its project is remembered),
 *   and a task of another workspace is refused before anything is sent;
 * - `task-reply`: the call is itself a read of the task, refused when the task it answers is another's;
 * - `tasks`: as `task` for every `Tasks[].Id` of the call (BatchUpdateTasks): one task of another workspace
 *   refuses the whole call before anything is sent.
 */
export type ActionScope = 'project' | 'task' | 'task-reply' | 'tasks';

interface ActionPolicy {
  method: 'GET' | 'POST';
  schema: z.ZodType;
  scope: ActionScope;
  /** A write sent only over the version the app loaded (`If-Match`), audited and read back when in doubt. */
  concurrency?: 'if-match';
  /** Changes tasks: repeated only when DataWorks certainly did not receive it or refused it (throttling). */
  write?: true;
  /** The parameter naming the workspace, for `project` scope (`ProjectId` when absent). */
  projectParam?: 'ProjectId' | 'ProjectIds' | 'Ids' | 'Id';
  /** Where the parameters travel when not where the method puts them: ListImages is a POST with a query. */
  paramsIn?: 'query';
  /** Lists the SDK joins with commas ("simple" style) instead of sending as JSON text. */
  commaLists?: readonly string[];
  /** The reply can hold secrets (data source passwords): the proxy hands on only fields it picked. */
  replyHasSecrets?: true;
}

export const ACTIONS = {
  GetTask: { method: 'GET', schema: GetTaskRequestSchema, scope: 'task-reply' },
  ListTasks: { method: 'POST', schema: ListTasksRequestSchema, scope: 'project' },
  UpdateTask: {
    method: 'POST',
    schema: UpdateTaskRequestSchema,
    scope: 'task',
    concurrency: 'if-match',
    write: true,
  },
  // workspace-lookups.md §3: a POST form body, `Tasks` as JSON text; no concurrency check of its own (the
  // batch's execution reads each task's ModifyTime right before its chunk).
  BatchUpdateTasks: { method: 'POST', schema: BatchUpdateTasksRequestSchema, scope: 'tasks', write: true },
  ListUpstreamTasks: { method: 'GET', schema: NeighboursRequestSchema, scope: 'task' },
  ListDownstreamTasks: { method: 'GET', schema: NeighboursRequestSchema, scope: 'task' },
  ListTaskOperationLogs: { method: 'GET', schema: OperationLogsRequestSchema, scope: 'task' },
  // The workspace lookups (reference/workspace-lookups.md §2, §4-10): read-only, kept to served workspaces.
  ListProjectMembers: { method: 'POST', schema: ListProjectMembersRequestSchema, scope: 'project' },
  GetProjectMember: { method: 'POST', schema: GetProjectMemberRequestSchema, scope: 'project' },
  ListResourceGroups: { method: 'GET', schema: ListResourceGroupsRequestSchema, scope: 'project' },
  ListDataSources: {
    method: 'GET',
    schema: ListDataSourcesRequestSchema,
    scope: 'project',
    commaLists: ['Types'],
    replyHasSecrets: true,
  },
  ListImages: {
    method: 'POST',
    paramsIn: 'query',
    schema: ListImagesRequestSchema,
    scope: 'project',
    projectParam: 'ProjectIds',
    replyHasSecrets: true,
  },
  ListProjects: { method: 'POST', schema: ListProjectsRequestSchema, scope: 'project', projectParam: 'Ids' },
  GetProject: { method: 'GET', schema: GetProjectRequestSchema, scope: 'project', projectParam: 'Id' },
} as const satisfies Record<string, ActionPolicy>;

export type ActionName = keyof typeof ACTIONS;

/** The lookups the pickers use, answered by the emulator apart from its task actions. */
export const LOOKUP_ACTIONS = [
  'ListProjectMembers',
  'GetProjectMember',
  'ListResourceGroups',
  'ListDataSources',
  'ListImages',
  'ListProjects',
  'GetProject',
] as const satisfies readonly ActionName[];
export type LookupActionName = (typeof LOOKUP_ACTIONS)[number];

export function isLookupAction(name: string): name is LookupActionName {
  return (LOOKUP_ACTIONS as readonly string[]).includes(name);
}

/** Actions whose replies can hold secrets: each needs a filter in the proxy (a missing one fails tsc). */
export type ActionWithSecrets = {
  [A in ActionName]: (typeof ACTIONS)[A] extends { replyHasSecrets: true } ? A : never;
}[ActionName];

/** Whether an action changes tasks (ACTIONS' `write`): never repeated blindly. */
export function isWriteAction(action: ActionName): boolean {
  const policy: ActionPolicy = ACTIONS[action];
  return policy.write === true;
}

/** The parameter naming the workspace of a `project`-scoped action. */
export function projectParamOf(action: ActionName): 'ProjectId' | 'ProjectIds' | 'Ids' | 'Id' {
  const policy: ActionPolicy = ACTIONS[action];
  return policy.projectParam ?? 'ProjectId';
}

/** Where an action's parameters travel and which lists are comma-joined, as the official SDK sends them. */
export function wireLayoutOf(action: ActionName): {
  method: 'GET' | 'POST';
  paramsIn: 'query' | 'body';
  commaLists: readonly string[];
} {
  const policy: ActionPolicy = ACTIONS[action];
  const paramsIn = policy.method === 'GET' || policy.paramsIn === 'query' ? 'query' : 'body';
  return { method: policy.method, paramsIn, commaLists: policy.commaLists ?? [] };
}
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
