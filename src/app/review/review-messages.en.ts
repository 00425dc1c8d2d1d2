// Strings of the review, conflict, save and editing-bar views in English.
export const en = {
  plan: (add: number, change: number, remove: number) =>
    `Plan: ${add} to add, ${change} to change, ${remove} to remove.`,
  nextRunsTitle: (count: number, zone: string) => `Next ${count} runs before and after (${zone})`,
  runsBefore: 'Before',
  runsAfter: 'After',
  noRuns: 'No runs',
  risks: 'Check before saving',
  risk: {
    dependencyRemoved: (list: string) =>
      `A dependency is removed (${list}): this task may now run before the data it read is ready.`,
    rerunsDisabled: (before: string) =>
      `Reruns are disabled (was ${before || 'unset'}): a failed or stopped run will not be rerun, not even by hand.`,
    immediately: (late: boolean, after: string) =>
      `Instance mode "Immediately": instances are generated when the change is deployed, only for scheduled times more than 10 minutes later (after ${after}); earlier slots of today are not generated for a modified task. Changes deployed between 23:30 and 24:00 wait an extra day.${late ? ' It is now inside that 23:30–24:00 window.' : ''} DataWorks advises against Immediately for production tasks.`,
    listSeparator: ', ',
    weekdayShift: (before: string, after: string) =>
      `The schedule moves to other weekdays: ${before} → ${after}.`,
    weekdaysDropped: (dropped: string, count: number, kept: string, downstream: string) =>
      `The schedule no longer runs on ${dropped} (${count} day${count === 1 ? '' : 's'} a week; it keeps ${kept}). On those days DataWorks generates dry-run instances, which succeed at once without running: ${downstream}`,
    downstreamCount: (n: number, partial: boolean) =>
      n === 0
        ? 'no task depends on this one.'
        : `${partial ? 'at least ' : ''}${n} downstream task${n === 1 ? '' : 's'} then run${n === 1 ? 's' : ''} on data that was not refreshed.`,
    downstreamLoading: 'counting the downstream tasks…',
    downstreamUnknown:
      'its downstream tasks (which could not be counted) then run on data that was not refreshed.',
    moreFrequent: (before: number, after: number) =>
      `The schedule fires much more often: about ${before} → ${after} runs a week.`,
    ownerChanged: (before: string, after: string) =>
      `The owner changes from ${before} to ${after}: alerts and responsibility move with it.`,
  },
  cliTitle: 'Copy as aliyun CLI command',
  cliRegion: 'Region',
  cliRegionHelp: (region: string | null) =>
    region ? `This deployment's region is ${region}.` : 'This deployment’s region is not known: type it.',
  cliNoConflictCheck:
    'The command sends this request as it is: unlike Save, it carries no conflict check, so it overwrites whatever someone saved since you loaded the task.',
  copy: 'Copy',
  copied: 'Copied',
  // Conflicts
  conflictTitle: 'Someone else changed this task',
  conflictIntro: (who: string, when: string) =>
    `${who} saved this task at ${when}, after you loaded it. Nothing was sent. Your edits are carried over where they do not collide; choose for each conflict below, then review again.`,
  draftConflictIntro: (when: string) =>
    `The task changed since this draft was written (now modified at ${when}). Your draft's edits are carried over where they do not collide; choose for each conflict below.`,
  takenTheirs: 'their change, taken',
  keptYours: 'your change, kept',
  bothSame: 'both made the same change',
  conflicts: (n: number) => (n === 1 ? '1 conflict needs your choice' : `${n} conflicts need your choice`),
  noConflicts: 'No conflicts: every edit of yours can be carried over.',
  baseValue: 'When you loaded it',
  theirsValue: 'Theirs (now)',
  yoursValue: 'Yours',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  applyMerge: 'Apply and review again',
  rebased: 'Your edits now sit on top of the current task. Review them again before saving.',
  // Leaving with unsaved edits, undo and redo
  leaveWithUnsavedEdits: 'You have unsaved edits on this task. Leave anyway? (A local draft is kept.)',
  undo: 'Undo',
  redo: 'Redo',
  shortcuts: 'Ctrl+S review · Ctrl+Z undo · Ctrl+Shift+Z redo (outside text fields)',
  // Saving: every outcome in its own words (review-dialog.tsx, action-bar.tsx)
  save: {
    saveN: (n: number) => (n === 1 ? 'Save 1 change to DataWorks' : `Save ${n} changes to DataWorks`),
    saving: 'Saving…',
    close: 'Close',
    retry: 'Save again',
    backToFix: 'Back to editing, to the first marked field',
    savedTitle: 'Saved',
    saved: (requestId: string) => `Saved to DataWorks. RequestId ${requestId}.`,
    confirmedByReadBack:
      'Saved. DataWorks did not answer in time, but reading the task back shows the change is there. (DataWorks gave no RequestId for this save.)',
    alreadyApplied:
      'Already saved: your earlier save landed after all, and the task holds exactly these changes. Nothing was sent again.',
    landed: (when: string) =>
      `It landed: reading the task back shows the change, applied at ${when}. Saved. (DataWorks gave no RequestId for this save.)`,
    failedTitle: 'Not saved',
    invalidFields: (n: number) =>
      n === 1
        ? 'DataWorks refused 1 value; it is marked in the form. Nothing was applied.'
        : `DataWorks refused ${n} values; they are marked in the form. Nothing was applied.`,
    invalidNoField: 'DataWorks refused the request without naming a field. Nothing was applied. Its message:',
    serverError: (status: number) =>
      `The save failed: DataWorks answered with a server error (HTTP ${status}). Nothing was applied; saving again is safe.`,
    throttled:
      'DataWorks is busy (throttling) and did not take the save. Nothing was applied; wait a few seconds and save again.',
    notSent:
      'DataWorks could not be reached: the connection failed before the request was sent. Nothing was applied; saving again is safe.',
    storeUnavailable:
      'The editor could not record the save in its history (its database is unavailable), so it sent nothing to DataWorks. Nothing was applied; save again in a moment.',
    forbidden: 'You are not allowed to change this task (Forbidden). Ask its owner or a workspace admin.',
    notFound: 'The task no longer exists in DataWorks.',
    token: 'The access token was refused.',
    other: 'The save failed. Whether DataWorks applied anything is shown by its message:',
    timeout: (until: string) =>
      `Not confirmed yet: DataWorks did not answer in time, and the change may still land. The editor reads the task back every few seconds until ${until}.`,
    dropped: (until: string) =>
      `Not confirmed yet: the connection dropped after the request was sent, and the change may still land. The editor reads the task back every few seconds until ${until}.`,
    editorUnreachable:
      'Not confirmed yet: the connection to the editor server dropped, so whether the save was sent is not known. The editor reads the task back every few seconds until it can tell.',
    notLanded: (minutes: number) =>
      `It did not land: after ${minutes} minutes of reading back, the task does not hold the change. Nothing was applied; saving again is safe.`,
    notLandedYet:
      'The task does not hold the change yet. Saving again is safe: if the first attempt lands in between, the editor recognises it and sends nothing twice.',
    checking: 'Reading the task back…',
    kept: 'Your edits are kept in the form and as a draft on this device.',
    details: 'Details',
    ownSaveConflict: (when: string) =>
      `You saved this task yourself at ${when}, after this page loaded it (in another tab, or an earlier save that landed late). This save differs from that one. Nothing was sent. Choose for each conflict below, then review again.`,
    conflictByEditor: (who: string, when: string) =>
      `${who} saved this task through this editor at ${when}, after you loaded it. Nothing was sent. Your edits are carried over where they do not collide; choose for each conflict below, then review again.`,
  },
  // The sticky bar of the editor
  bar: {
    label: 'Editing actions',
    changedFields: (n: number) =>
      n === 0 ? 'No unsaved edits' : n === 1 ? '1 field changed' : `${n} fields changed`,
    errors: (n: number) => (n === 1 ? '1 error' : `${n} errors`),
    goToFirstError: 'go to the first',
    draftKept: 'Draft kept on this device',
    savedAt: (when: string, requestId: string | undefined) =>
      requestId ? `Saved at ${when} · RequestId ${requestId}` : `Saved at ${when}`,
    serverNewer: (who: string, when: string) =>
      `${who} changed this task in DataWorks at ${when}, after you loaded it: your review will show both versions.`,
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    nothingToDiscard: 'There are no edits to discard',
    reviewWhileInvalid: 'Fix the marked fields first: Review shows where they are.',
  },
  discardTitle: 'Discard your edits?',
  discardBody: (n: number) =>
    `This throws away ${n === 1 ? '1 changed field' : `${n} changed fields`} and the draft kept on this device. Undo brings them back while this page stays open.`,
  discardConfirm: 'Discard edits',
  discardCancel: 'Keep editing',
};
