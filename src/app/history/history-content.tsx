import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { diffTask } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import { savedVersion } from '#domain/task/task-import';
import { Button } from '../components/ui/button.tsx';
import { historyQueries, type SaveRecordView, type TaskBatchView } from '../api/task-queries.ts';
import { LoadError, Loading } from '../components/query-state.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DiffView } from '../components/diff-view.tsx';
import { PersonName } from '../workspace/person-name.tsx';
import { useHistoryMessages } from './history-messages.ts';

const LOG_DAYS = 7;

type Restore = (values: Partial<TaskForm>) => void;

function SaveEntry({ save, onRestore }: { save: SaveRecordView; onRestore: Restore }) {
  const { locale } = useI18n();
  const m = useHistoryMessages();
  const sent = Object.keys(save.request).filter((k) => k !== 'Id' && k !== 'ClientUniqueCode');
  return (
    <li
      className="border-b border-slate-200 py-2 dark:border-slate-700"
      data-testid="save-entry"
      data-outcome={save.outcome}
    >
      <p className="text-sm">
        <span className="font-medium">{formatInstant(save.time, locale)}</span> ·{' '}
        <PersonName userId={save.user}>{m.by}</PersonName> ·{' '}
        <span className="font-medium">{m.outcome[save.outcome] ?? save.outcome}</span>
        {save.requestId && <span className="font-mono text-xs"> · RequestId {save.requestId}</span>}
      </p>
      {save.message && <p className="text-xs text-slate-600 dark:text-slate-400">{save.message}</p>}
      <DiffView diff={diffTask(save.before, save.request, sent)} />
      <Button className="mt-1" onClick={() => onRestore(savedVersion(save.request))}>
        {m.restoreVersion}
      </Button>
    </li>
  );
}

/** "Batch #12 · comment · by alice · saved": a batch that carried this task, and its state in it. */
function BatchEntry({ batch }: { batch: TaskBatchView }) {
  const { locale } = useI18n();
  const m = useHistoryMessages();
  return (
    <li
      className="border-b border-slate-200 py-2 text-sm dark:border-slate-700"
      data-testid="batch-entry"
      data-state={batch.State}
    >
      <span className="font-medium">{formatInstant(batch.CreatedAt, locale)}</span> · {m.batch(batch.BatchId)}
      {batch.Comment && <> · {batch.Comment}</>} · <PersonName userId={batch.User}>{m.by}</PersonName> ·{' '}
      <span className="font-medium">{m.batchState[batch.State] ?? batch.State}</span>
      {batch.Message && <p className="text-xs text-slate-600 dark:text-slate-400">{batch.Message}</p>}
    </li>
  );
}

export function HistoryContent({ id, onRestore }: { id: string; onRestore: Restore }) {
  const { locale } = useI18n();
  const m = useHistoryMessages();
  const [now] = useState(() => Date.now());
  const saves = useQuery(historyQueries.saves(id));
  const logs = useQuery(historyQueries.operationLogs(id, LOG_DAYS, now));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="history-saves">
        <h3 id="history-saves" className="text-sm font-semibold">
          {m.historySaves}
        </h3>
        {saves.isPending && <Loading />}
        {saves.error && <LoadError error={saves.error} onRetry={() => void saves.refetch()} />}
        {saves.data &&
          (saves.data.Saves.length === 0 ? (
            <p className="text-sm">{m.historyEmpty}</p>
          ) : (
            <>
              <p className="text-xs text-slate-600 dark:text-slate-400">{m.restoreHelp}</p>
              <ol>
                {saves.data.Saves.map((s) => (
                  <SaveEntry key={s.id} save={s} onRestore={onRestore} />
                ))}
              </ol>
            </>
          ))}
        {saves.data && saves.data.Batches.length > 0 && (
          <>
            <h3 id="history-batches" className="mt-3 text-sm font-semibold">
              {m.historyBatches}
            </h3>
            <ol aria-labelledby="history-batches">
              {saves.data.Batches.map((b) => (
                <BatchEntry key={b.BatchId} batch={b} />
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="history-logs">
        <h3 id="history-logs" className="text-sm font-semibold">
          {m.historyLogs}
        </h3>
        {logs.isPending && <Loading />}
        {logs.error && <LoadError error={logs.error} onRetry={() => void logs.refetch()} />}
        {logs.data &&
          (logs.data.length === 0 ? (
            <p className="text-sm">{m.logsEmpty}</p>
          ) : (
            <ol data-testid="operation-logs">
              {logs.data.map((log) => (
                <li key={`${log.CreateTime}-${String(log.OperationSeq)}`} className="py-1 text-sm">
                  <span className="font-medium">{formatInstant(log.CreateTime, locale)}</span>
                  {log.User && (
                    <>
                      {' · '}
                      <PersonName userId={log.User}>{m.by}</PersonName>
                    </>
                  )}{' '}
                  · {log.OperationContent}
                </li>
              ))}
            </ol>
          ))}
      </section>
    </div>
  );
}
