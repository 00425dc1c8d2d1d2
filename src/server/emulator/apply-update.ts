import { toValidationIssues } from '#domain/task/dataworks-actions';
import { INTEGER_PARAMETERS, JSON_PARAMETERS, parameterAt } from '#domain/task/parameters';
import type { Task } from '#domain/task/task';
import { MS_PER_RERUN_INTERVAL_UNIT_READ } from '#domain/task/task-form';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from '#domain/task/update-task-request';
import { parseDataWorksJson } from '../dataworks/lossless-json.ts';
import { EmulatorError } from './emulator-error.ts';

const INTEGER_PARAMETER_SET = new Set<string>(INTEGER_PARAMETERS);
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
    } else if (INTEGER_PARAMETER_SET.has(key)) {
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

/** Whether the emulator keeps a parameter: the Id names the task; what GetTask never returns is not stored. */
function stored(path: string): boolean {
  const spec = parameterAt(path);
  return spec !== undefined && spec.edit !== 'identity' && spec.readBack !== 'none';
}

/**
 * Applies an UpdateTask request to a task, as the parameter table says GetTask reads it back. Scalars and
 * lists replace; nested objects merge member by member (members not sent are kept). RerunInterval arrives
 * in milliseconds and is kept in seconds, the unit every read API reports.
 */
export function applyUpdate(task: Task, request: UpdateTaskRequest, modifyUser: string, now: Date): Task {
  const next = structuredClone(task) as Record<string, unknown>;
  for (const [key, sent] of Object.entries(request) as [string, unknown][]) {
    if (sent === undefined) continue;
    const spec = parameterAt(key);
    if (!spec) {
      // A nested object: its members are rows of their own.
      const merged = { ...(next[key] as Record<string, unknown> | undefined) };
      for (const [member, value] of Object.entries(sent as Record<string, unknown>))
        if (value !== undefined && stored(`${key}.${member}`)) merged[member] = value;
      next[key] = merged;
    } else if (stored(key))
      next[key] =
        spec.readBack === 'seconds' ? Math.round((sent as number) / MS_PER_RERUN_INTERVAL_UNIT_READ) : sent;
  }
  next.ModifyTime = now.getTime();
  next.ModifyUser = modifyUser;
  return next as Task;
}
