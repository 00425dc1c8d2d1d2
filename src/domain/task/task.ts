import { z } from 'zod/mini';
import { DEPENDENCY_TYPES, VARIABLE_TYPES } from './task-constants.ts';

// GetTask's Task (reference/dataworks-api.md §4.2). IDs arrive as decimal strings: the proxy parses
// DataWorks' replies losslessly. Fields are optional because DataWorks omits empty ones.

const IdText = z.string().check(z.regex(/^\d+$/));

export const TaskVariableSchema = z.object({
  Name: z.optional(z.string()),
  Type: z.enum(VARIABLE_TYPES),
  Value: z.optional(z.string()),
});

export const TaskDependencySchema = z.object({
  Type: z.enum(DEPENDENCY_TYPES),
  UpstreamOutput: z.optional(z.string()),
  UpstreamTaskId: z.optional(IdText),
});

export const TaskTriggerSchema = z.object({
  Type: z.optional(z.string()),
  Recurrence: z.optional(z.string()),
  Cron: z.optional(z.string()),
  StartTime: z.optional(z.string()),
  EndTime: z.optional(z.string()),
  Timezone: z.optional(z.string()),
});

export const TaskSchema = z.looseObject({
  Id: IdText,
  Name: z.string(),
  Description: z.optional(z.string()),
  Type: z.optional(z.string()),
  Owner: z.optional(z.string()),
  ProjectId: z.optional(IdText),
  EnvType: z.optional(z.string()),
  WorkflowId: z.optional(IdText),
  BaselineId: z.optional(IdText),
  Priority: z.optional(z.number()),
  InstanceMode: z.optional(z.string()),
  Timeout: z.optional(z.number()),
  RerunMode: z.optional(z.string()),
  RerunTimes: z.optional(z.number()),
  /** Seconds in every read API, milliseconds in UpdateTask (README, "RerunInterval"). */
  RerunInterval: z.optional(z.number()),
  Script: z.optional(z.object({ Content: z.optional(z.string()), Parameters: z.optional(z.string()) })),
  Trigger: z.optional(TaskTriggerSchema),
  RuntimeResource: z.optional(
    z.object({
      ResourceGroupId: z.optional(z.string()),
      Image: z.optional(z.string()),
      Cu: z.optional(z.string()),
    }),
  ),
  DataSource: z.optional(z.object({ Name: z.optional(z.string()) })),
  Inputs: z.optional(z.object({ Variables: z.optional(z.array(TaskVariableSchema)) })),
  Outputs: z.optional(
    z.object({
      TaskOutputs: z.optional(z.array(z.object({ Output: z.string() }))),
      Variables: z.optional(z.array(TaskVariableSchema)),
    }),
  ),
  Dependencies: z.optional(z.array(TaskDependencySchema)),
  Tags: z.optional(z.array(z.object({ Key: z.string(), Value: z.optional(z.string()) }))),
  CreateTime: z.optional(z.number()),
  CreateUser: z.optional(z.string()),
  ModifyTime: z.optional(z.number()),
  ModifyUser: z.optional(z.string()),
});

export type Task = z.infer<typeof TaskSchema>;

/** ListTasks items carry no Script, Inputs, Outputs, Dependencies or Tags (reference §5.2). */
export const TaskSummarySchema = z.looseObject({
  Id: IdText,
  Name: z.string(),
  Description: z.optional(z.string()),
  Type: z.optional(z.string()),
  Owner: z.optional(z.string()),
  ProjectId: z.optional(IdText),
  ProjectEnv: z.optional(z.string()),
  InstanceMode: z.optional(z.string()),
  ScriptParameters: z.optional(z.string()),
  Trigger: z.optional(TaskTriggerSchema),
  ModifyTime: z.optional(z.number()),
  ModifyUser: z.optional(z.string()),
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
