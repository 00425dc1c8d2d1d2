import { toValidationIssues } from '#domain/task/dataworks-actions';
import type { Task } from '#domain/task/task';
import {
  JSON_PARAMETERS,
  UpdateTaskRequestSchema,
  type UpdateTaskRequest,
} from '#domain/task/update-task-request';
import { parseDataWorksJson } from '../dataworks/lossless-json.ts';
import { EmulatorError } from './emulator-error.ts';

const INTEGER_PARAMETERS = new Set(['Timeout', 'RerunTimes', 'RerunInterval']);
const JSON_PARAMETER_SET = new Set<string>(JSON_PARAMETERS);

/** Reads UpdateTask's form parameters as DataWorks does: JSON text for nested ones, decimal text for integers. */
export function parseUpdateTaskParameters(params: Record<string, string>): UpdateTaskRequest {
  const request: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(params)) {
    if (JSON_PARAMETER_SET.has(key)) {
      try {
        request[key] = parseDataWorksJson(text);
      } catch {
        throw EmulatorError.invalidParameter(key, 'is not valid JSON text');
      }
    } else if (INTEGER_PARAMETERS.has(key)) {
      if (!/^-?\d+$/.test(text)) throw EmulatorError.invalidParameter(key, `"${text}" is not an integer`);
      request[key] = Number(text);
    } else request[key] = text;
  }
  const parsed = UpdateTaskRequestSchema.safeParse(request);
  if (!parsed.success) {
    const [first] = toValidationIssues(parsed.error);
    throw EmulatorError.invalidParameter(first?.path || 'request', first?.message ?? 'is invalid');
  }
  return parsed.data;
}

function mergeObject<T extends object>(current: T | undefined, change: Partial<T>): T {
  const merged = { ...(current ?? {}) } as Record<string, unknown>;
  for (const [k, v] of Object.entries(change)) if (v !== undefined) merged[k] = v;
  return merged as T;
}

/**
 * Applies an UpdateTask request to a task. Scalars replace; nested objects merge member by member
 * (members not sent are kept); lists replace whole. RerunInterval arrives in milliseconds and is kept
 * in seconds, the unit every read API reports.
 */
export function applyUpdate(task: Task, request: UpdateTaskRequest, modifyUser: string, now: Date): Task {
  const next: Task = structuredClone(task);
  const {
    Id: _id,
    ClientUniqueCode: _code,
    EnvType: _env,
    RerunInterval,
    Dependencies,
    Tags,
    ...rest
  } = request;
  for (const key of [
    'Name',
    'Description',
    'Owner',
    'InstanceMode',
    'Timeout',
    'RerunMode',
    'RerunTimes',
  ] as const)
    if (rest[key] !== undefined) (next as Record<string, unknown>)[key] = rest[key];
  if (RerunInterval !== undefined) next.RerunInterval = Math.round(RerunInterval / 1000);
  if (rest.Script) next.Script = mergeObject(next.Script, rest.Script);
  if (rest.Trigger) {
    const { CycleType: _cycle, ...trigger } = rest.Trigger; // settable, but GetTask never returns it
    next.Trigger = mergeObject(next.Trigger, trigger);
  }
  if (rest.RuntimeResource) next.RuntimeResource = mergeObject(next.RuntimeResource, rest.RuntimeResource);
  if (rest.DataSource) next.DataSource = mergeObject(next.DataSource, rest.DataSource);
  if (rest.Inputs) next.Inputs = mergeObject(next.Inputs, rest.Inputs);
  if (rest.Outputs) next.Outputs = mergeObject(next.Outputs, rest.Outputs);
  if (Dependencies) next.Dependencies = Dependencies;
  if (Tags) next.Tags = Tags;
  next.ModifyTime = now.getTime();
  next.ModifyUser = modifyUser;
  return next;
}
