import { Hono } from 'hono';
import type { Task } from '#domain/task/task';
import { isUpdateApplied } from '#domain/task/update-applied';
import type { AppVariables } from './app-variables.ts';
import type { BatchJournal } from './batch/batch-journal.ts';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';
import { DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS } from './dataworks/update-task.ts';
import { readTask } from './dataworks/workspace-scope.ts';
import type { SaveHistory, SaveOutcome, SaveRecord } from './history/save-history.ts';
import { invalidParameter, proxyError } from './proxy-error.ts';

export interface HistoryRoutesOptions {
  history: SaveHistory;
  /** The batches that carried a task, listed beside its saves. */
  batches: Pick<BatchJournal, 'forTask'>;
  /** Reads tasks back to settle saves whose outcome was unknown. */
  dataworks: Pick<DataWorksClient, 'send'>;
  now?: () => number;
}

export type SaveOutcomeReply = {
  Outcome: 'landed' | 'pending' | 'not-landed';
  SaveId: number;
  /** The task as read back now, when it could be read. */
  Task?: Task;
  /** When landed late: the task's ModifyTime when the change was found applied. */
  LandedAt?: number;
};

const LANDED: ReadonlySet<SaveOutcome> = new Set([
  'saved',
  'confirmed-by-read-back',
  'landed-late',
  'already-applied',
]);

/** The batches a task's history lists, newest first. */
const BATCHES_LISTED = 50;

function taskIdParam(id: string): string {
  if (!/^\d{1,19}$/.test(id))
    invalidParameter('The task ID must be a string of digits.', [{ path: 'Id', message: 'must be digits' }]);
  return id;
}

/**
 * `GET /api/tasks/:id/history` (the task's saves, and the batches that carried it with its state in each), and `GET /api/tasks/:id/saves/:saveId/outcome`, which settles a save whose
 * outcome was unknown by reading the task back: `landed` (the record becomes `landed-late`), `pending` while
 * it may still land, `not-landed` once its window has passed without it.
 */
export function createHistoryRoutes({ history, batches, dataworks, now = Date.now }: HistoryRoutesOptions) {
  async function answer(saved: SaveRecord, task: Task | undefined): Promise<SaveOutcomeReply> {
    const reply = (outcome: SaveOutcomeReply['Outcome'], landedAt?: number | null): SaveOutcomeReply => ({
      Outcome: outcome,
      SaveId: saved.id,
      ...(task && { Task: task }),
      ...(landedAt != null && { LandedAt: landedAt }),
    });
    if (saved.outcome === 'unknown') {
      const time = now();
      if (task && isUpdateApplied(task, saved.request)) {
        if (await history.settle(saved.id, 'landed-late', time, task.ModifyTime))
          return reply('landed', task.ModifyTime);
      } else if (time > (saved.settleUntil ?? saved.time + DEFAULT_UNKNOWN_OUTCOME_WINDOW_MS)) {
        if (await history.settle(saved.id, 'not-landed', time)) return reply('not-landed');
      } else return reply('pending');
      // Settled by another request while the task was read: its word stands.
      const settled = await history.get(saved.id);
      return settled && settled.outcome !== 'unknown' ? answer(settled, task) : reply('pending');
    }
    return LANDED.has(saved.outcome) ? reply('landed', saved.landedAt) : reply('not-landed');
  }

  return new Hono<{ Variables: AppVariables }>()
    .get('/:id/history', async (c) => {
      const id = taskIdParam(c.req.param('id'));
      const [Saves, Batches] = await Promise.all([history.list(id), batches.forTask(id, BATCHES_LISTED)]);
      return c.json({ Saves, Batches });
    })
    .get('/:id/saves/:saveId/outcome', async (c) => {
      const id = taskIdParam(c.req.param('id'));
      c.set('taskId', id);
      const saveIdText = c.req.param('saveId');
      if (!/^\d{1,15}$/.test(saveIdText))
        invalidParameter('The save ID must be a string of digits.', [
          { path: 'SaveId', message: 'must be digits' },
        ]);
      const saved = await history.get(Number(saveIdText));
      if (!saved || saved.taskId !== id)
        proxyError(404, 'SaveNotFound', `Task ${id} has no save ${saveIdText}.`);
      const { task } = await readTask(dataworks, id);
      return c.json(await answer(saved, task));
    });
}
