import { z } from 'zod';
import { DEPENDENCY_TYPES, VARIABLE_TYPES } from './update-task-request.ts';

// GetTask's Task (reference/dataworks-api.md §4.2). IDs arrive as decimal strings: the proxy parses
// DataWorks' replies losslessly. Fields are optional because DataWorks omits empty ones.

const IdText = z.string().regex(/^\d+$/);

export const TaskVariableSchema = z.object({
  Name: z.string().optional(),
  Type: z.enum(VARIABLE_TYPES),
  Value: z.string().optional(),
});

export const TaskDependencySchema = z.object({
  Type: z.enum(DEPENDENCY_TYPES),
  UpstreamOutput: z.string().optional(),
  UpstreamTaskId: IdText.optional(),
});

export const TaskTriggerSchema = z.object({
  Type: z.string().optional(),
  Recurrence: z.string().optional(),
  Cron: z.string().optional(),
  StartTime: z.string().optional(),
  EndTime: z.string().optional(),
  Timezone: z.string().optional(),
});

export const TaskSchema = z.looseObject({
  Id: IdText,
  Name: z.string(),
  Description: z.string().optional(),
  Type: z.string().optional(),
  Owner: z.string().optional(),
  ProjectId: IdText.optional(),
  EnvType: z.string().optional(),
  WorkflowId: IdText.optional(),
  BaselineId: IdText.optional(),
  Priority: z.number().optional(),
  InstanceMode: z.string().optional(),
  Timeout: z.number().optional(),
  RerunMode: z.string().optional(),
  RerunTimes: z.number().optional(),
  /** Seconds in every read API, milliseconds in UpdateTask (README, "RerunInterval"). */
  RerunInterval: z.number().optional(),
  Script: z.object({ Content: z.string().optional(), Parameters: z.string().optional() }).optional(),
  Trigger: TaskTriggerSchema.optional(),
  RuntimeResource: z
    .object({
      ResourceGroupId: z.string().optional(),
      Image: z.string().optional(),
      Cu: z.string().optional(),
    })
    .optional(),
  DataSource: z.object({ Name: z.string().optional() }).optional(),
  Inputs: z.object({ Variables: z.array(TaskVariableSchema).optional() }).optional(),
  Outputs: z
    .object({
      TaskOutputs: z.array(z.object({ Output: z.string() })).optional(),
      Variables: z.array(TaskVariableSchema).optional(),
    })
    .optional(),
  Dependencies: z.array(TaskDependencySchema).optional(),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).optional(),
  CreateTime: z.number().optional(),
  CreateUser: z.string().optional(),
  ModifyTime: z.number().optional(),
  ModifyUser: z.string().optional(),
});

export type Task = z.infer<typeof TaskSchema>;

/** ListTasks items carry no Script, Inputs, Outputs, Dependencies or Tags (reference §5.2). */
export const TaskSummarySchema = z.looseObject({
  Id: IdText,
  Name: z.string(),
  Description: z.string().optional(),
  Type: z.string().optional(),
  Owner: z.string().optional(),
  ProjectId: IdText.optional(),
  ProjectEnv: z.string().optional(),
  InstanceMode: z.string().optional(),
  ScriptParameters: z.string().optional(),
  Trigger: TaskTriggerSchema.optional(),
  ModifyTime: z.number().optional(),
  ModifyUser: z.string().optional(),
});

export type TaskSummary = z.infer<typeof TaskSummarySchema>;

export const GetTaskResponseSchema = z.looseObject({ RequestId: z.string(), Task: TaskSchema });

export const ListTasksResponseSchema = z.looseObject({
  RequestId: z.string(),
  PagingInfo: z.looseObject({
    PageNumber: z.number(),
    PageSize: z.number(),
    TotalCount: z.number(),
    Tasks: z.array(TaskSummarySchema),
  }),
});
export type ListTasksResponse = z.infer<typeof ListTasksResponseSchema>;

const NeighbourSchema = z.looseObject({ DependencyType: z.string(), Task: TaskSummarySchema });
export const ListUpstreamTasksResponseSchema = z.looseObject({
  RequestId: z.string(),
  PagingInfo: z.looseObject({
    PageNumber: z.number(),
    PageSize: z.number(),
    TotalCount: z.number(),
    UpstreamTasks: z.array(NeighbourSchema),
  }),
});
export const ListDownstreamTasksResponseSchema = z.looseObject({
  RequestId: z.string(),
  PagingInfo: z.looseObject({
    PageNumber: z.number(),
    PageSize: z.number(),
    TotalCount: z.number(),
    DownstreamTasks: z.array(NeighbourSchema),
  }),
});

export const UpdateTaskResponseSchema = z.looseObject({ RequestId: z.string(), Success: z.boolean() });
export type UpdateTaskResponse = z.infer<typeof UpdateTaskResponseSchema>;
