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

export const FaultSettingsSchema = z.object({
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  next: z.array(FaultSchema).optional(),
});

export type Fault = z.output<typeof FaultSchema>;

export function createFaultInjector() {
  let latencyMs = 0;
  let queue: Fault[] = [];
  return {
    configure(input: z.input<typeof FaultSettingsSchema>) {
      const settings = FaultSettingsSchema.parse(input);
      if (settings.latencyMs !== undefined) latencyMs = settings.latencyMs;
      if (settings.next) queue.push(...settings.next.map((f) => ({ ...f })));
    },
    reset() {
      latencyMs = 0;
      queue = [];
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
