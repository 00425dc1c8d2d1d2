import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { taskQueries } from '../api/task-queries.ts';
import { LoadError, Loading } from '../components/query-state.tsx';
import { ScheduleText } from '../components/schedule-text.tsx';
import { Button } from '../components/ui/button.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useDebouncedValue } from '../use-debounced-value.ts';
import {
  MemberFilter,
  NO_OWNER_FILTER,
  ownerFilterValue,
  type OwnerFilter,
} from '../workspace/member-filter.tsx';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { PersonName } from '../workspace/person-name.tsx';
import { SelectionBar } from '../batch/selection-bar.tsx';
import { selectTasks, useTaskSelection } from '../batch/task-selection.ts';

const PAGE_SIZE = 20;

const toSelected = (task: { Id: string; Name?: string }) => ({ Id: task.Id, Name: task.Name ?? task.Id });

function Checkbox({
  label,
  checked,
  indeterminate = false,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={checked}
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
      onChange={(e) => onChange(e.target.checked)}
      className="size-4 accent-orange-700"
    />
  );
}

export function TaskListPage() {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [owner, setOwner] = useState<OwnerFilter>(NO_OWNER_FILTER);
  const [page, setPage] = useState(1);
  const filter = {
    name: useDebouncedValue(name.trim(), 250),
    owner: useDebouncedValue(ownerFilterValue(owner), 250),
    page,
    pageSize: PAGE_SIZE,
  };
  const projectId = useProjectId();
  const list = useQuery(taskQueries.list(projectId, filter));
  const selection = useTaskSelection(projectId);
  const onPage = list.data?.Tasks ?? [];
  const pageSelected = onPage.filter((task) => selection.has(task.Id)).length;

  const pages = list.data ? Math.max(1, Math.ceil(list.data.TotalCount / PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby="tasks-heading" className="flex flex-col gap-4">
      <title>{`${t.tasks} · ${t.appTitle}`}</title>
      <h1 id="tasks-heading" className="text-2xl font-semibold">
        {t.tasks}
      </h1>
      <div className="flex flex-wrap gap-3" role="search">
        <label className="flex flex-col gap-1 text-sm">
          {t.searchTasks}
          <input
            type="search"
            className={inputClass}
            placeholder={t.searchPlaceholder}
            value={name}
            onChange={(e) => (setName(e.target.value), setPage(1))}
          />
        </label>
        <MemberFilter value={owner} onChange={(next) => (setOwner(next), setPage(1))} />
      </div>
      <SelectionBar
        projectId={projectId}
        filter={{ name: filter.name, owner: filter.owner }}
        matching={list.data?.TotalCount ?? 0}
      />
      {list.error && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && !list.error && <Loading />}
      {list.data && list.data.Tasks.length === 0 && (
        <p role="status" className="py-8 text-center text-slate-600 dark:text-slate-400">
          {t.noTasks}
        </p>
      )}
      {list.data && list.data.Tasks.length > 0 && (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" aria-busy={list.isFetching}>
              <thead className="border-b border-slate-300 dark:border-slate-700">
                <tr>
                  <th scope="col" className="w-8 py-2 pr-2">
                    <Checkbox
                      label={t.selectPage}
                      checked={pageSelected > 0 && pageSelected === onPage.length}
                      indeterminate={pageSelected > 0 && pageSelected < onPage.length}
                      onChange={(checked) => selectTasks(projectId, onPage.map(toSelected), checked)}
                    />
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.colName}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.colOwner}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.colType}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.colSchedule}
                  </th>
                  <th scope="col" className="py-2">
                    {t.colModified}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.Tasks.map((task) => (
                  <tr key={task.Id} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-2 pr-2">
                      <Checkbox
                        label={t.selectTask(task.Name ?? task.Id)}
                        checked={selection.has(task.Id)}
                        onChange={(checked) => selectTasks(projectId, [toSelected(task)], checked)}
                      />
                    </td>
                    <td className="py-2 pr-4">
                      <Link
                        href={`/tasks/${task.Id}`}
                        className="font-medium text-orange-800 underline-offset-2 hover:underline dark:text-orange-300"
                      >
                        {task.Name}
                      </Link>
                      <div className="text-xs text-slate-600 dark:text-slate-400">ID {task.Id}</div>
                    </td>
                    <td className="py-2 pr-4 text-xs">{task.Owner && <PersonName userId={task.Owner} />}</td>
                    <td className="py-2 pr-4 text-xs">{task.Type}</td>
                    <td className="py-2 pr-4">
                      <ScheduleText cron={task.Trigger?.Cron} triggerType={task.Trigger?.Type} />
                    </td>
                    <td className="py-2 text-xs">{formatInstant(task.ModifyTime, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label="pagination" className="flex items-center gap-3">
            <Button disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t.previous}
            </Button>
            <span className="text-sm">{t.pageOf(page, pages, list.data.TotalCount)}</span>
            <Button disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
              {t.next}
            </Button>
          </nav>
        </>
      )}
    </section>
  );
}
