import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { LoadError, Loading } from '../components/query-state.tsx';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { batchQueries } from './batch-api.ts';
import { useBatchUiMessages } from './batch-ui-messages.ts';

const cell = 'border-b border-slate-200 px-2 py-1 text-left align-top dark:border-slate-700';

/** `/batches`: the workspace's batches from the journal, newest first. */
export function BatchesPage() {
  const { locale } = useI18n();
  const u = useBatchUiMessages();
  const projectId = useProjectId();
  const list = useQuery(batchQueries.list(projectId));
  return (
    <div className="flex flex-col gap-4">
      <Link href="/" className="text-sm text-orange-800 underline dark:text-orange-300">
        {u.backToList}
      </Link>
      <h1 className="text-xl font-semibold">{u.batches}</h1>
      {list.error && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && !list.error && <Loading />}
      {list.data?.length === 0 && <p role="status">{u.noBatches}</p>}
      {list.data && list.data.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th className={cell}>{u.colBatch}</th>
                <th className={cell}>{u.colComment}</th>
                <th className={cell}>{u.colState}</th>
                <th className={cell}>{u.colTasks}</th>
                <th className={cell}>{u.colCreated}</th>
              </tr>
            </thead>
            <tbody>
              {[...list.data]
                .sort((a, b) => b.CreatedAt - a.CreatedAt)
                .map((batch) => {
                  const total = Object.values(batch.Counts).reduce((sum, n) => sum + n, 0);
                  return (
                    <tr key={batch.Id}>
                      <td className={cell}>
                        <Link href={`/batches/${batch.Id}`} className="font-mono underline">
                          {batch.Id}
                        </Link>
                      </td>
                      <td className={`${cell} break-words`}>{batch.Comment}</td>
                      <td className={cell}>{u.state[batch.State]}</td>
                      <td className={cell}>{u.tasksDone(batch.Counts.saved ?? 0, total)}</td>
                      <td className={cell}>{formatInstant(batch.CreatedAt, locale)}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
