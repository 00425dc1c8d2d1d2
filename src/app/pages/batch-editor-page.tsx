import { Suspense, useMemo } from 'react';
import { Link } from 'wouter';
import { BatchEditForm } from '../batch/batch-edit-form.tsx';
import { useBatchUiMessages } from '../batch/batch-ui-messages.ts';
import { ReadProgress } from '../batch/read-progress.tsx';
import { useTaskSelection } from '../batch/task-selection.ts';
import { useReadTasks } from '../batch/use-read-tasks.ts';
import { lazyComponent } from '../components/lazy-component.ts';
import { Button } from '../components/ui/button.tsx';
import { useProjectId } from '../workspace/current-workspace.tsx';

const CronBuilder = lazyComponent(() =>
  import('../cron-builder/cron-builder.tsx').then((m) => m.CronBuilder),
);
const CronExpressionField = lazyComponent(() =>
  import('../cron-builder/cron-expression-field.tsx').then((m) => m.CronExpressionField),
);

const cronControls = (
  <Suspense fallback={<p className="text-sm">…</p>}>
    <CronExpressionField />
    <CronBuilder />
  </Suspense>
);

const linkClass = 'text-sm text-orange-800 underline dark:text-orange-300';

/** `/batch`: the selected tasks read in full, then the batch's operations. */
export function BatchEditorPage() {
  const projectId = useProjectId();
  const u = useBatchUiMessages();
  const selection = useTaskSelection(projectId);
  const ids = useMemo(() => [...selection.keys()], [selection]);
  const read = useReadTasks('edit', ids);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/" className={linkClass}>
        {u.backToList}
      </Link>
      <h1 className="text-xl font-semibold">{u.editorTitle}</h1>
      {ids.length === 0 ? (
        <p role="status">{u.noSelection}</p>
      ) : (
        <>
          <p>{u.selectedTasks(ids.length)}</p>
          {read.error ? (
            <div role="alert" className="flex flex-col items-start gap-2">
              <p>{u.readFailed(read.error.message)}</p>
              <Button onClick={() => void read.refetch()}>{u.retry}</Button>
            </div>
          ) : read.data ? (
            <BatchEditForm projectId={projectId} tasks={read.data} cronControls={cronControls} />
          ) : (
            <ReadProgress label={u.readingTasks(read.done, ids.length)} done={read.done} total={ids.length} />
          )}
        </>
      )}
    </div>
  );
}
