import { CircleAlert, CircleCheck, Clock } from 'lucide-react';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { countChanges, diffTask } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import { Button } from '../components/ui/button.tsx';
import { ModalDialog } from '../components/ui/modal-dialog.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePersonLabel } from '../workspace/person-name.tsx';
import { useReviewMessages, type ReviewMessages } from './review-messages.ts';
import { ReviewPanel } from './review-panel.tsx';
import { toFieldIssues } from './save-errors.ts';
import { ThreeWayPanel } from './three-way-panel.tsx';
import type { SaveFlow } from './use-save-flow.ts';

type Failed = Extract<SaveFlow, { phase: 'failed' }>;

/** Failures that applied nothing and may simply be tried again. */
const RETRYABLE: ReadonlySet<Failed['reason']> = new Set([
  'server-error',
  'throttled',
  'not-sent',
  'store-unavailable',
]);

function failureText(flow: Failed, m: ReviewMessages): string {
  const s = m.save;
  switch (flow.reason) {
    case 'invalid-fields':
      return s.invalidFields(toFieldIssues(flow.error).length);
    case 'invalid':
      return s.invalidNoField;
    case 'server-error':
      return s.serverError(flow.error.status);
    case 'throttled':
      return s.throttled;
    case 'not-sent':
      return s.notSent;
    case 'store-unavailable':
      return s.storeUnavailable;
    case 'forbidden':
      return s.forbidden;
    case 'not-found':
      return s.notFound;
    case 'token':
      return s.token;
    case 'other':
      return s.other;
  }
}

const TONE = {
  good: 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100',
  bad: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
  wait: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
};

/** The outcome of a save, where the person is looking, with focus moved to it so it is read out. */
function Outcome({
  tone,
  role,
  children,
}: {
  tone: keyof typeof TONE;
  role: 'status' | 'alert';
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const Icon = tone === 'good' ? CircleCheck : tone === 'bad' ? CircleAlert : Clock;
  return (
    <div
      ref={box}
      role={role}
      tabIndex={-1}
      data-testid="save-outcome"
      className={`flex gap-2 rounded-md border p-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-orange-600 ${TONE[tone]}`}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="flex flex-col gap-1">{children}</div>
    </div>
  );
}

/**
 * The review as a modal dialog: the plan, then the save and its outcome in the same place. While it is open
 * the form behind it is inert, so the request shown is the request sent.
 */
export function ReviewDialog({
  flow,
  base,
  onSave,
  onRetry,
  onClose,
  onBackToFix,
  onApplyMerge,
}: {
  flow: SaveFlow;
  base: TaskForm;
  onSave: () => void;
  onRetry: () => void;
  onClose: () => void;
  /** Closes and focuses the first field DataWorks refused. */
  onBackToFix: () => void;
  onApplyMerge: (merged: TaskForm) => void;
}) {
  const { t, locale } = useI18n();
  const m = useReviewMessages();
  const edited = 'edited' in flow ? flow.edited : undefined;
  const diff = useMemo(() => (edited ? diffTask(base, edited) : undefined), [base, edited]);
  const request = 'request' in flow ? flow.request : undefined;
  const time = (ms: number | undefined) => formatInstant(ms, locale);
  // DataWorks' ModifyUser is an account ID: named from the workspace's members ("Name (ID)").
  const theirUser = usePersonLabel(flow.phase === 'conflict' ? flow.theirsTask.ModifyUser : undefined);

  const back = (
    <Button onClick={onClose} disabled={flow.phase === 'saving'}>
      {t.backToEdit}
    </Button>
  );

  let outcome: ReactNode = null;
  let actions: ReactNode;
  switch (flow.phase) {
    case 'review':
    case 'saving':
      actions = (
        <>
          <Button
            variant="primary"
            onClick={onSave}
            disabled={!request || flow.phase === 'saving'}
            data-testid="save-button"
          >
            {flow.phase === 'saving' ? m.save.saving : m.save.saveN(diff ? countChanges(diff) : 0)}
          </Button>
          {back}
        </>
      );
      if (flow.phase === 'saving')
        outcome = (
          <p role="status" className="text-sm">
            {m.save.saving}
          </p>
        );
      break;
    case 'saved':
      outcome = (
        <Outcome tone="good" role="status">
          <p className="font-medium">
            {flow.how === 'request-id' && m.save.saved(flow.requestId ?? '—')}
            {flow.how === 'read-back' && m.save.confirmedByReadBack}
            {flow.how === 'already-applied' && m.save.alreadyApplied}
            {flow.how === 'landed' && m.save.landed(flow.landedAt ? time(flow.landedAt) : '—')}
          </p>
        </Outcome>
      );
      actions = (
        <Button variant="primary" onClick={onClose}>
          {m.save.close}
        </Button>
      );
      break;
    case 'failed':
      outcome = (
        <Outcome tone="bad" role="alert">
          <p className="font-medium">{failureText(flow, m)}</p>
          {flow.reason !== 'invalid-fields' && (
            <p className="break-words">
              {flow.error.code}: {flow.error.message}
              {flow.error.requestId && ` (RequestId ${flow.error.requestId})`}
            </p>
          )}
          <p>{m.save.kept}</p>
        </Outcome>
      );
      actions =
        flow.reason === 'invalid-fields' ? (
          <Button variant="primary" onClick={onBackToFix}>
            {m.save.backToFix}
          </Button>
        ) : (
          <>
            {RETRYABLE.has(flow.reason) && (
              <Button variant="primary" onClick={onRetry}>
                {m.save.retry}
              </Button>
            )}
            {back}
          </>
        );
      break;
    case 'unknown': {
      const until = time(flow.settleUntil);
      const pending = flow.settlement === 'pending';
      outcome = (
        <Outcome tone={pending ? 'wait' : 'bad'} role={pending ? 'status' : 'alert'}>
          <p className="font-medium">
            {!pending
              ? m.save.notLanded(Math.max(1, Math.round((flow.settleUntil - flow.startedAt) / 60_000)))
              : flow.cause === 'timeout'
                ? m.save.timeout(until)
                : flow.cause === 'dropped'
                  ? m.save.dropped(until)
                  : m.save.editorUnreachable}
          </p>
          {pending && <p>{m.save.notLandedYet}</p>}
          <p>{m.save.kept}</p>
        </Outcome>
      );
      actions = (
        <>
          <Button variant={pending ? 'secondary' : 'primary'} onClick={onRetry}>
            {m.save.retry}
          </Button>
          {back}
        </>
      );
      break;
    }
    case 'conflict':
      actions = back;
      break;
  }

  return (
    <ModalDialog
      title={`${t.reviewTitle}${diff ? ` · ${t.changes(countChanges(diff))}` : ''}`}
      locked={flow.phase === 'saving'}
      onClose={onClose}
      className="max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] max-w-5xl flex-col open:flex sm:max-h-[calc(100dvh-3rem)] sm:w-[calc(100vw-3rem)]"
    >
      <div className="flex shrink-0 flex-col gap-3 border-b border-slate-200 px-4 pt-2 pb-3 dark:border-slate-700">
        {outcome}
        <div className="flex flex-wrap gap-2">{actions}</div>
      </div>
      <div className="min-h-0 overflow-y-auto p-4">
        {flow.phase === 'conflict' ? (
          <ThreeWayPanel
            key={flow.theirsTask.ModifyTime}
            intro={
              flow.modifiedBy?.OwnSave
                ? m.save.ownSaveConflict(time(flow.theirsTask.ModifyTime))
                : flow.modifiedBy
                  ? m.save.conflictByEditor(flow.modifiedBy.User, time(flow.modifiedBy.Time))
                  : m.conflictIntro(theirUser ?? '—', time(flow.theirsTask.ModifyTime))
            }
            base={flow.base}
            theirs={flow.theirs}
            yours={flow.yours}
            onApply={onApplyMerge}
          />
        ) : (
          edited &&
          diff &&
          flow.phase !== 'saved' && <ReviewPanel base={base} edited={edited} diff={diff} request={request} />
        )}
      </div>
    </ModalDialog>
  );
}
