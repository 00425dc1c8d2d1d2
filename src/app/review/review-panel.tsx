import { TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { toAliyunCliCommand } from '#domain/task/cli-command';
import { riskCallouts, type RiskCallout } from '#domain/task/risk-callouts';
import { scheduleRuns } from '#domain/task/schedule-runs';
import type { TaskDiff } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { Button } from '../components/ui/button.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { formatRun } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useScheduleSettings } from '../scheduling-zone.ts';
import { usePersonLabel } from '../workspace/person-name.tsx';
import { DiffView } from '../components/diff-view.tsx';
import { useReviewMessages, type ReviewMessages } from './review-messages.ts';

const REGION_KEY = 'task-editor.cli-region';
const RUN_COUNT = 10;

function scheduleChanged(base: TaskForm, edited: TaskForm): boolean {
  const pick = (f: TaskForm) => [f.Trigger?.Type, f.Trigger?.Cron, f.Trigger?.StartTime, f.Trigger?.EndTime];
  return JSON.stringify(pick(base)) !== JSON.stringify(pick(edited));
}

function calloutText(
  c: RiskCallout,
  m: ReviewMessages,
  formatTime: (d: Date) => string,
  zone: string,
  /** The owners before and after, as people are shown ("Name (ID)"). */
  owners: { before?: string; after?: string },
): string {
  switch (c.kind) {
    case 'dependency-removed':
      return m.risk.dependencyRemoved(c.upstreams.join(', '));
    case 'reruns-disabled':
      return m.risk.rerunsDisabled(c.before);
    case 'instance-mode-immediately':
      return m.risk.immediately(c.lateWindow, formatTime(c.firstSlotAfter), zone);
    case 'weekday-shift':
      return m.risk.weekdayShift(c.before.join(','), c.after.join(','));
    case 'more-frequent':
      return m.risk.moreFrequent(c.beforePerWeek, c.afterPerWeek);
    case 'owner-changed':
      return m.risk.ownerChanged(owners.before ?? c.before, owners.after ?? c.after);
  }
}

function RunList({
  title,
  runs,
  format,
  empty,
}: {
  title: string;
  runs: Date[] | undefined;
  format: (d: Date) => string;
  empty: string;
}) {
  return (
    <div>
      <h4 className="text-xs font-semibold">{title}</h4>
      {runs && runs.length > 0 ? (
        <ol className="font-mono text-xs">
          {runs.map((r) => (
            <li key={r.getTime()}>{format(r)}</li>
          ))}
        </ol>
      ) : (
        <p className="text-xs">{empty}</p>
      )}
    </div>
  );
}

/** What will change and the exact request that will be sent, before anything is sent (the review dialog's body). */
export function ReviewPanel({
  base,
  edited,
  diff,
  request,
}: {
  base: TaskForm;
  edited: TaskForm;
  diff: TaskDiff;
  request: UpdateTaskRequest | undefined;
}) {
  const { t, locale } = useI18n();
  const m = useReviewMessages();
  const [now] = useState(() => new Date());
  // The zone picked in the preview (else the deployment's): the runs and the callouts follow it.
  const settings = useScheduleSettings();
  const zone = settings.timeZone;
  const callouts = useMemo(() => riskCallouts(base, edited, now, settings), [base, edited, now, settings]);
  const owners = { before: usePersonLabel(base.Owner), after: usePersonLabel(edited.Owner) };
  const showRuns = scheduleChanged(base, edited);
  const runs = useMemo(() => {
    if (!showRuns) return undefined;
    const runsOf = (form: TaskForm) =>
      scheduleRuns(form.Trigger ?? {}, { after: now, count: RUN_COUNT, settings }) ?? undefined;
    return { before: runsOf(base), after: runsOf(edited) };
  }, [showRuns, base, edited, now, settings]);
  const [region, setRegion] = useState(() => localStorage.getItem(REGION_KEY) ?? 'cn-shanghai');
  const [copied, setCopied] = useState(false);
  const formatTime = (d: Date) => formatRun(d, locale, zone);
  const cli = request ? toAliyunCliCommand(request, { region: region || 'cn-shanghai' }) : '';

  return (
    <div className="flex flex-col gap-4">
      {!request ? (
        <p role="status">{t.noChanges}</p>
      ) : (
        <>
          <p className="text-sm">{m.plan(diff.added, diff.changed, diff.removed)}</p>
          {callouts.length > 0 && (
            <div
              role="note"
              aria-label={m.risks}
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
            >
              <p className="flex items-center gap-1 font-medium">
                <TriangleAlert aria-hidden="true" className="size-4" />
                {m.risks}
              </p>
              <ul className="list-disc pl-5" data-testid="risk-callouts">
                {callouts.map((c) => (
                  <li key={c.kind} data-kind={c.kind}>
                    {calloutText(c, m, formatTime, zone, owners)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <DiffView diff={diff} />
          {runs && (
            <section aria-label={m.nextRunsTitle(RUN_COUNT, zone)} className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold">{m.nextRunsTitle(RUN_COUNT, zone)}</h3>
              <div className="grid grid-cols-2 gap-4">
                <RunList title={m.runsBefore} runs={runs.before} format={formatTime} empty={m.noRuns} />
                <RunList title={m.runsAfter} runs={runs.after} format={formatTime} empty={m.noRuns} />
              </div>
            </section>
          )}
          <details>
            <summary className="cursor-pointer text-sm font-medium">{t.exactRequest}</summary>
            <pre
              className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900"
              data-testid="exact-request"
            >
              {JSON.stringify(request, null, 2)}
            </pre>
          </details>
          <details>
            <summary className="cursor-pointer text-sm font-medium">{m.cliTitle}</summary>
            <div className="mt-2 flex flex-col gap-2">
              <label className="flex items-center gap-2 text-sm">
                {m.cliRegion}
                <input
                  className={`${inputClass} w-40 font-mono`}
                  value={region}
                  onChange={(e) => {
                    setRegion(e.target.value);
                    localStorage.setItem(REGION_KEY, e.target.value);
                  }}
                />
              </label>
              <pre
                className="overflow-x-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-900"
                data-testid="cli-command"
              >
                {cli}
              </pre>
              <div>
                <Button
                  onClick={() =>
                    void navigator.clipboard?.writeText(cli).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    )
                  }
                >
                  {copied ? m.copied : m.copy}
                </Button>
              </div>
            </div>
          </details>
        </>
      )}
    </div>
  );
}
