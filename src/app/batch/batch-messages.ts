import type { TaskRefusal } from '#domain/batch/apply-operations';
import type { BatchCalloutCode } from '#domain/batch/batch-callouts';
import type { OperationIssue } from '#domain/batch/batch-operations';
import { useI18n } from '../i18n/i18n.tsx';

// Strings of batch editing, one module per language (batch-messages.<locale>.ts). The domain's plan speaks in
// codes and figures (src/domain/batch); each code has its sentence here, so a new code without one fails tsc.
// A validation message inside an issue comes localized by the caller (localizeValidationMessage).

type RefusalOf<C extends TaskRefusal['code']> = Extract<TaskRefusal, { code: C }>;
type IssueOf<C extends OperationIssue['code']> = Extract<OperationIssue, { code: C }>;

export interface BatchMessages {
  /** "Plan: 47 to change, 3 unchanged, 2 refused." */
  plan: (changed: number, unchanged: number, refused: number) => string;
  /** The final button: begins "Save" and says how many tasks. */
  saveN: (tasks: number) => string;
  refusal: {
    'manual-trigger': (r: RefusalOf<'manual-trigger'>) => string;
    'no-cron': (r: RefusalOf<'no-cron'>) => string;
    'sub-daily': (r: RefusalOf<'sub-daily'>) => string;
    'cron-unreadable': (r: RefusalOf<'cron-unreadable'>) => string;
    'cycle-type-change': (r: RefusalOf<'cycle-type-change'>) => string;
    /** `issues`: each issue as "path: message", the message localized. */
    'invalid-value': (r: RefusalOf<'invalid-value'>, issues: string) => string;
    'duplicate-task': (r: RefusalOf<'duplicate-task'>) => string;
    'changed-since': (r: RefusalOf<'changed-since'>) => string;
  };
  /** How many tasks a warning concerns. */
  callout: Record<BatchCalloutCode, (tasks: number) => string>;
  /** `operation` is the 1-based number of the operation as listed. */
  operationIssue: {
    invalid: (i: IssueOf<'invalid'>, operation: number, message: string) => string;
    'not-settable': (i: IssueOf<'not-settable'>, operation: number) => string;
    conflict: (i: IssueOf<'conflict'>, operation: number, other: number) => string;
    'invalid-comment': (i: IssueOf<'invalid-comment'>, message: string) => string;
    'invalid-chunk-size': (i: IssueOf<'invalid-chunk-size'>) => string;
  };
}

export function useBatchMessages(): BatchMessages {
  return useI18n().catalogue.batch;
}
