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
  // Export, import and versions (the task page's toolbar and the saves above)
  transferLabel: 'Export and import',
  exportJson: 'Export JSON',
  exportJsonHelp: 'Downloads the task exactly as GetTask returned it when this page loaded.',
  cliCurrent: 'Copy as aliyun CLI command',
  cliCurrentIntro:
    'An UpdateTask command that sets every editable value of the task as it is now loaded (not your unsaved edits).',
  cliCurrentNoConflictCheck:
    'It carries no conflict check: run later, it overwrites whatever anyone has saved since.',
  importJson: 'Import JSON',
  importJsonHelp:
    'A task JSON (as Export writes it) becomes edits in the form; nothing is saved until you review and save them.',
  imported: (sections: string) => `Imported as edits: ${sections}. Review them, then save.`,
  importSame: 'The file holds the task’s current values: nothing to change.',
  importIgnored: (keys: string) => `Ignored (UpdateTask cannot change them): ${keys}.`,
  importUnknown: (keys: string) => `Ignored (not task parameters): ${keys}.`,
  importError: {
    json: (file: string, detail: string) => `${file} is not valid JSON (${detail}). Nothing was changed.`,
    object: (file: string) =>
      `${file} must hold one task as a JSON object, as Export writes it. Nothing was changed.`,
    nothing: (file: string) =>
      `${file} holds no parameter UpdateTask can change (Name, Description, Trigger, …). Nothing was changed.`,
    field: (file: string, path: string, detail: string) =>
      `${file}: ${path} is not valid (${detail}). Nothing was changed.`,
  },
  restoreVersion: 'Restore this version',
  restoreHelp:
    'Restore this version loads the values that save sent as edits in the form and opens the review; nothing is saved until you save there.',
};
