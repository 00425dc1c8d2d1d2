import type { BatchRecord, BatchTaskState } from '#domain/batch/batch-contract';
import { Link } from 'wouter';
import { useBatchUiMessages } from './batch-ui-messages.ts';

const STATE_CLASS: Record<BatchTaskState, string> = {
  pending: 'text-slate-700 dark:text-slate-300',
  sending: 'text-slate-700 dark:text-slate-300',
  saved: 'text-green-800 dark:text-green-300',
  failed: 'text-red-800 dark:text-red-300',
  conflict: 'text-amber-900 dark:text-amber-200',
  unknown: 'text-amber-900 dark:text-amber-200',
};

/** Tasks with a final state: saved, failed or skipped as a conflict. */
export function finishedCount(batch: Pick<BatchRecord, 'Counts'>): number {
  const c = batch.Counts;
  return (c.saved ?? 0) + (c.failed ?? 0) + (c.conflict ?? 0);
}

/**
 * A batch as the journal has it: the progress bar (tasks with a final state of all), the counts, and each task's
 * outcome, failures with DataWorks' message and conflicts named. The same after a reload or in another tab.
 */
export function BatchProgress({ batch }: { batch: BatchRecord }) {
  const u = useBatchUiMessages();
  const total = batch.Tasks.length;
  const done = finishedCount(batch);
  const counts = {
    saved: batch.Counts.saved ?? 0,
    failed: batch.Counts.failed ?? 0,
    conflict: batch.Counts.conflict ?? 0,
    total,
  };
  return (
    <div className="flex flex-col gap-3">
      <div
        role="progressbar"
        aria-label={u.progressLabel}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={u.counts(counts)}
        className="h-3 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
      >
        <div
          className="h-full bg-orange-700 transition-[width] dark:bg-orange-400"
          style={{ width: `${total === 0 ? 0 : (100 * done) / total}%` }}
        />
      </div>
      <p role="status" aria-live="polite" data-testid="batch-counts">
        {u.state[batch.State]} · {u.counts(counts)}
      </p>
      <p>{u.changedSummary(counts.saved)}</p>
      <ul className="flex flex-col gap-1 text-sm" data-testid="batch-tasks">
        {batch.Tasks.map((task) => (
          <li key={task.Id} data-task-id={task.Id} data-state={task.State} className="flex flex-wrap gap-x-2">
            <span className={`font-medium ${STATE_CLASS[task.State]}`}>{u.taskState[task.State]}</span>
            <Link href={`/tasks/${task.Id}`} className="underline">
              {task.Name}
            </Link>
            <span className="font-mono text-xs">({task.Id})</span>
            {task.State === 'conflict' && <span>{u.conflictNote}</span>}
            {task.Message && task.State !== 'saved' && <span className="break-words">{task.Message}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
