import { useCallback, useEffect, useRef } from 'react';
import { TaskSchema, type Task } from '#domain/task/task';
import { toTaskForm, type TaskForm } from '#domain/task/task-form';
import { isUpdateApplied } from '#domain/task/update-applied';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { ApiError, callDataWorks, getSaveOutcome } from '../api/api-client.ts';
import { useUpdateTask } from '../api/task-queries.ts';
import { classifySaveFailure, type SaveFailure } from './save-errors.ts';

/** How often a save of unknown outcome is read back. */
export const SETTLE_POLL_MS = 2_000;
/** How long a save sent while the editor server was unreachable is read back for (the proxy has no record). */
const UNREACHABLE_SETTLE_MS = 5 * 60_000;

export interface ModifiedBy {
  User: string;
  Time: number;
  OwnSave: boolean;
}

type Failed = Extract<SaveFailure, { kind: 'failed' }>;
type Unknown = Extract<SaveFailure, { kind: 'unknown' }>;

/** Where a review stands, from the plan to the outcome of its save; each phase is shown in the review dialog. */
export type SaveFlow =
  | { phase: 'review'; edited: TaskForm; request: UpdateTaskRequest | undefined }
  | { phase: 'saving'; edited: TaskForm; request: UpdateTaskRequest }
  | {
      phase: 'saved';
      how: 'request-id' | 'read-back' | 'already-applied' | 'landed';
      requestId?: string;
      landedAt?: number;
    }
  | {
      phase: 'failed';
      edited: TaskForm;
      request: UpdateTaskRequest;
      reason: Failed['reason'];
      error: ApiError;
    }
  | {
      phase: 'unknown';
      edited: TaskForm;
      request: UpdateTaskRequest;
      cause: Unknown['cause'];
      saveId?: number;
      startedAt: number;
      settleUntil: number;
      settlement: 'pending' | 'not-landed';
      checkedAt?: number;
    }
  | {
      phase: 'conflict';
      theirsTask: Task;
      base: TaskForm;
      theirs: TaskForm;
      yours: TaskForm;
      modifiedBy?: ModifiedBy;
    };

export interface SavedResult {
  /** The values the save carried: the form keeps whatever differs from them as unsaved edits. */
  values: TaskForm;
  requestId?: string;
  at: number;
}

/**
 * The save of a reviewed change and everything that can follow: saved, refused, conflict, or an outcome not
 * known yet, which is read back until it lands or the window closes. Nothing here resets the form: the
 * editor decides that from `onSaved`.
 */
export function useSaveFlow({
  flow,
  show: setFlow,
  taskId,
  base,
  baseModifyTime,
  onSaved,
}: {
  /** The flow of the open review (the editor's mode owns it), undefined while none is open. */
  flow: SaveFlow | undefined;
  /** Moves the open review to its next step. */
  show: (flow: SaveFlow) => void;
  taskId: string;
  base: TaskForm;
  baseModifyTime: number | undefined;
  onSaved: (result: SavedResult) => void;
}) {
  const updateTask = useUpdateTask();
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const finish = useCallback(
    (values: TaskForm, outcome: Extract<SaveFlow, { phase: 'saved' }>) => {
      setFlow(outcome);
      saved.current({ values, requestId: outcome.requestId, at: outcome.landedAt ?? Date.now() });
      void updateTask.refresh();
    },
    [updateTask, setFlow],
  );

  function save(edited: TaskForm, request: UpdateTaskRequest) {
    setFlow({ phase: 'saving', edited, request });
    updateTask.mutate(
      { request, baseModifyTime },
      {
        onSuccess: (reply) =>
          finish(edited, {
            phase: 'saved',
            how:
              reply.AlreadyApplied === true
                ? 'already-applied'
                : reply.ConfirmedByReadBack === true
                  ? 'read-back'
                  : 'request-id',
            requestId: typeof reply.RequestId === 'string' ? reply.RequestId : undefined,
          }),
        onError: (error) => {
          const apiError = error instanceof ApiError ? error : new ApiError(0, 'Error', error.message);
          const failure = classifySaveFailure(apiError);
          if (failure.kind === 'conflict') {
            const current = TaskSchema.safeParse(apiError.body.Task);
            if (current.success) {
              updateTask.showCurrent(current.data);
              setFlow({
                phase: 'conflict',
                theirsTask: current.data,
                base,
                theirs: toTaskForm(current.data),
                yours: edited,
                modifiedBy: apiError.body.ModifiedBy as ModifiedBy | undefined,
              });
              return;
            }
            setFlow({ phase: 'failed', edited, request, reason: 'other', error: apiError });
          } else if (failure.kind === 'unknown')
            setFlow({
              phase: 'unknown',
              edited,
              request,
              cause: failure.cause,
              saveId: failure.saveId,
              startedAt: Date.now(),
              settleUntil: failure.settleUntil ?? Date.now() + UNREACHABLE_SETTLE_MS,
              settlement: 'pending',
            });
          else setFlow({ phase: 'failed', edited, request, reason: failure.reason, error: apiError });
        },
      },
    );
  }

  // An unknown outcome is read back until it lands, or the window closes without it.
  const unknown = flow?.phase === 'unknown' && flow.settlement === 'pending' ? flow : undefined;
  useEffect(() => {
    if (!unknown) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const check = async () => {
      const verdict = await readBack(taskId, unknown, controller.signal).catch(() => undefined);
      if (controller.signal.aborted) return;
      if (verdict?.outcome === 'landed')
        return finish(unknown.edited, { phase: 'saved', how: 'landed', landedAt: verdict.landedAt });
      if (verdict?.outcome === 'not-landed' || Date.now() > unknown.settleUntil + SETTLE_POLL_MS)
        return setFlow({ ...unknown, settlement: 'not-landed', checkedAt: Date.now() });
      timer = setTimeout(() => void check(), SETTLE_POLL_MS);
    };
    timer = setTimeout(() => void check(), SETTLE_POLL_MS / 2);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [unknown, taskId, finish, setFlow]);

  return { save };
}

async function readBack(
  taskId: string,
  unknown: { saveId?: number; request: UpdateTaskRequest },
  signal: AbortSignal,
): Promise<{ outcome: 'landed' | 'pending' | 'not-landed'; landedAt?: number }> {
  // The proxy recorded the save: it reads the task back and keeps its record right.
  if (unknown.saveId !== undefined) {
    const reply = await getSaveOutcome(taskId, unknown.saveId, signal);
    const outcome = reply.Outcome;
    if (outcome !== 'landed' && outcome !== 'not-landed') return { outcome: 'pending' };
    return { outcome, landedAt: typeof reply.LandedAt === 'number' ? reply.LandedAt : undefined };
  }
  // The editor server was unreachable: the task itself tells whether the change is there.
  const task = TaskSchema.parse((await callDataWorks('GetTask', { Id: taskId }, signal)).Task);
  return isUpdateApplied(task, unknown.request)
    ? { outcome: 'landed', landedAt: task.ModifyTime }
    : { outcome: 'pending' };
}
