import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link } from 'wouter';
import type { DependencyValue } from '#domain/task/dependency-guards';
import type { Schedule } from '#domain/task/schedule-mismatch';
import type { TaskSummary } from '#domain/task/task';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { taskQueries } from '../api/task-queries.ts';
import { ScheduleText } from '../components/schedule-text.tsx';
import { useSchedulingZone } from '../scheduling-zone.ts';
import { PersonName } from '../workspace/person-name.tsx';
import { useDependencyMessages } from './dependency-messages.ts';
import { lazyComponent } from '../components/lazy-component.ts';

// The check needs the cron engine: it loads after the table, not before it.
const ScheduleMismatchNote = lazyComponent(() =>
  import('./schedule-mismatch-note.tsx').then((m) => m.ScheduleMismatchNote),
);

/**
 * The task a dependency row points to: name (linked), owner and schedule; a flag when the task or the
 * output does not exist; a warning when the two schedules cannot line up.
 */
export function UpstreamCell({
  dep,
  summaries,
  summariesPending,
  projectId,
  taskId,
  schedule,
}: {
  dep: DependencyValue;
  /** Summaries of the rows' upstream task IDs, fetched together. */
  summaries: ReadonlyMap<string, TaskSummary>;
  summariesPending: boolean;
  projectId: string;
  taskId: string;
  schedule: Schedule;
}) {
  const m = useDependencyMessages();
  const [zone] = useSchedulingZone();
  const output = dep.UpstreamTaskId ? undefined : dep.UpstreamOutput;
  const owner = useQuery({
    ...dependencyQueries.outputOwner(projectId, output ?? '', taskId),
    enabled: Boolean(projectId && output),
  });
  const ownerDetail = useQuery({
    ...taskQueries.detail(owner.data ?? ''),
    enabled: Boolean(owner.data),
    staleTime: 60_000,
  });
  // GetTask is the fallback for an ID the batched summaries did not return, so only a real 404 flags it.
  const inSummaries = dep.UpstreamTaskId ? summaries.get(dep.UpstreamTaskId) : undefined;
  const byId = useQuery({
    ...taskQueries.detail(dep.UpstreamTaskId ?? ''),
    enabled: Boolean(
      dep.UpstreamTaskId && /^\d+$/.test(dep.UpstreamTaskId) && !summariesPending && !inSummaries,
    ),
    staleTime: 60_000,
    retry: false,
  });
  const upstream: TaskSummary | undefined = dep.UpstreamTaskId
    ? (inSummaries ?? byId.data)
    : ownerDetail.data;

  if (!dep.UpstreamTaskId && !output) return <span className="text-slate-500">—</span>;
  const pending = dep.UpstreamTaskId
    ? summariesPending || byId.isFetching
    : owner.isPending || (Boolean(owner.data) && ownerDetail.isPending);
  if (!upstream) {
    // The three lines (name, owner, schedule) a resolved task takes: its card does not grow when it resolves.
    if (pending) return <span className="min-h-14 text-xs text-slate-500">{m.resolving}</span>;
    return (
      <p className="text-xs font-medium text-red-700 dark:text-red-400" data-testid="missing-upstream">
        ⚠ {dep.UpstreamTaskId ? m.missingTask(dep.UpstreamTaskId) : m.missingOutput(output ?? '')}
      </p>
    );
  }
  return (
    <div className="flex min-w-48 flex-col gap-0.5 text-xs">
      <Link
        href={`/tasks/${upstream.Id}`}
        className="text-sm font-medium text-orange-800 underline dark:text-orange-300"
      >
        {upstream.Name}
      </Link>
      <span className="text-slate-600 dark:text-slate-400">
        {m.owner} {upstream.Owner ? <PersonName userId={upstream.Owner} /> : '—'}
      </span>
      <span className="text-slate-600 dark:text-slate-400">
        <ScheduleText cron={upstream.Trigger?.Cron} triggerType={upstream.Trigger?.Type} />
      </span>
      {dep.Type === 'Normal' && (
        <Suspense fallback={null}>
          <ScheduleMismatchNote
            schedule={schedule}
            upstream={{ cron: upstream.Trigger?.Cron, triggerType: upstream.Trigger?.Type }}
            // The zone ListUpstreamTasks reports, else the one the person picked (the deployment's by default).
            timeZone={upstream.Trigger?.Timezone ?? zone}
          />
        </Suspense>
      )}
    </div>
  );
}
