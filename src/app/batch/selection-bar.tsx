import { useState } from 'react';
import type { TaskSearch } from '../api/task-queries.ts';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { readAllMatching } from './select-all-matching.ts';
import { clearSelection, MAX_SELECTION, selectTasks, useTaskSelection } from './task-selection.ts';

type Reading =
  { state: 'idle' } | { state: 'reading' } | { state: 'capped'; total: number } | { state: 'failed' };

/**
 * The selection's count, always shown, with "select all N matching" (every page of the current search and
 * filters, up to MAX_SELECTION), clearing, and the way to the batch editor.
 */
export function SelectionBar({
  projectId,
  filter,
  matching,
  editLink,
}: {
  projectId: string;
  filter: TaskSearch;
  /** How many tasks the search and filters match. */
  matching: number;
  editLink?: (count: number) => React.ReactNode;
}) {
  const { t } = useI18n();
  const selection = useTaskSelection(projectId);
  const [reading, setReading] = useState<Reading>({ state: 'idle' });

  async function selectAll() {
    setReading({ state: 'reading' });
    try {
      const { tasks, total } = await readAllMatching(projectId, filter, MAX_SELECTION);
      const refused = selectTasks(projectId, tasks, true);
      setReading(total > MAX_SELECTION || refused > 0 ? { state: 'capped', total } : { state: 'idle' });
    } catch {
      setReading({ state: 'failed' });
    }
  }

  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-700"
      aria-label={t.selectedCount(selection.size)}
      role="region"
    >
      <span role="status" aria-live="polite" className="font-medium">
        {reading.state === 'reading'
          ? t.selectingAll(Math.min(matching, MAX_SELECTION))
          : t.selectedCount(selection.size)}
      </span>
      {matching > 0 && (
        <Button disabled={reading.state === 'reading'} onClick={() => void selectAll()}>
          {t.selectAllMatching(Math.min(matching, MAX_SELECTION))}
        </Button>
      )}
      {selection.size > 0 && (
        <Button onClick={() => (clearSelection(projectId), setReading({ state: 'idle' }))}>
          {t.clearSelection}
        </Button>
      )}
      {selection.size > 0 && editLink?.(selection.size)}
      {reading.state === 'capped' && (
        <p role="alert" className="w-full text-amber-800 dark:text-amber-300">
          {t.selectionCapped(MAX_SELECTION, reading.total)}
        </p>
      )}
      {reading.state === 'failed' && (
        <p role="alert" className="w-full text-red-700 dark:text-red-400">
          {t.selectAllFailed}
        </p>
      )}
    </div>
  );
}
