// The draft banner's strings in English; the type of this object is the catalogue every language fills.
export const en = {
  draftTitle: 'Unsaved draft found',
  draftIntro: (age: string, when: string) =>
    `You have a draft of this task from ${age} (based on the task as modified at ${when}).`,
  draftStale: 'The task has changed since; restoring it merges your draft into the current task.',
  draftDiff: 'What the draft changes against the current task',
  restoreDraft: 'Restore draft',
  discardDraft: 'Discard draft',
  age: (ms: number) => {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1) return 'less than a minute ago';
    if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
    const hours = Math.round(minutes / 60);
    if (hours < 48) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
    return `${Math.round(hours / 24)} days ago`;
  },
};
