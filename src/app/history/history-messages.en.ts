// The history panel's strings in English; the type of this object is the catalogue every language fills.
export const en = {
  historyTitle: 'History',
  historySaves: 'Saves through this editor',
  historyLogs: 'DataWorks operation logs (last 7 days)',
  historyEmpty: 'No saves yet.',
  logsEmpty: 'No operations in the last 7 days.',
  outcome: {
    saved: 'saved',
    refused: 'refused',
    conflict: 'stopped: conflict',
    unknown: 'outcome unknown',
    'confirmed-by-read-back': 'saved (confirmed by read-back)',
    'landed-late': 'saved (landed late)',
    'not-landed': 'not applied (did not land)',
    'already-applied': 'already saved: nothing sent',
  } as Record<string, string>,
  by: (user: string) => `by ${user}`,
  historyBatches: 'Batches that carried this task',
  batch: (id: string) => `Batch #${id}`,
  /** This task's state in the batch (batch-contract.ts' BATCH_TASK_STATES). */
  batchState: {
    pending: 'not sent yet',
    sending: 'sending',
    saved: 'saved',
    failed: 'failed',
    conflict: 'conflict: not overwritten',
    unknown: 'outcome unknown',
  } as Record<string, string>,
};
