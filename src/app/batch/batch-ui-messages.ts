import type { BatchState, BatchTaskState } from '#domain/batch/batch-contract';
import { useI18n } from '../i18n/i18n.tsx';

// Strings of the batch editor's screens (editor, review, progress, batches), one module per language
// (batch-ui-messages.<locale>.ts). The plan's codes have theirs in batch-messages.ts.

export interface BatchUiMessages {
  editSelected: (n: number) => string;
  batches: string;
  editorTitle: string;
  selectedTasks: (n: number) => string;
  noSelection: string;
  backToList: string;
  readingTasks: (done: number, total: number) => string;
  readFailed: (message: string) => string;
  retry: string;
  changesHeading: string;
  changeField: (label: string) => string;
  tagsHeading: string;
  tagAction: (row: number) => string;
  tagAdd: string;
  tagRemove: string;
  addTagChange: string;
  removeTagChange: (row: number) => string;
  changeSchedule: string;
  timeOfDay: string;
  wholeCron: string;
  timeLabel: string;
  timeHelp: string;
  timeInvalid: string;
  recurrenceHelp: string;
  commentLabel: string;
  commentHelp: string;
  advanced: string;
  chunkSizeLabel: string;
  chunkSizeHelp: (max: number) => string;
  review: string;
  noChanges: string;
  issuesHeading: (n: number) => string;
  reviewTitle: string;
  revertReviewTitle: (id: string) => string;
  refusedHeading: (n: number) => string;
  calloutsHeading: string;
  changedHeading: (n: number) => string;
  unchangedHeading: (n: number) => string;
  requestsHeading: (calls: number) => string;
  chunkLabel: (call: number, tasks: number) => string;
  cliLabel: string;
  backToEditing: string;
  nothingToSave: string;
  saving: string;
  saveFailed: (message: string) => string;
  batchTitle: (id: string) => string;
  revertOf: (id: string) => string;
  createdBy: (user: string, time: string) => string;
  state: Record<BatchState, string>;
  taskState: Record<BatchTaskState, string>;
  progressLabel: string;
  counts: (c: { saved: number; failed: number; conflict: number; total: number }) => string;
  conflictNote: string;
  changedSummary: (n: number) => string;
  cancel: string;
  resume: string;
  revert: string;
  readingForRevert: (done: number, total: number) => string;
  revertComment: (id: string, comment: string) => string;
  loadBatchFailed: (message: string) => string;
  noBatches: string;
  colBatch: string;
  colComment: string;
  colState: string;
  colTasks: string;
  colCreated: string;
  tasksDone: (saved: number, total: number) => string;
}

export function useBatchUiMessages(): BatchUiMessages {
  return useI18n().catalogue.batchUi;
}
