import type { UpdateTaskRequest } from '#domain/task/update-task-request';

// The proxy's audit log of saves: it must outlast the process and any browser, and on a team it is shared by
// every replica. Kept in the store (src/server/store/): SQLite under DATA_DIR, or PostgreSQL (DATABASE_URL).

/**
 * - `unknown`: DataWorks did not answer (timeout, dropped connection) and the read-back did not show the
 *   change yet: it may still land until `settleUntil`. Every save is recorded so before it is sent, and
 *   concluded when DataWorks answers: one whose proxy stopped mid-save stays `unknown` until settled.
 * - `landed-late`: an `unknown` save later found applied; `not-landed`: still not applied after `settleUntil`.
 * - `already-applied`: a retry of a change the same user's earlier save had already made; nothing was sent.
 */
export type SaveOutcome =
  | 'saved'
  | 'refused'
  | 'conflict'
  | 'unknown'
  | 'confirmed-by-read-back'
  | 'landed-late'
  | 'not-landed'
  | 'already-applied';

export interface SaveRecord {
  id: number;
  taskId: string;
  time: number;
  /** Who saved: the TRUSTED_IDENTITY_HEADER's value, or `local`. */
  user: string;
  request: UpdateTaskRequest;
  /** The sent sections as they were before the save (from the proxy's read of the task). */
  before: Record<string, unknown>;
  requestId: string | null;
  outcome: SaveOutcome;
  status: number;
  message: string | null;
  /** For an `unknown` save: until when (epoch ms) it may still land; after that it is `not-landed`. */
  settleUntil: number | null;
  /** When an `unknown` save was settled as `landed-late` or `not-landed` (the proxy's clock). */
  settledAt: number | null;
  /** For `landed-late`: the task's ModifyTime when the change was found applied. */
  landedAt: number | null;
}

export type NewSaveRecord = Omit<SaveRecord, 'id' | 'settleUntil' | 'settledAt' | 'landedAt'> & {
  settleUntil?: number | null;
};

/** What DataWorks' answer made of a save recorded before it was sent. */
export type SaveConclusion = Pick<SaveRecord, 'outcome' | 'status' | 'requestId' | 'message'> & {
  settleUntil?: number | null;
};

/**
 * The save history, the same on every store. Each method fails with a StoreUnavailableError
 * (store/store.ts) when the store cannot be reached.
 */
export interface SaveHistory {
  /** Adds a record; answers its id. */
  record(entry: NewSaveRecord): Promise<number>;
  /** Replaces the outcome of a save recorded before it was sent, once DataWorks has answered. */
  conclude(id: number, conclusion: SaveConclusion): Promise<void>;
  /** The task's records, newest first. */
  list(taskId: string, limit?: number): Promise<SaveRecord[]>;
  get(id: number): Promise<SaveRecord | undefined>;
  /** The task's saves that changed it or may have (saved, confirmed, unknown, landed late), newest first. */
  changes(taskId: string, limit?: number): Promise<SaveRecord[]>;
  /**
   * Settles an `unknown` save as `landed-late` (with the task's ModifyTime then) or `not-landed`. Answers
   * false when the record was no longer `unknown` (settled by another request, or replica, in the meantime).
   */
  settle(
    id: number,
    outcome: 'landed-late' | 'not-landed',
    settledAt: number,
    landedAt?: number,
  ): Promise<boolean>;
}

/** The outcomes `changes` returns. */
export const CHANGING_OUTCOMES: readonly SaveOutcome[] = [
  'saved',
  'confirmed-by-read-back',
  'unknown',
  'landed-late',
];
export const DEFAULT_LIST_LIMIT = 100;
export const DEFAULT_CHANGES_LIMIT = 50;
