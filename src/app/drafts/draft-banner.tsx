import { useMemo } from 'react';
import { countChanges, diffTask } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import { Button } from '../components/ui/button.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DiffView } from '../components/diff-view.tsx';
import { useDraftMessages } from './draft-messages.ts';
import type { Draft } from './draft-store.ts';

/** Offers a draft back after a reload, a crash or a failed save: its age and what it changes. */
export function DraftBanner({
  draft,
  current,
  stale,
  onRestore,
  onDiscard,
}: {
  draft: Draft;
  current: TaskForm;
  stale: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, locale } = useI18n();
  const m = useDraftMessages();
  const diff = useMemo(() => diffTask(current, draft.values), [current, draft]);
  return (
    <section
      aria-labelledby="draft-heading"
      className="flex flex-col gap-2 rounded-lg border-2 border-sky-300 p-4 dark:border-sky-800"
    >
      <h2 id="draft-heading" className="text-lg font-semibold">
        {m.draftTitle}
      </h2>
      <p className="text-sm">
        {m.draftIntro(m.age(Date.now() - draft.savedAt), formatInstant(draft.baseModifyTime, locale))}
      </p>
      {stale && <p className="text-sm font-medium">{m.draftStale}</p>}
      <details>
        <summary className="cursor-pointer text-sm font-medium">
          {m.draftDiff} · {t.changes(countChanges(diff))}
        </summary>
        <div className="mt-2">
          <DiffView diff={diff} />
        </div>
      </details>
      <div className="flex gap-2">
        <Button variant="primary" onClick={onRestore}>
          {m.restoreDraft}
        </Button>
        <Button onClick={onDiscard}>{m.discardDraft}</Button>
      </div>
    </section>
  );
}
