import { TriangleAlert } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { WEEKDAY_NAMES } from '#domain/cron/to-weekday-names';
import { toAliyunCliCommand } from '#domain/task/cli-command';
import { riskCallouts, type RiskCallout } from '#domain/task/risk-callouts';
import { scheduleRuns } from '#domain/task/schedule-runs';
import type { TaskDiff } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { Button } from '../components/ui/button.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { healthQueries } from '../api/health-queries.ts';
import { formatDateTime, formatRun } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useScheduleSettings } from '../scheduling-zone.ts';
import { usePersonLabel } from '../workspace/person-name.tsx';
import { DiffView } from '../components/diff-view.tsx';
import { useReviewMessages, type ReviewMessages } from './review-messages.ts';

const RUN_COUNT = 10;

function scheduleChanged(base: TaskForm, edited: TaskForm): boolean {
  const pick = (f: TaskForm) => [f.Trigger?.Type, f.Trigger?.Cron, f.Trigger?.StartTime, f.Trigger?.EndTime];
  return JSON.stringify(pick(base)) !== JSON.stringify(pick(edited));
}

interface CalloutContext {
  m: ReviewMessages;
  formatTime: (d: Date) => string;
  /** A weekday code (MON) in the reader's words. */
  weekday: (code: string) => string;
  /** The owners before and after, as people are shown ("Name (ID)"). */
  owners: { before?: string; after?: string };
  /** The edited task's downstream tasks, for the dropped-weekdays callout. */
  downstream: { total: number; partial: boolean } | 'loading' | 'unknown';
}

function calloutText(c: RiskCallout, { m, formatTime, weekday, owners, downstream }: CalloutContext): string {
  // Monday first, as the builder and Chinese calendars show the week.
  const mondayFirst = (code: string) =>
    (WEEKDAY_NAMES.indexOf(code as (typeof WEEKDAY_NAMES)[number]) + 6) % 7;
  const days = (codes: readonly string[]) =>
    [...codes]
      .sort((a, b) => mondayFirst(a) - mondayFirst(b))
      .map(weekday)
      .join(m.risk.listSeparator);
  switch (c.kind) {
    case 'dependency-removed':
      return m.risk.dependencyRemoved(c.upstreams.join(', '));
    case 'reruns-disabled':
      return m.risk.rerunsDisabled(c.before);
    case 'instance-mode-immediately':
      return m.risk.immediately(c.lateWindow, formatTime(c.firstSlotAfter));
    case 'weekday-shift':
      return m.risk.weekdayShift(days(c.before), days(c.after));
    case 'weekdays-dropped':
      return m.risk.weekdaysDropped(
        days(c.dropped),
        c.dropped.length,
        days(c.kept),
        downstream === 'loading'
          ? m.risk.downstreamLoading
          : downstream === 'unknown'
            ? m.risk.downstreamUnknown
            : m.risk.downstreamCount(downstream.total, downstream.partial),
      );
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
  const { t, locale, catalogue } = useI18n();
  const m = useReviewMessages();
  const [now] = useState(() => new Date());
  // The zone picked in the preview (else the deployment's): the runs and the callouts follow it.
  const settings = useScheduleSettings();
  const zone = settings.timeZone;
  const callouts = useMemo(() => riskCallouts(base, edited, now, settings), [base, edited, now, settings]);
  const owners = { before: usePersonLabel(base.Owner), after: usePersonLabel(edited.Owner) };
  const dropsWeekdays = callouts.some((c) => c.kind === 'weekdays-dropped');
  // How many tasks read this one's output: they run on stale data on the dropped days.
  const downstreamQuery = useQuery({
    ...dependencyQueries.downstream(String(edited.Id)),
    enabled: dropsWeekdays,
  });
  const downstream = downstreamQuery.data
    ? {
        total: downstreamQuery.data.total,
        partial: downstreamQuery.data.items.length < downstreamQuery.data.total,
      }
    : downstreamQuery.isError
      ? ('unknown' as const)
      : ('loading' as const);
  const weekday = (code: string) => {
    const index = WEEKDAY_NAMES.indexOf(code as (typeof WEEKDAY_NAMES)[number]);
    return catalogue.cron.weekdayNames[index] ?? code;
  };
  const health = useQuery(healthQueries.health()).data;
  const deploymentRegion = health?.region ?? null;
  const showRuns = scheduleChanged(base, edited);
  const runs = useMemo(() => {
    if (!showRuns) return undefined;
    const runsOf = (form: TaskForm) =>
      scheduleRuns(form.Trigger ?? {}, { after: now, count: RUN_COUNT, settings }) ?? undefined;
    return { before: runsOf(base), after: runsOf(edited) };
  }, [showRuns, base, edited, now, settings]);
  // The deployment's region until the person types another (kept for this review only).
  const [typedRegion, setRegion] = useState<string | undefined>(undefined);
  const region = typedRegion ?? deploymentRegion ?? '';
  const [copied, setCopied] = useState(false);
  const cliRegionHelpId = useId();
  const formatTime = (d: Date) => formatRun(d, locale, zone);
  // A single instant (the Immediately note) carries its offset and the zone's name.
  const formatInstantInZone = (d: Date) => formatDateTime(d, locale, { timeZone: zone, zone: 'name' });
  const cli = request ? toAliyunCliCommand(request, { region: region || '<region>' }) : '';

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
                    {calloutText(c, {
                      m,
                      formatTime: formatInstantInZone,
                      weekday,
                      owners,
                      downstream,
                    })}
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
              <p className="text-sm text-amber-900 dark:text-amber-200" data-testid="cli-no-conflict-check">
                {m.cliNoConflictCheck}
              </p>
              <label className="flex flex-wrap items-center gap-2 text-sm">
                {m.cliRegion}
                <input
                  className={`${inputClass} w-40 font-mono`}
                  value={region}
                  aria-describedby={cliRegionHelpId}
                  onChange={(e) => setRegion(e.target.value)}
                />
                <span id={cliRegionHelpId} className="text-xs text-slate-600 dark:text-slate-400">
                  {m.cliRegionHelp(deploymentRegion)}
                </span>
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
