import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { BatchRecord } from '#domain/batch/batch-contract';
import { planRevert } from '#domain/batch/plan-revert';
import type { BatchPlan } from '#domain/batch/plan-batch';
import { Button } from '../components/ui/button.tsx';
import { Loading } from '../components/query-state.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useScheduleSettings } from '../scheduling-zone.ts';
import { useProjectId } from '../workspace/current-workspace.tsx';
import {
  batchQueries,
  cancelBatch,
  isActive,
  runBatch,
  startBatch,
  toCreateBatchRequest,
} from './batch-api.ts';
import { BatchProgress } from './batch-progress.tsx';
import { BatchReviewDialog } from './batch-review-dialog.tsx';
import { useBatchUiMessages } from './batch-ui-messages.ts';
import { ReadProgress } from './read-progress.tsx';
import { useReadTasks } from './use-read-tasks.ts';

const linkClass = 'text-sm text-orange-800 underline dark:text-orange-300';

/** The reverse plan of a batch: its saved tasks read now, reviewed like any batch, posted with RevertOf. */
function Revert({ batch, onClose }: { batch: BatchRecord; onClose: () => void }) {
  const u = useBatchUiMessages();
  const settings = useScheduleSettings();
  const [, navigate] = useLocation();
  const ids = useMemo(() => batch.Tasks.filter((t) => t.State === 'saved').map((t) => t.Id), [batch]);
  const read = useReadTasks(`revert-${batch.Id}`, ids);
  const plan = useMemo<BatchPlan | undefined>(
    () =>
      read.data &&
      planRevert({
        batch,
        current: read.data,
        comment: u.revertComment(batch.Id, batch.Comment),
        chunkSize: batch.ChunkSize,
        now: new Date(),
        settings,
      }),
    [read.data, batch, settings, u],
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  if (read.error) return <p role="alert">{u.readFailed(read.error.message)}</p>;
  if (!plan)
    return (
      <ReadProgress label={u.readingForRevert(read.done, ids.length)} done={read.done} total={ids.length} />
    );
  return (
    <BatchReviewDialog
      plan={plan}
      title={u.revertReviewTitle(batch.Id)}
      saving={saving}
      error={error}
      onClose={onClose}
      onSave={() => {
        setSaving(true);
        startBatch(toCreateBatchRequest(batch.ProjectId, plan, batch.Id)).then(
          (id) => navigate(`/batches/${id}`),
          (e: Error) => (setError(u.saveFailed(e.message)), setSaving(false)),
        );
      }}
    />
  );
}

/** `/batches/:batchId`: a batch from the journal, polled while it runs; cancel, resume and revert. */
export function BatchPage({ id }: { id: string }) {
  const { locale } = useI18n();
  const u = useBatchUiMessages();
  useProjectId();
  const client = useQueryClient();
  const query = useQuery(batchQueries.detail(id));
  const [acting, setActing] = useState(false);
  const [actionError, setActionError] = useState<string>();
  const [reverting, setReverting] = useState(false);

  const act = (call: () => Promise<unknown>) => {
    setActing(true);
    setActionError(undefined);
    call()
      .catch((e: Error) => setActionError(e.message))
      .finally(() => {
        setActing(false);
        void client.invalidateQueries({ queryKey: batchQueries.detail(id).queryKey });
      });
  };

  const batch = query.data;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-4">
        <Link href="/" className={linkClass}>
          {u.backToList}
        </Link>
        <Link href="/batches" className={linkClass}>
          {u.batches}
        </Link>
      </div>
      <h1 className="text-xl font-semibold">{u.batchTitle(id)}</h1>
      {query.error && !batch && (
        <div role="alert" className="flex flex-col items-start gap-2">
          <p>{u.loadBatchFailed(query.error.message)}</p>
          <Button onClick={() => void query.refetch()}>{u.retry}</Button>
        </div>
      )}
      {!batch && !query.error && <Loading />}
      {batch && (
        <>
          {batch.Comment && <p className="whitespace-pre-wrap">{batch.Comment}</p>}
          {batch.RevertOf && (
            <p>
              <Link href={`/batches/${batch.RevertOf}`} className="underline">
                {u.revertOf(batch.RevertOf)}
              </Link>
            </p>
          )}
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {u.createdBy(batch.User, formatInstant(batch.CreatedAt, locale))}
          </p>
          <div className="flex flex-wrap gap-2">
            {isActive(batch) && (
              <Button disabled={acting} onClick={() => act(() => cancelBatch(id))}>
                {u.cancel}
              </Button>
            )}
            {(batch.State === 'interrupted' ||
              batch.State === 'cancelled' ||
              (batch.State === 'done' && (batch.Counts.failed ?? 0) > 0)) && (
              <Button variant="primary" disabled={acting} onClick={() => act(() => runBatch(id))}>
                {u.resume}
              </Button>
            )}
            {!isActive(batch) && (batch.Counts.saved ?? 0) > 0 && (
              <Button disabled={acting || reverting} onClick={() => setReverting(true)}>
                {u.revert}
              </Button>
            )}
          </div>
          {actionError && (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {actionError}
            </p>
          )}
          {reverting && <Revert batch={batch} onClose={() => setReverting(false)} />}
          <BatchProgress batch={batch} />
        </>
      )}
    </div>
  );
}
