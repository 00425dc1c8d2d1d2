import type { BatchMessages } from './batch-messages.ts';

const tasks = (n: number) => (n === 1 ? '1 task' : `${n} tasks`);
const MODE = { minute: 'every few minutes', hourly: 'hourly', other: 'several times a day' } as const;

// Strings of batch editing in English.
export const en: BatchMessages = {
  plan: (changed, unchanged, refused) =>
    `Plan: ${changed} to change, ${unchanged} unchanged, ${refused} refused.`,
  saveN: (n) => `Save ${tasks(n)} to DataWorks`,
  refusal: {
    'manual-trigger': () =>
      'This task is triggered manually (Trigger.Type Manual): it has no schedule, so its cron and recurrence stay.',
    'no-cron': () => 'This task has no cron to change.',
    'sub-daily': (r) =>
      `This task runs ${MODE[r.mode]} (${r.cron}): it has no one time of day to move. Set a whole cron, or edit it alone.`,
    'cron-unreadable': (r) => `This task's cron cannot be read (${r.cron}): edit it alone.`,
    'cycle-type-change': (r) =>
      `The cron would change the cycle type from ${r.before} to ${r.after} (Trigger.CycleType), which BatchUpdateTasks cannot carry: edit this task alone.`,
    'invalid-value': (_r, issues) => `With this change the task breaks a rule: ${issues}`,
    'duplicate-task': () => 'Selected twice: planned once.',
    'changed-since': (r) =>
      `Changed since the batch (${r.keys.join(', ')}): left as it is now, not overwritten.`,
  },
  callout: {
    unscheduled: (n) => `${tasks(n)} will no longer be scheduled (Manual trigger).`,
    paused: (n) => `${tasks(n)} will be paused: no instance runs until resumed.`,
    'dry-run': (n) => `${tasks(n)} will dry-run: instances succeed without running their code.`,
    'reruns-disabled': (n) => `${tasks(n)} lose their reruns.`,
    'more-frequent': (n) => `${tasks(n)} will run more often.`,
    'weekday-shift': (n) => `${tasks(n)} move to other weekdays.`,
    'weekdays-dropped': (n) =>
      `${tasks(n)} no longer run on some weekdays: those days get dry-run instances, and their downstream tasks run on data not refreshed.`,
    'owner-changed': (n) => `${tasks(n)} change owner: alerts and responsibility move with them.`,
    'dependency-removed': (n) => `${tasks(n)} lose a dependency.`,
    'instance-mode-immediately': (n) => `${tasks(n)} generate instances immediately after deployment.`,
  },
  operationIssue: {
    invalid: (i, op, message) => `Operation ${op}: ${i.path} ${message}`,
    'not-settable': (i, op) => `Operation ${op}: ${i.path} cannot be set on many tasks at once.`,
    conflict: (i, op, other) =>
      `Operation ${op} changes ${i.target} as operation ${other} does: keep one of them.`,
    'invalid-comment': (_i, message) => `Comment: ${message}`,
    'invalid-chunk-size': (i) => `Tasks per call must be a whole number from 1 to ${i.max}.`,
  },
};
