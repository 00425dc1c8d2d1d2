import { z } from 'zod';
import { scheduleSettings, toCycleType } from '../cron/dataworks-schedule.ts';
import { validateCron } from '../cron/validate-cron.ts';
import { isDateTimeText } from './date-time-text.ts';
import { TaskIdSchema } from './task-id.ts';
import { multiLineText, singleLineText } from './text-rules.ts';
import {
  ENV_TYPES,
  INSTANCE_MODES,
  RERUN_MODES,
  TRIGGER_TYPES,
  RECURRENCES,
  CYCLE_TYPES,
  VARIABLE_TYPES,
  DEPENDENCY_TYPES,
  TIMEOUT_MIN_SECONDS,
  TIMEOUT_MAX_SECONDS,
  RERUN_INTERVAL_MAX_MS,
  RERUN_TIMES_MAX,
  NAME_MAX_LENGTH,
} from './task-constants.ts';

// The rules below come from the UpdateTask reference (API 2024-05-18, reference/UpdateTask-api-reference.txt)
// and the choices recorded in README "Where the reference contradicts itself". Every text parameter starts
// from singleLineText or multiLineText (text-rules.ts: no control characters), before any other rule.

// The form validates on every keystroke, mostly with the cron unchanged: remember the last verdicts.
const cronVerdicts = new Map<string, { message: string } | undefined>();

// Numeric weekdays are read by the deployment's setting, which the form (app/main.tsx) and the proxy and
// emulator (server/main.ts) configure from the same environment: both sides give the same verdict.
function firstCronError(cron: string): { message: string } | undefined {
  const { weekdays } = scheduleSettings();
  const key = `${weekdays}|${cron}`;
  if (cronVerdicts.has(key)) return cronVerdicts.get(key);
  const result = validateCron(cron, { dialect: 'dataworks', weekdays });
  const first = result.ok ? undefined : result.errors[0];
  if (cronVerdicts.size > 200) cronVerdicts.clear();
  cronVerdicts.set(key, first);
  return first;
}

const DateTimeTextSchema = singleLineText().refine(
  isDateTimeText,
  'must be a date and time written yyyy-mm-dd hh:mm:ss, e.g. 2025-01-01 00:00:00',
);

const BoundedText = (max: number, text = singleLineText) =>
  text().max(max, `must be at most ${max} characters`);

export const VariableSchema = z.object({
  Name: BoundedText(128).optional(),
  Type: z.enum(VARIABLE_TYPES, { error: `is required: one of ${VARIABLE_TYPES.join(', ')}` }),
  Value: BoundedText(4096).optional(),
});

/** Flags every item whose key an earlier item already has, at the item's `field`. */
function uniqueBy<T>(
  items: T[],
  key: (item: T) => string | undefined,
  ctx: z.RefinementCtx,
  field: string,
  message: (key: string, firstRow: number) => string,
) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const k = key(item);
    if (k === undefined || k === '') return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [index, field],
        message: message(k, first + 1),
      });
  });
}

const alreadyUsed = (what: string) => (key: string, row: number) =>
  `${what} "${key}" is already used in row ${row}`;

/** `$bizdate`, `$cyctime`, `${yyyymmdd}`, `$[yyyymmdd-1]`: the scheduling parameter forms (reference/scheduling-parameters.md). */
export const SYSTEM_VALUE = /^\$([A-Za-z_][A-Za-z0-9_]*|\{[^{}\s]+\}|\[[^[\]\s]+\])$/;
/** A reference to another node's output, `${outputs}`. */
export const REFERENCE_VALUE = /^\$\{[^{}\s]+\}$/;

const VariablesSchema = z.array(VariableSchema).superRefine((variables, ctx) => {
  uniqueBy(variables, (v) => v.Name, ctx, 'Name', alreadyUsed('variable name'));
  variables.forEach((v, index) => {
    const issue = (field: 'Name' | 'Value', message: string) =>
      ctx.addIssue({ code: 'custom', path: [index, field], message });
    if (v.Type !== 'System' && !v.Name) issue('Name', 'is required for this variable type');
    if (v.Name && /\s/.test(v.Name)) issue('Name', 'must not contain spaces');
    const value = v.Value ?? '';
    if (v.Type === 'Constant' && value === '') issue('Value', 'is required: a Constant needs a value');
    if (v.Type === 'System' && !SYSTEM_VALUE.test(value))
      issue('Value', 'must be a scheduling parameter such as $bizdate, ${yyyymmdd} or $[yyyymmdd-1]');
    if ((v.Type === 'PassThrough' || v.Type === 'NodeOutput') && value !== '' && !REFERENCE_VALUE.test(value))
      issue('Value', 'must be empty or a reference such as ${outputs}');
  });
});

export const DependencySchema = z
  .object({
    Type: z.enum(DEPENDENCY_TYPES, { error: `is required: one of ${DEPENDENCY_TYPES.join(', ')}` }),
    UpstreamOutput: singleLineText().trim().min(1, 'must not be empty').optional(),
    UpstreamTaskId: TaskIdSchema.optional(),
  })
  .superRefine((dep, ctx) => {
    const hasOutput = dep.UpstreamOutput !== undefined;
    const hasTask = dep.UpstreamTaskId !== undefined;
    if (dep.Type === 'Normal' && hasOutput === hasTask)
      ctx.addIssue({
        code: 'custom',
        path: ['UpstreamOutput'],
        message: 'a Normal dependency names exactly one of UpstreamOutput or UpstreamTaskId',
      });
    if (dep.Type === 'CrossCycleDependsOnOtherNode') {
      if (!hasTask)
        ctx.addIssue({
          code: 'custom',
          path: ['UpstreamTaskId'],
          message: 'is required for CrossCycleDependsOnOtherNode',
        });
      if (hasOutput)
        ctx.addIssue({
          code: 'custom',
          path: ['UpstreamOutput'],
          message: 'is not used with CrossCycleDependsOnOtherNode',
        });
    }
    if (dep.Type === 'CrossCycleDependsOnSelf' || dep.Type === 'CrossCycleDependsOnChildren') {
      if (hasOutput)
        ctx.addIssue({ code: 'custom', path: ['UpstreamOutput'], message: `is not used with ${dep.Type}` });
      if (hasTask)
        ctx.addIssue({ code: 'custom', path: ['UpstreamTaskId'], message: `is not used with ${dep.Type}` });
    }
  });

/** Where a dependency points, used to refuse duplicates. */
export function dependencyKey(dep: {
  Type: string;
  UpstreamOutput?: string;
  UpstreamTaskId?: string;
}): string {
  return `${dep.Type}|${dep.UpstreamOutput ?? ''}|${dep.UpstreamTaskId ?? ''}`;
}

export const TagSchema = z.object({
  Key: singleLineText().trim().min(1, 'is required').max(128, 'must be at most 128 characters'),
  Value: BoundedText(256).optional(),
});

export const TriggerSchema = z
  .object({
    Type: z.enum(TRIGGER_TYPES).optional(),
    Recurrence: z.enum(RECURRENCES).optional(),
    Cron: singleLineText()
      .trim()
      .superRefine((value, ctx) => {
        const first = firstCronError(value);
        if (first) ctx.addIssue({ code: 'custom', message: first.message });
      })
      .optional(),
    StartTime: DateTimeTextSchema.optional(),
    EndTime: DateTimeTextSchema.optional(),
    CycleType: z.enum(CYCLE_TYPES).optional(),
  })
  .superRefine((trigger, ctx) => {
    const derived = toCycleType(trigger.Cron);
    if (trigger.CycleType && derived && trigger.CycleType !== derived)
      ctx.addIssue({
        code: 'custom',
        path: ['CycleType'],
        message: `must be ${derived} for this cron: it follows from the cron's minute and hour fields`,
      });
    if (trigger.StartTime && trigger.EndTime && trigger.StartTime >= trigger.EndTime)
      ctx.addIssue({ code: 'custom', path: ['EndTime'], message: 'must be after StartTime' });
    if (trigger.Type === 'Scheduler' && !trigger.Cron)
      ctx.addIssue({ code: 'custom', path: ['Cron'], message: 'is required when Type is Scheduler' });
  });

export const UpdateTaskRequestSchema = z
  .object({
    Id: TaskIdSchema,
    ClientUniqueCode: singleLineText()
      .min(1, 'must not be empty')
      .max(128, 'must be at most 128 characters')
      .optional(),
    EnvType: z.enum(ENV_TYPES).optional(),
    Name: singleLineText()
      .trim()
      .min(1, 'is required')
      .max(NAME_MAX_LENGTH, `must be at most ${NAME_MAX_LENGTH} characters`)
      .optional(),
    Description: BoundedText(1024, multiLineText).optional(),
    Owner: singleLineText()
      .trim()
      .min(1, 'is required')
      // DataWorks' account (user) IDs are digit strings (reference/workspace-lookups.md §4: ListProjectMembers'
      // UserId); a name such as "zhangsan" is refused here rather than by DataWorks.
      .regex(/^\d+$/, 'must be an account ID written with digits only')
      .max(64, 'must be at most 64 characters')
      .optional(),
    InstanceMode: z.enum(INSTANCE_MODES).optional(),
    Timeout: z
      .number({ error: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .refine(
        (v) => v === 0 || (v >= TIMEOUT_MIN_SECONDS && v <= TIMEOUT_MAX_SECONDS),
        `must be 0 (no timeout) or between ${TIMEOUT_MIN_SECONDS} and ${TIMEOUT_MAX_SECONDS} seconds (1 to 168 hours)`,
      )
      .optional(),
    RerunMode: z.enum(RERUN_MODES).optional(),
    RerunTimes: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(RERUN_TIMES_MAX, `must be at most ${RERUN_TIMES_MAX}`)
      .optional(),
    RerunInterval: z
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(0, 'must be 0 or more')
      .max(RERUN_INTERVAL_MAX_MS, `must not exceed ${RERUN_INTERVAL_MAX_MS} ms (30 minutes)`)
      .optional(),
    // Content is deprecated for UpdateTask (reference §3.2) but still accepted.
    Script: z
      .object({
        Content: multiLineText().optional(),
        Parameters: BoundedText(4096, multiLineText).optional(),
      })
      .optional(),
    Trigger: TriggerSchema.optional(),
    RuntimeResource: z
      .object({
        ResourceGroupId: BoundedText(256).trim().optional(),
        Image: BoundedText(256).trim().optional(),
        Cu: singleLineText()
          .regex(/^\d+(\.\d+)?$/, 'must be a decimal number of compute units, e.g. 0.25')
          .refine((v) => Number(v) > 0, 'must be greater than 0')
          .optional(),
      })
      .optional(),
    DataSource: z.object({ Name: BoundedText(256).trim().optional() }).optional(),
    Inputs: z.object({ Variables: VariablesSchema.optional() }).optional(),
    Outputs: z
      .object({
        TaskOutputs: z
          .array(
            z.object({
              Output: singleLineText()
                .trim()
                .regex(/^[^\s.]+\.\S+$/, 'must be an output identifier such as project.output_name'),
            }),
          )
          .superRefine((outputs, ctx) =>
            uniqueBy(outputs, (o) => o.Output, ctx, 'Output', alreadyUsed('output')),
          )
          .optional(),
        Variables: VariablesSchema.optional(),
      })
      .optional(),
    Dependencies: z
      .array(DependencySchema)
      .superRefine((deps, ctx) =>
        uniqueBy(deps, dependencyKey, ctx, 'Type', (_key, row) => `repeats the dependency in row ${row}`),
      )
      .optional(),
    Tags: z
      .array(TagSchema)
      .superRefine((tags, ctx) => uniqueBy(tags, (t) => t.Key, ctx, 'Key', alreadyUsed('tag key')))
      .optional(),
  })
  .strict();

export type UpdateTaskRequest = z.output<typeof UpdateTaskRequestSchema>;
export type UpdateTaskRequestInput = z.input<typeof UpdateTaskRequestSchema>;
