import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import type { SaveOutcome, SaveRecord } from '../history/save-history.ts';

const numberOrNull = (value: unknown) => (value == null ? null : Number(value));

/** A `saves` row as either store returns it (PostgreSQL's BIGINT comes as a string) as a SaveRecord. */
export function toSaveRecord(row: Record<string, unknown>): SaveRecord {
  return {
    id: Number(row.id),
    taskId: row.task_id as string,
    time: Number(row.time),
    user: row.user as string,
    request: JSON.parse(row.request as string) as UpdateTaskRequest,
    before: JSON.parse(row.before as string) as Record<string, unknown>,
    requestId: (row.request_id as string | null) ?? null,
    outcome: row.outcome as SaveOutcome,
    status: Number(row.status),
    message: (row.message as string | null) ?? null,
    settleUntil: numberOrNull(row.settle_until),
    settledAt: numberOrNull(row.settled_at),
    landedAt: numberOrNull(row.landed_at),
  };
}
