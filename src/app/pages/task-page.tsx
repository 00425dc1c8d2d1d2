import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useRef } from 'react';
import { Link, Redirect } from 'wouter';
import { ApiError } from '../api/api-client.ts';
import { taskQueries } from '../api/task-queries.ts';
import { LoadError, Loading } from '../components/query-state.tsx';
import { ScheduleText } from '../components/schedule-text.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TaskEditor, type ApplyEdits } from '../task-form/task-editor.tsx';
import { TaskTransfer } from '../task-form/task-transfer.tsx';
import { HistoryPanel } from '../history/history-panel.tsx';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { usePersonLabel } from '../workspace/person-name.tsx';
import { workspaceBase } from '../workspace/workspace-paths.ts';
import { lastListSearch } from './list-params.ts';

export function TaskPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const task = useQuery(taskQueries.detail(id));
  const modifiedBy = usePersonLabel(task.data?.ModifyUser);
  // The header paints first; the form (hundreds of controls) mounts in an interruptible background render.
  const editorTask = useDeferredValue(task.data);
  const projectId = useProjectId();
  // Import and "Restore this version" put values into the editor's form, a sibling of theirs.
  const applyEdits = useRef<ApplyEdits>(null);
  const edit: ApplyEdits = (values) => applyEdits.current?.(values);
  const taskProject = task.data?.ProjectId;
  // A task opened under another served workspace's address moves to its own: pickers and names are per workspace.
  if (taskProject && taskProject !== projectId)
    return <Redirect to={`~${workspaceBase(taskProject)}/tasks/${id}${window.location.hash}`} replace />;

  return (
    <div className="flex flex-col gap-4">
      {/* React puts it in <head> in front of index.html's, which is the title again once the page unmounts. */}
      <title>{task.data ? `${task.data.Name} · ${t.appTitle}` : t.appTitle}</title>
      <Link
        href={`~${workspaceBase(projectId)}${lastListSearch(projectId) && `?${lastListSearch(projectId)}`}`}
        className="text-sm text-orange-800 hover:underline dark:text-orange-300"
      >
        ← {t.backToTasks}
      </Link>
      {task.isPending && <Loading />}
      {task.error &&
        (task.error instanceof ApiError && task.error.status === 404 ? (
          <p role="alert">{t.taskNotFound(id)}</p>
        ) : (
          <LoadError error={task.error} onRetry={() => void task.refetch()} />
        ))}
      {task.data && (
        <>
          <header>
            <h1 className="text-2xl font-semibold">{task.data.Name}</h1>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              ID {task.data.Id} · {task.data.Type} ·{' '}
              <ScheduleText cron={task.data.Trigger?.Cron} triggerType={task.data.Trigger?.Type} />
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="last-modified">
              {t.lastModified(modifiedBy ?? '—', formatInstant(task.data.ModifyTime, locale))}
            </p>
          </header>
          {editorTask ? (
            <>
              {/* Keyed by the task only: a newer version is taken in by the editor, never over unsaved edits. */}
              <TaskTransfer task={task.data} onImport={edit} />
              <TaskEditor key={editorTask.Id} task={editorTask} applyEditsRef={applyEdits} />
              {/* Below the form, and only with it: painted before it, the panel would be pushed down the page. */}
              <HistoryPanel id={task.data.Id} onRestore={edit} />
            </>
          ) : (
            <Loading />
          )}
        </>
      )}
    </div>
  );
}
