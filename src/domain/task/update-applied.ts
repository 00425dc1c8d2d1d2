import { UNCONFIRMABLE } from './parameters.ts';
import type { Task } from './task.ts';
import { toStableJson, toTaskForm } from './task-form.ts';
import type { UpdateTaskRequest } from './update-task-request.ts';

/**
 * Whether a task read back from DataWorks already holds every change of a request. Used when a save's
 * outcome is unknown (timeout, dropped connection): a write is never blindly repeated.
 */
export function isUpdateApplied(task: Task, request: UpdateTaskRequest): boolean {
  const current = toTaskForm(task) as Record<string, unknown>;
  for (const [key, sent] of Object.entries(request)) {
    if (UNCONFIRMABLE.has(key) || sent === undefined) continue;
    const now = current[key];
    if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
      for (const [member, value] of Object.entries(sent)) {
        if (UNCONFIRMABLE.has(`${key}.${member}`)) continue;
        const held = (now as Record<string, unknown> | undefined)?.[member];
        if (toStableJson(held ?? '') !== toStableJson(value ?? '')) return false;
      }
    } else if (toStableJson(now) !== toStableJson(sent)) return false;
  }
  return true;
}
