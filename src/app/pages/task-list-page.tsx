import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'wouter';
import { taskQueries, type TaskSearch } from '../api/task-queries.ts';
import { BatchesLink, EditSelectedLink } from '../batch/batch-links.tsx';
import { SelectionBar } from '../batch/selection-bar.tsx';
import { selectTasks, useTaskSelection } from '../batch/task-selection.ts';
import { LoadError, Loading } from '../components/query-state.tsx';
import { ScheduleText } from '../components/schedule-text.tsx';
import { Button } from '../components/ui/button.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { PersonName } from '../workspace/person-name.tsx';
import { readListParams, rememberListSearch, toSearchString, type ListParams } from './list-params.ts';
import { TaskListFilters } from './task-list-filters.tsx';

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
      className="size-4 shrink-0 accent-orange-700"
    />
  );
}

export function TaskListPage() {
  const { t, locale } = useI18n();
  const projectId = useProjectId();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const search: TaskSearch = {
    q: params.q,
    owner: params.owner,
    type: params.type,
    schedule: params.schedule,
    recurrence: params.recurrence,
    tag: params.tag,
    sort: params.sort,
  };
  const list = useQuery(taskQueries.list(projectId, search, params.page, PAGE_SIZE));
  const selection = useTaskSelection(projectId);
  const tasks = list.data?.Tasks ?? [];
  const pageSelected = tasks.filter((task) => selection.has(task.Id)).length;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.TotalCount / PAGE_SIZE)) : 1;
  const searchString = toSearchString(params);
  useEffect(() => void rememberListSearch(projectId, searchString), [projectId, searchString]);

  // Typing replaces the address (Back leaves the list, not each keystroke); a page is an entry of its own.
  const change = (next: Partial<ListParams>) =>
    setSearchParams(toSearchString({ ...params, page: 1, ...next }), { replace: !('page' in next) });

  return (
    <section aria-labelledby="tasks-heading" className="flex flex-col gap-4">
      <title>{`${t.tasks} · ${t.appTitle}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="tasks-heading" className="text-2xl font-semibold">
          {t.tasks}
        </h1>
        <BatchesLink />
      </div>
      <TaskListFilters
        params={params}
        onChange={change}
        types={list.data?.Types ?? []}
        tagKeys={list.data?.TagKeys ?? []}
      />
      {list.data?.TagsRead !== undefined && list.data.TagsRead < (list.data.TagsTotal ?? 0) && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {t.tagsReading(list.data.TagsRead, list.data.TagsTotal ?? 0)}
        </p>
      )}
      {list.data?.IndexLoading && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {t.indexLoading}
        </p>
      )}
      <SelectionBar
        projectId={projectId}
        filter={search}
        matching={list.data?.TotalCount ?? 0}
        editLink={(count) => <EditSelectedLink count={count} />}
      />
      {list.error && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && !list.error && <Loading />}
      {list.data && tasks.length === 0 && (
        <p role="status" className="py-8 text-center text-slate-600 dark:text-slate-400">
          {t.noTasks}
        </p>
      )}
      {tasks.length > 0 && (
        <>
          {/* A table from 768 px; below it, one card per task with the same facts (no column is dropped). */}
          <table className="hidden w-full text-left text-sm md:table" aria-busy={list.isFetching}>
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th scope="col" className="w-8 py-2 pr-2">
                  <Checkbox
                    label={t.selectPage}
                    checked={pageSelected > 0 && pageSelected === tasks.length}
                    indeterminate={pageSelected > 0 && pageSelected < tasks.length}
                    onChange={(checked) => selectTasks(projectId, tasks.map(toSelected), checked)}
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
              {tasks.map((task) => (
                <tr key={task.Id} className="border-b border-slate-100 dark:border-slate-800">
                  <td className="py-2 pr-2">
                    <Checkbox
                      label={t.selectTask(task.Name)}
                      checked={selection.has(task.Id)}
                      onChange={(checked) => selectTasks(projectId, [toSelected(task)], checked)}
                    />
                  </td>
                  <td className="py-2 pr-4 break-all">
                    <TaskLink id={task.Id} name={task.Name} />
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
          <ul className="flex flex-col gap-2 md:hidden" aria-label={t.tasks} aria-busy={list.isFetching}>
            <li className="flex items-center gap-2 text-sm">
              <Checkbox
                label={t.selectPage}
                checked={pageSelected > 0 && pageSelected === tasks.length}
                indeterminate={pageSelected > 0 && pageSelected < tasks.length}
                onChange={(checked) => selectTasks(projectId, tasks.map(toSelected), checked)}
              />
              {t.selectPage}
            </li>
            {tasks.map((task) => (
              <li
                key={task.Id}
                className="flex gap-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
              >
                <Checkbox
                  label={t.selectTask(task.Name)}
                  checked={selection.has(task.Id)}
                  onChange={(checked) => selectTasks(projectId, [toSelected(task)], checked)}
                />
                <dl className="grid min-w-0 flex-1 grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="sr-only">{t.colName}</dt>
                  <dd className="col-span-2 break-all">
                    <TaskLink id={task.Id} name={task.Name} />
                    <span className="block text-xs text-slate-600 dark:text-slate-400">ID {task.Id}</span>
                  </dd>
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{t.colOwner}</dt>
                  <dd className="text-xs">{task.Owner && <PersonName userId={task.Owner} />}</dd>
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{t.colType}</dt>
                  <dd className="text-xs">{task.Type}</dd>
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{t.colSchedule}</dt>
                  <dd className="min-w-0 text-xs break-words">
                    <ScheduleText cron={task.Trigger?.Cron} triggerType={task.Trigger?.Type} />
                  </dd>
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{t.colModified}</dt>
                  <dd className="text-xs">{formatInstant(task.ModifyTime, locale)}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <nav aria-label="pagination" className="flex flex-wrap items-center gap-3">
            <Button disabled={params.page <= 1} onClick={() => change({ page: params.page - 1 })}>
              {t.previous}
            </Button>
            <span className="text-sm">{t.pageOf(params.page, pages, list.data?.TotalCount ?? 0)}</span>
            <Button disabled={params.page >= pages} onClick={() => change({ page: params.page + 1 })}>
              {t.next}
            </Button>
          </nav>
        </>
      )}
    </section>
  );
}

function TaskLink({ id, name }: { id: string; name: string }) {
  return (
    <Link
      href={`/tasks/${id}`}
      className="font-medium text-orange-800 underline-offset-2 hover:underline dark:text-orange-300"
    >
      {name}
    </Link>
  );
}
