import { TriangleAlert } from 'lucide-react';
import type { BatchPlan, ChangedTask, RefusedTask } from '#domain/batch/plan-batch';
import { DiffView } from '../components/diff-view.tsx';
import { Button } from '../components/ui/button.tsx';
import { ModalDialog } from '../components/ui/modal-dialog.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useBatchMessages } from './batch-messages.ts';
import { useBatchUiMessages } from './batch-ui-messages.ts';
import { describeRefusal } from './describe-refusal.ts';

const summaryClass =
  'cursor-pointer rounded py-1 font-medium focus-visible:outline-2 focus-visible:outline-orange-600';

/**
 * A batch's plan before anything is sent: the totals, each refusal's reason, the warnings gathered across the
 * batch, each task's diff, and the exact requests with their CLI commands. The last button saves.
 */
export function BatchReviewDialog({
  plan,
  title,
  saving,
  error,
  onSave,
  onClose,
}: {
  plan: BatchPlan;
  title: string;
  saving: boolean;
  /** Why the batch could not be started, shown where the button is. */
  error?: string;
  onSave: () => void;
  onClose: () => void;
}) {
  const { locale } = useI18n();
  const m = useBatchMessages();
  const u = useBatchUiMessages();
  const { totals } = plan;
  const changed = plan.tasks.filter((t): t is ChangedTask => t.status === 'changed');
  const refused = plan.tasks.filter((t): t is RefusedTask => t.status === 'refused');
  const unchanged = plan.tasks.filter((t) => t.status === 'unchanged');
  return (
    <ModalDialog
      title={title}
      locked={saving}
      onClose={onClose}
      className="max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] max-w-5xl flex-col open:flex sm:max-h-[calc(100dvh-3rem)] sm:w-[calc(100vw-3rem)]"
    >
      <div className="flex shrink-0 flex-col gap-3 border-b border-slate-200 px-4 pt-2 pb-3 dark:border-slate-700">
        <p data-testid="plan-totals" className="font-medium">
          {m.plan(totals.changed, totals.unchanged, totals.refused)}
        </p>
        {totals.changed === 0 && <p role="status">{u.nothingToSave}</p>}
        {saving && <p role="status">{u.saving}</p>}
        {error && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={onSave} disabled={saving || totals.changed === 0}>
            {m.saveN(totals.changed)}
          </Button>
          <Button onClick={onClose} disabled={saving}>
            {u.backToEditing}
          </Button>
        </div>
      </div>
      <div className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4 text-sm">
        {plan.callouts.length > 0 && (
          <section aria-labelledby="batch-callouts">
            <h3 id="batch-callouts" className="font-semibold">
              {u.calloutsHeading}
            </h3>
            <ul className="mt-1 flex flex-col gap-1">
              {plan.callouts.map((c) => (
                <li key={c.code} className="flex gap-2 text-amber-900 dark:text-amber-200">
                  <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                  {m.callout[c.code](c.count)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {refused.length > 0 && (
          <section aria-labelledby="batch-refused">
            <h3 id="batch-refused" className="font-semibold">
              {u.refusedHeading(refused.length)}
            </h3>
            <ul className="mt-1 flex flex-col gap-1" data-testid="refused-tasks">
              {refused.map((task) => (
                <li key={task.id}>
                  <span className="font-medium">{task.name}</span>{' '}
                  <span className="font-mono text-xs">({task.id})</span>:{' '}
                  {task.reasons.map((r) => describeRefusal(r, m, locale)).join(' ')}
                </li>
              ))}
            </ul>
          </section>
        )}
        {changed.length > 0 && (
          <section aria-labelledby="batch-changed">
            <h3 id="batch-changed" className="font-semibold">
              {u.changedHeading(changed.length)}
            </h3>
            <ul className="mt-1 flex flex-col" data-testid="changed-tasks">
              {changed.map((task) => (
                <li key={task.id} data-task-id={task.id}>
                  <details>
                    <summary className={summaryClass}>
                      {task.name} <span className="font-mono text-xs font-normal">({task.id})</span>
                    </summary>
                    <div className="pl-4">
                      <DiffView diff={task.diff} />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        )}
        {unchanged.length > 0 && (
          <details>
            <summary className={summaryClass}>{u.unchangedHeading(unchanged.length)}</summary>
            <ul className="pl-4">
              {unchanged.map((task) => (
                <li key={task.id}>
                  {task.name} <span className="font-mono text-xs">({task.id})</span>
                </li>
              ))}
            </ul>
          </details>
        )}
        {plan.chunks.length > 0 && (
          <details>
            <summary className={summaryClass}>{u.requestsHeading(plan.chunks.length)}</summary>
            <ol className="flex flex-col gap-3 pl-4">
              {plan.chunks.map((c) => (
                <li key={c.index}>
                  <p className="font-medium">{u.chunkLabel(c.index + 1, c.taskIds.length)}</p>
                  <pre className="max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">
                    {JSON.stringify(c.request, null, 2)}
                  </pre>
                  <p className="mt-1 font-medium">{u.cliLabel}</p>
                  <pre className="max-h-40 overflow-auto rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap dark:bg-slate-800">
                    {c.cli}
                  </pre>
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
    </ModalDialog>
  );
}
