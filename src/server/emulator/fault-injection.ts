import { z } from 'zod';

// Faults the emulator can be told to inject, so tests can show what the proxy does when DataWorks is slow,
// failing, throttling, or drops the connection (before or after applying a write).

export const FaultSchema = z.object({
  kind: z.enum(['error', 'throttle', 'drop', 'drop-after-apply', 'delay']),
  /** Only requests of this action; any action when absent. */
  action: z.string().optional(),
  status: z.number().int().min(400).max(599).default(500),
  code: z.string().default('InternalError.System'),
  count: z.number().int().min(1).max(10_000).default(1),
  /** For `delay`: how long the request waits before it is handled as usual. */
  delayMs: z.number().int().min(0).max(120_000).default(0),
});

/**
 * A fault on chosen tasks inside BatchUpdateTasks calls, for the next `count` calls that hold each task:
 * `fail` answers `Success: false` with `message` and leaves the task as it was; `omit` leaves the task's key
 * out of SuccessInfo (its outcome unknown to the caller) after applying the change when `applied`, or not.
 */
export const TaskFaultSchema = z.object({
  kind: z.enum(['fail', 'omit']),
  taskIds: z.array(z.string().regex(/^\d{1,19}$/, 'must be a task ID written with digits')).min(1),
  applied: z.boolean().default(true),
  message: z.string().max(512).default('Injected fault.'),
  count: z.number().int().min(1).max(10_000).default(1),
});

export const FaultSettingsSchema = z.object({
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  next: z.array(FaultSchema).optional(),
  tasks: z.array(TaskFaultSchema).optional(),
});

export type Fault = z.output<typeof FaultSchema>;
export type TaskFault = Omit<z.output<typeof TaskFaultSchema>, 'taskIds' | 'count'>;

export function createFaultInjector() {
  let latencyMs = 0;
  let queue: Fault[] = [];
  // One counter per task: a fault on two tasks is used up by each task separately.
  let byTask = new Map<string, TaskFault & { count: number }>();
  return {
    configure(input: z.input<typeof FaultSettingsSchema>) {
      const settings = FaultSettingsSchema.parse(input);
      if (settings.latencyMs !== undefined) latencyMs = settings.latencyMs;
      if (settings.next) queue.push(...settings.next.map((f) => ({ ...f })));
      for (const { taskIds, ...fault } of settings.tasks ?? [])
        for (const id of taskIds) byTask.set(id, { ...fault });
    },
    reset() {
      latencyMs = 0;
      queue = [];
      byTask = new Map();
    },
    /** The fault set on this task inside a batch, counted down as it is used. */
    takeForTask(taskId: string): TaskFault | undefined {
      const fault = byTask.get(taskId);
      if (!fault) return undefined;
      fault.count -= 1;
      if (fault.count <= 0) byTask.delete(taskId);
      return { kind: fault.kind, applied: fault.applied, message: fault.message };
    },
    get latencyMs() {
      return latencyMs;
    },
    /** The next fault queued for this action, counted down as it is used. */
    take(action: string): Fault | undefined {
      const fault = queue.find((f) => !f.action || f.action === action);
      if (!fault) return undefined;
      fault.count -= 1;
      if (fault.count <= 0) queue = queue.filter((f) => f !== fault);
      return fault;
    },
  };
}
