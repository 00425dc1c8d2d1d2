import { useQuery } from '@tanstack/react-query';
import type { TaskSummary } from '#domain/task/task';
import { taskQueries } from '../api/task-queries.ts';
import { ScheduleText } from '../components/schedule-text.tsx';
import { PersonName } from '../workspace/person-name.tsx';
import { useDependencyMessages } from './dependency-messages.ts';

/** One search result: name, owner, type and schedule; its outputs once it is the active option. */
export function SearchResultOption({
  id,
  task,
  active,
  onPick,
  style,
}: {
  id: string;
  task: TaskSummary;
  active: boolean;
  onPick: () => void;
  style: React.CSSProperties;
}) {
  const m = useDependencyMessages();
  const detail = useQuery({ ...taskQueries.detail(task.Id), enabled: active, staleTime: 60_000 });
  const outputs = detail.data?.Outputs?.TaskOutputs ?? [];
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      style={style}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPick}
      className={`absolute left-0 w-full cursor-pointer border-b border-slate-100 px-3 py-1.5 text-sm dark:border-slate-800 ${active ? 'bg-orange-100 dark:bg-orange-950' : ''}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span className="truncate font-medium">{task.Name}</span>
        <span className="shrink-0 font-mono text-xs text-slate-600 dark:text-slate-400">{task.Id}</span>
      </div>
      <div className="truncate text-xs text-slate-600 dark:text-slate-400">
        {m.owner} {task.Owner ? <PersonName userId={task.Owner} /> : '—'} · {m.type} {task.Type ?? '—'} ·{' '}
        <ScheduleText cron={task.Trigger?.Cron} triggerType={task.Trigger?.Type} />
      </div>
      {active && (
        <div className="truncate font-mono text-xs text-slate-700 dark:text-slate-300">
          {m.outputs}:{' '}
          {detail.isPending
            ? m.loadingOutputs
            : outputs.length === 0
              ? m.noOutputs
              : outputs.map((o) => o.Output).join(', ')}
        </div>
      )}
    </div>
  );
}
