import { toCycleType } from '../cron/dataworks-schedule.ts';
import { changedSections, type TaskForm } from './task-form.ts';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from './update-task-request.ts';

/**
 * The UpdateTask request for an edit: the task's Id and only the sections that changed, each whole.
 * The loaded values go through the schema first, so what it normalises (trimmed text) is no change.
 * A section emptied to undefined (an emptied number) cannot be expressed and is not sent. Trigger
 * carries the CycleType derived from its cron; ClientUniqueCode goes along when known.
 * Returns undefined when nothing changed, so nothing is sent.
 */
export function toUpdateTaskRequest(
  base: TaskForm,
  edited: UpdateTaskRequest,
): UpdateTaskRequest | undefined {
  const parsedBase = UpdateTaskRequestSchema.safeParse(base);
  const before: TaskForm = parsedBase.success ? parsedBase.data : base;
  const sections = changedSections(before, edited).filter((s) => edited[s] !== undefined);
  if (sections.length === 0) return undefined;
  const request: Record<string, unknown> = { Id: edited.Id };
  if (edited.ClientUniqueCode !== undefined) request.ClientUniqueCode = edited.ClientUniqueCode;
  for (const s of sections) request[s] = edited[s];
  if (edited.Trigger && sections.includes('Trigger')) {
    const { CycleType: _stale, ...trigger } = edited.Trigger;
    const cycleType = toCycleType(trigger.Cron);
    request.Trigger = cycleType ? { ...trigger, CycleType: cycleType } : trigger;
  }
  return request as UpdateTaskRequest;
}
