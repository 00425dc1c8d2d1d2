// The UpdateTask parameters' allowed values and bounds, apart from the schema that enforces them: the first
// screen shows them (selects, hints) without loading zod's rules and the cron parser behind the schema.

export const ENV_TYPES = ['Prod', 'Dev'] as const;
export const INSTANCE_MODES = ['T+1', 'Immediately'] as const;
export const RERUN_MODES = ['AllDenied', 'FailureAllowed', 'AllAllowed'] as const;
export const TRIGGER_TYPES = ['Scheduler', 'Manual'] as const;
export const RECURRENCES = ['Normal', 'Skip', 'Pause'] as const;
export const CYCLE_TYPES = ['Daily', 'NotDaily'] as const;
export const VARIABLE_TYPES = ['Constant', 'PassThrough', 'System', 'NodeOutput'] as const;
export const DEPENDENCY_TYPES = [
  'Normal',
  'CrossCycleDependsOnOtherNode',
  'CrossCycleDependsOnSelf',
  'CrossCycleDependsOnChildren',
] as const;

/** Timeout bounds in seconds: the console offers 1 to 168 hours; 0 keeps "no forced timeout". */
export const TIMEOUT_MIN_SECONDS = 3600;
export const TIMEOUT_MAX_SECONDS = 168 * 3600;
/** "Unit: milliseconds. Must not exceed 1800000." */
export const RERUN_INTERVAL_MAX_MS = 1_800_000;
export const RERUN_TIMES_MAX = 10;
export const NAME_MAX_LENGTH = 128;
