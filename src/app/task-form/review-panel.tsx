import { diffTaskForm, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';

function show(value: unknown, empty: string): string {
  if (value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What will change and the exact request that will be sent, before anything is sent. */
export function ReviewPanel({
  base,
  edited,
  request,
  saving,
  onSave,
  onBack,
}: {
  base: TaskForm;
  edited: TaskForm;
  request: UpdateTaskRequest | undefined;
  saving: boolean;
  onSave: () => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const changes = diffTaskForm(base, edited);
  return (
    <section
      aria-labelledby="review-heading"
      className="flex flex-col gap-4 rounded-lg border-2 border-orange-300 p-4 dark:border-orange-800"
    >
      <h2 id="review-heading" className="text-lg font-semibold" tabIndex={-1}>
        {t.reviewTitle} · {t.changes(changes.length)}
      </h2>
      {!request ? (
        <p role="status">{t.noChanges}</p>
      ) : (
        <>
          <table className="w-full text-left text-sm" aria-label="diff">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-1 pr-3">
                  Parameter
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t.before}
                </th>
                <th scope="col" className="py-1">
                  {t.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr
                  key={c.path}
                  className="border-b border-slate-100 align-top dark:border-slate-800"
                  data-path={c.path}
                >
                  <th scope="row" className="py-1 pr-3 font-mono text-xs font-normal">
                    {c.path}
                  </th>
                  <td className="py-1 pr-3 break-all whitespace-pre-wrap text-red-800 line-through decoration-red-400 dark:text-red-300">
                    {show(c.before, t.empty)}
                  </td>
                  <td className="py-1 break-all whitespace-pre-wrap text-green-800 dark:text-green-300">
                    {show(c.after, t.empty)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary className="cursor-pointer text-sm font-medium">{t.exactRequest}</summary>
            <pre
              className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900"
              data-testid="exact-request"
            >
              {JSON.stringify(request, null, 2)}
            </pre>
          </details>
        </>
      )}
      <div className="flex gap-2">
        <Button variant="primary" onClick={onSave} disabled={!request || saving}>
          {saving ? t.saving : t.save}
        </Button>
        <Button onClick={onBack}>{t.backToEdit}</Button>
      </div>
    </section>
  );
}
