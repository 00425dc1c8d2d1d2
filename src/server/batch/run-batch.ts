import { randomUUID } from 'node:crypto';
import type { BatchTaskRecord } from '#domain/batch/batch-contract';
import { chunk } from '#domain/chunk';
import { BATCH_MAX_TASKS, fromBatchTask, type BatchTask } from '#domain/task/batch-update-request';
import type { Task } from '#domain/task/task';
import { isUpdateApplied } from '#domain/task/update-applied';
import type { DataWorksClient, DataWorksReply } from '../dataworks/dataworks-client.ts';
import { readTask } from '../dataworks/workspace-scope.ts';
import type { BatchJournal, JournalBatch, TaskStateChange } from './batch-journal.ts';

// Runs a journaled batch: takes its lease, settles what a previous run left `sending` or `unknown` by reading
// the tasks back, then sends the pending tasks chunk by chunk. Before each chunk each task's ModifyTime is read
// again (a task changed since the plan is a conflict, never overwritten) and the rest are marked `sending`
// in the journal before the call; each task's outcome is recorded from SuccessInfo, a task left out of it is
// read back. A task is sent again only when a read-back shows an earlier send did not change it.

export interface BatchRunnerOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  journal: BatchJournal;
  now?: () => number;
  /** This replica's name on the leases it takes. */
  owner?: string;
  /** How long a lease lasts unless renewed (BATCH_LEASE_MS); renewed every third of it while running. */
  leaseMs?: number;
  /** The first wait after a throttled call (BATCH_BACKOFF_MS), doubled each time up to `backoffMaxMs`. */
  backoffMs?: number;
  backoffMaxMs?: number;
  /** Throttled answers in a row before the run stops (the batch is then `interrupted`, nothing lost). */
  maxThrottled?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told of a run that stopped on an error (the store unavailable, a bug). */
  onError?: (error: unknown, batchId: string) => void;
}

export const DEFAULT_LEASE_MS = 30_000;
export const DEFAULT_BACKOFF_MS = 1_000;
export const DEFAULT_BACKOFF_MAX_MS = 30_000;
export const DEFAULT_MAX_THROTTLED = 8;

const isThrottled = (reply: DataWorksReply) =>
  reply.status === 429 || (typeof reply.body.Code === 'string' && reply.body.Code.includes('Throttling'));
const messageOf = (reply: DataWorksReply) =>
  typeof reply.body.Message === 'string' ? reply.body.Message : `HTTP ${reply.status}`;
const requestIdOf = (reply: DataWorksReply) =>
  typeof reply.body.RequestId === 'string' ? reply.body.RequestId : null;

/** The run stopped because another replica holds the lease now: it writes nothing more. */
class LeaseLost extends Error {}

export type StartResult = 'started' | 'missing' | 'done' | 'busy';

export function createBatchRunner(options: BatchRunnerOptions) {
  const { dataworks, journal } = options;
  const now = options.now ?? Date.now;
  const owner = options.owner ?? `replica-${randomUUID()}`;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const backoffMaxMs = options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS;
  const maxThrottled = options.maxThrottled ?? DEFAULT_MAX_THROTTLED;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const running = new Map<string, Promise<void>>();

  /** Starts (or resumes) a batch in the background, once its lease is taken. */
  async function start(id: string): Promise<StartResult> {
    const batch = await journal.get(id, now());
    if (!batch) return 'missing';
    // A done batch with tasks DataWorks refused may be resumed: those are sent again (nothing of them applied).
    if (batch.State === 'done' && !batch.Tasks.some((t) => t.State === 'failed')) return 'done';
    if (running.has(id) || !(await journal.acquire(id, owner, now(), now() + leaseMs))) return 'busy';
    const run: Promise<void> = runBatch(id)
      .catch((error: unknown) => {
        if (!(error instanceof LeaseLost)) options.onError?.(error, id);
      })
      .finally(() => {
        if (running.get(id) === run) running.delete(id);
      });
    running.set(id, run);
    return 'started';
  }

  async function runBatch(id: string): Promise<void> {
    const renewal = setInterval(
      () => void journal.renew(id, owner, now(), now() + leaseMs).catch(() => {}),
      Math.max(10, Math.floor(leaseMs / 3)),
    );
    try {
      const state = await send(id);
      // Not running here any more once the journal says so: a resume asked right after may start at once.
      running.delete(id);
      await journal.release(id, owner, state, now());
    } finally {
      clearInterval(renewal);
    }
  }

  const record = async (id: string, changes: TaskStateChange[]) => {
    if (changes.length === 0) return;
    if (!(await journal.setTasks(id, owner, changes, now(), now() + leaseMs))) throw new LeaseLost();
  };

  /** The batch's tasks, read back one by one: each one's state from what DataWorks holds now. */
  async function settleByReadBack(
    tasks: readonly BatchTaskRecord[],
    notApplied: (task: BatchTaskRecord, current: Task) => TaskStateChange,
    unreadable: string,
  ): Promise<TaskStateChange[]> {
    const changes: TaskStateChange[] = [];
    for (const task of tasks) {
      const { reply, task: current } = await readTask(dataworks, task.Id);
      if (!current)
        changes.push({ taskId: task.Id, state: 'unknown', message: `${unreadable} (${messageOf(reply)})` });
      else if (isUpdateApplied(current, fromBatchTask(task.Request as BatchTask)))
        changes.push({ taskId: task.Id, state: 'saved', message: 'Confirmed by reading the task back.' });
      else changes.push(notApplied(task, current));
    }
    return changes;
  }

  const conflict = (task: BatchTaskRecord, current: { ModifyTime?: number; ModifyUser?: string }) => ({
    taskId: task.Id,
    state: 'conflict' as const,
    message: `Changed since the plan by ${current.ModifyUser ?? 'someone'} (ModifyTime ${current.ModifyTime ?? 'unknown'}, planned ${task.ModifyTime}): left as they saved it.`,
  });

  /** A task whose outcome is not known: the change held, untouched since the plan (send it), or changed. */
  const afterPlan =
    (pendingMessage: string) =>
    (task: BatchTaskRecord, current: Task): TaskStateChange =>
      current.ModifyTime === task.ModifyTime
        ? { taskId: task.Id, state: 'pending', message: pendingMessage }
        : conflict(task, current);

  /** Sends the batch; answers the state it ends in. */
  async function send(id: string): Promise<'done' | 'cancelled' | 'interrupted'> {
    let batch = (await journal.get(id, now())) as JournalBatch;
    // 1. What a previous run left in flight: settled by reading back, never sent again blindly.
    const inFlight = batch.Tasks.filter((t) => t.State === 'sending' || t.State === 'unknown');
    await record(
      id,
      await settleByReadBack(
        inFlight,
        afterPlan('An earlier run sent it, and reading it back shows it unchanged: sent again.'),
        'Could not be read back to settle an earlier send',
      ),
    );
    // Tasks DataWorks refused (Success false: nothing applied) are tried again, after the same ModifyTime check.
    await record(
      id,
      batch.Tasks.filter((t) => t.State === 'failed').map((t) => ({
        taskId: t.Id,
        state: 'pending' as const,
        message: `Sent again after DataWorks refused it: ${t.Message ?? 'no message'}`,
      })),
    );
    batch = (await journal.get(id, now())) as JournalBatch;
    if (batch.Tasks.some((t) => t.State === 'unknown')) return 'interrupted';

    // 2. The pending tasks, chunk by chunk; a task left pending by this run is not sent again in it.
    const pending = batch.Tasks.filter((t) => t.State === 'pending');
    let stoppedEarly = false;
    for (const tasks of chunk(pending, batch.ChunkSize)) {
      const current = await journal.get(id, now());
      if (current?.cancelRequested) return 'cancelled';
      if (!(await journal.renew(id, owner, now(), now() + leaseMs))) throw new LeaseLost();
      const outcome = await sendChunk(batch, tasks);
      if (outcome === 'stop') {
        stoppedEarly = true;
        break;
      }
    }
    const final = (await journal.get(id, now())) as JournalBatch;
    const open = final.Tasks.some((t) => !['saved', 'failed', 'conflict'].includes(t.State));
    return stoppedEarly || open ? 'interrupted' : 'done';
  }

  /** Each task's ModifyTime now (ListTasks by Ids in the batch's workspace); undefined when not listed. */
  async function readModifyTimes(
    projectId: string,
    ids: string[],
  ): Promise<Map<string, { ModifyTime?: number; ModifyUser?: string }> | DataWorksReply> {
    const found = new Map<string, { ModifyTime?: number; ModifyUser?: string }>();
    for (const slice of chunk(ids, BATCH_MAX_TASKS)) {
      const reply = await dataworks.send('ListTasks', {
        ProjectId: projectId,
        Ids: slice,
        PageSize: BATCH_MAX_TASKS,
      });
      if (reply.status !== 200) return reply;
      const paging = reply.body.PagingInfo as { Tasks?: Record<string, unknown>[] } | undefined;
      for (const t of paging?.Tasks ?? [])
        found.set(String(t.Id), {
          ModifyTime: typeof t.ModifyTime === 'number' ? t.ModifyTime : undefined,
          ModifyUser: typeof t.ModifyUser === 'string' ? t.ModifyUser : undefined,
        });
    }
    return found;
  }

  async function sendChunk(batch: JournalBatch, tasks: BatchTaskRecord[]): Promise<'next' | 'stop'> {
    const id = batch.Id;
    // Right before the call: a task changed since the plan is left out, never overwritten.
    const times = await readModifyTimes(
      batch.ProjectId,
      tasks.map((t) => t.Id),
    );
    if (!(times instanceof Map)) {
      await record(
        id,
        tasks.map((t) => ({
          taskId: t.Id,
          state: 'pending',
          message: `Not sent: its ModifyTime could not be read again before the call (${messageOf(times)}).`,
        })),
      );
      return 'stop';
    }
    const changes: TaskStateChange[] = [];
    const toSend: BatchTaskRecord[] = [];
    for (const task of tasks) {
      const listed = times.get(task.Id);
      if (!listed)
        changes.push({
          taskId: task.Id,
          state: 'conflict',
          message: `No longer listed in workspace ${batch.ProjectId} (deleted or moved since the plan): not sent.`,
        });
      else if (listed.ModifyTime !== task.ModifyTime) changes.push(conflict(task, listed));
      else toSend.push(task);
    }
    for (const task of toSend) changes.push({ taskId: task.Id, state: 'sending', message: null });
    await record(id, changes);
    if (toSend.length === 0) return 'next';

    const request = {
      ...(batch.Comment && { Comment: batch.Comment }),
      Tasks: toSend.map((t) => t.Request as BatchTask),
    };
    let reply: DataWorksReply;
    for (let throttled = 0; ; throttled++) {
      reply = await dataworks.send('BatchUpdateTasks', request);
      await journal.addCalls(id, owner, 1, now());
      if (!isThrottled(reply)) break;
      // Nothing of a throttled call is applied: wait, then the same call again.
      if (throttled + 1 >= maxThrottled) {
        await record(
          id,
          toSend.map((t) => ({
            taskId: t.Id,
            state: 'pending',
            message: `Not sent: DataWorks kept throttling (${messageOf(reply)}).`,
          })),
        );
        return 'stop';
      }
      await sleep(Math.min(backoffMaxMs, backoffMs * 2 ** throttled));
      if (!(await journal.renew(id, owner, now(), now() + leaseMs))) throw new LeaseLost();
    }
    const requestId = requestIdOf(reply);

    if (reply.status === 200) {
      const info = (reply.body.SuccessInfo ?? {}) as Record<string, { Success?: boolean; Message?: string }>;
      const results: TaskStateChange[] = [];
      const missing: BatchTaskRecord[] = [];
      for (const task of toSend) {
        const result = info[task.Id];
        if (!result) missing.push(task);
        else if (result.Success === true) results.push({ taskId: task.Id, state: 'saved', requestId });
        else
          results.push({
            taskId: task.Id,
            state: 'failed',
            message: result.Message ?? 'DataWorks refused it without a message.',
            requestId,
          });
      }
      // Left out of SuccessInfo: its outcome is unknown until the task is read back.
      const settled = await settleByReadBack(
        missing,
        afterPlan(
          'DataWorks did not report it and reading it back shows it unchanged: not sent again in this run; a resume sends it if it is still unchanged then.',
        ),
        'DataWorks did not report it, and it could not be read back',
      );
      await record(id, [...results, ...settled.map((c) => ({ ...c, requestId }))]);
      return 'next';
    }
    if (reply.notSent) {
      await record(
        id,
        toSend.map((t) => ({ taskId: t.Id, state: 'pending', message: `Not sent: ${messageOf(reply)}` })),
      );
      return 'stop';
    }
    if (reply.status >= 500) {
      // A timeout, a dropped connection or a server error: it may have applied; each task is read back.
      const settled = await settleByReadBack(
        toSend,
        afterPlan(
          `The call's outcome is unknown (${messageOf(reply)}), and reading it back shows it unchanged: sent again on resume.`,
        ),
        `The call's outcome is unknown (${messageOf(reply)}), and it could not be read back`,
      );
      await record(
        id,
        settled.map((c) => ({ ...c, requestId })),
      );
      // Every task settled (applied, or changed by someone): go on; else stop until a resume.
      return settled.every((c) => c.state === 'saved' || c.state === 'conflict') ? 'next' : 'stop';
    }
    // Refused as a whole (400 and the like): nothing of it applied.
    await record(
      id,
      toSend.map((t) => ({ taskId: t.Id, state: 'failed', message: messageOf(reply), requestId })),
    );
    return 'next';
  }

  return {
    owner,
    start,
    /** Resolves once the batch's run in this replica has ended (at once when none runs). */
    settled: (id: string) => running.get(id) ?? Promise.resolve(),
    isRunning: (id: string) => running.has(id),
  };
}

export type BatchRunner = ReturnType<typeof createBatchRunner>;
