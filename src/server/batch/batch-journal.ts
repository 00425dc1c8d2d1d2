import type {
  BatchRecord,
  BatchState,
  BatchSummary,
  BatchTaskState,
  TaskBatchEntry,
} from '#domain/batch/batch-contract';
import { BATCH_TASK_STATES } from '#domain/batch/batch-contract';

// The batch journal: what the proxy keeps of a batch in its store (SQLite or PostgreSQL), written in full
// before the first call, each task's state recorded as it becomes known. The runner holds a lease on a batch
// (owner + expiry) while it sends: another replica can take the batch only once that lease has expired, and
// every task write is fenced by the lease, so two runners never send the same batch.

export interface NewBatchTask {
  taskId: string;
  name: string;
  /** ModifyTime when planned. */
  modifyTime: number;
  request: Record<string, unknown>;
  before: Record<string, unknown>;
}

export interface NewBatch {
  projectId: string;
  comment: string;
  chunkSize: number;
  revertOf: string | null;
  user: string;
  createdAt: number;
  tasks: readonly NewBatchTask[];
}

export interface TaskStateChange {
  taskId: string;
  state: BatchTaskState;
  message?: string | null;
  /** Left as it is when undefined. */
  requestId?: string | null;
}

/** The states a batch is stored in: `interrupted` is also derived on reading, from an expired lease. */
export type StoredBatchState = BatchState;

export interface BatchLease {
  owner: string;
  /** Epoch ms the lease ends unless renewed. */
  expiresAt: number;
}

/** The batch as stored, its lease and cancel flag included: what the runner reads. */
export interface JournalBatch extends BatchRecord {
  lease: BatchLease | null;
  cancelRequested: boolean;
}

export interface BatchJournal {
  /** Writes the batch and all its tasks (state `pending`) in one transaction; answers its ID. */
  create(batch: NewBatch): Promise<string>;
  /** The batch with its tasks in plan order; `now` tells a running batch from an interrupted one. */
  get(id: string, now: number): Promise<JournalBatch | undefined>;
  /** A workspace's batches, newest first. */
  list(projectId: string, limit: number, now: number): Promise<BatchSummary[]>;
  /** The batches that carried a task, newest first. */
  forTask(taskId: string, limit: number): Promise<TaskBatchEntry[]>;
  /**
   * Takes the batch's lease for `owner` until `expiresAt` and marks it `running` (clearing a cancel request),
   * unless it is `done` or another owner's lease has not expired at `now`. Atomic: of many takers, one wins.
   */
  acquire(id: string, owner: string, now: number, expiresAt: number): Promise<boolean>;
  /** Extends the lease while `owner` still holds it; false when it has lost it. */
  renew(id: string, owner: string, now: number, expiresAt: number): Promise<boolean>;
  /** Records task states, only while `owner` holds the lease (renewed to `expiresAt`); false otherwise. */
  setTasks(
    id: string,
    owner: string,
    changes: readonly TaskStateChange[],
    now: number,
    expiresAt: number,
  ): Promise<boolean>;
  /** Counts calls made for the batch. */
  addCalls(id: string, owner: string, calls: number, now: number): Promise<void>;
  /** Ends `owner`'s run: the batch's state becomes `state` and the lease is released. */
  release(id: string, owner: string, state: StoredBatchState, now: number): Promise<void>;
  /**
   * Asks a running batch to stop between chunks (answers `requested`), or cancels one nobody runs at `now`
   * (`cancelled`); `done` batches are left alone (`done`).
   */
  cancel(id: string, now: number): Promise<'requested' | 'cancelled' | 'done' | 'missing'>;
}

export const BATCH_LIST_DEFAULT_LIMIT = 50;

const num = (value: unknown) => Number(value);

/** A batch row as either store returns it (PostgreSQL's BIGINT comes as a string), tasks apart. */
export function toBatchSummary(
  row: Record<string, unknown>,
  counts: Partial<Record<BatchTaskState, number>>,
  now: number,
): BatchSummary & { lease: BatchLease | null; cancelRequested: boolean } {
  const leaseOwner = (row.lease_owner as string | null) ?? null;
  const leaseExpires = row.lease_expires == null ? null : num(row.lease_expires);
  let state = row.state as BatchState;
  // Said running, but nobody renews its lease: its runner stopped (a restart, a crash).
  if (state === 'running' && (leaseExpires === null || leaseExpires < now)) state = 'interrupted';
  return {
    Id: String(row.id),
    ProjectId: row.project_id as string,
    Comment: row.comment as string,
    ChunkSize: num(row.chunk_size),
    RevertOf: (row.revert_of as string | null) ?? null,
    User: row.user as string,
    CreatedAt: num(row.created_at),
    UpdatedAt: num(row.updated_at),
    State: state,
    Calls: num(row.calls),
    Counts: Object.fromEntries(BATCH_TASK_STATES.map((s) => [s, counts[s] ?? 0])) as Record<
      BatchTaskState,
      number
    >,
    lease: leaseOwner && leaseExpires !== null ? { owner: leaseOwner, expiresAt: leaseExpires } : null,
    cancelRequested: Boolean(num(row.cancel_requested)),
  };
}

export function toBatchTaskRecord(row: Record<string, unknown>): BatchRecord['Tasks'][number] {
  return {
    Id: row.task_id as string,
    Name: row.name as string,
    ModifyTime: num(row.modify_time),
    Request: JSON.parse(row.request as string) as Record<string, unknown>,
    Before: JSON.parse(row.before as string) as Record<string, unknown>,
    State: row.state as BatchTaskState,
    Message: (row.message as string | null) ?? null,
    RequestId: (row.request_id as string | null) ?? null,
    UpdatedAt: num(row.updated_at),
  };
}

export function countStates(tasks: readonly { State: BatchTaskState }[]) {
  const counts: Partial<Record<BatchTaskState, number>> = {};
  for (const t of tasks) counts[t.State] = (counts[t.State] ?? 0) + 1;
  return counts;
}

/** Rows of `SELECT batch_id, state, count(*) AS n … GROUP BY batch_id, state` by batch. */
export function countsByBatch(
  rows: Record<string, unknown>[],
): Map<string, Partial<Record<BatchTaskState, number>>> {
  const by = new Map<string, Partial<Record<BatchTaskState, number>>>();
  for (const row of rows) {
    const id = String(row.batch_id);
    const counts = by.get(id) ?? {};
    counts[row.state as BatchTaskState] = num(row.n);
    by.set(id, counts);
  }
  return by;
}

export function toTaskBatchEntry(row: Record<string, unknown>): TaskBatchEntry {
  return {
    BatchId: String(row.id),
    Comment: row.comment as string,
    User: row.user as string,
    CreatedAt: num(row.created_at),
    RevertOf: (row.revert_of as string | null) ?? null,
    State: row.task_state as BatchTaskState,
    Message: (row.task_message as string | null) ?? null,
    UpdatedAt: num(row.task_updated_at),
  };
}
