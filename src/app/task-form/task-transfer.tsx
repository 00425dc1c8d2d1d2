import { useQuery } from '@tanstack/react-query';
import { Download, Upload } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import type { Task } from '#domain/task/task';
import { toTaskForm, type TaskForm } from '#domain/task/task-form';
import { importTaskJson, type ImportError } from '#domain/task/task-import';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { toAliyunCliCommand } from '#domain/task/cli-command';
import { healthQueries } from '../api/health-queries.ts';
import { loadFormRules } from '../components/form/lazy-form-rules.ts';
import { Button } from '../components/ui/button.tsx';
import { useHistoryMessages, type HistoryMessages } from '../history/history-messages.ts';
import { useReviewMessages } from '../review/review-messages.ts';

type Note = { kind: 'done'; lines: string[] } | { kind: 'error'; text: string };

function errorText(m: HistoryMessages, file: string, error: ImportError): string {
  switch (error.rule) {
    case 'json':
      return m.importError.json(file, error.detail);
    case 'object':
      return m.importError.object(file);
    case 'nothing':
      return m.importError.nothing(file);
    case 'field':
      return m.importError.field(file, error.path, error.detail);
  }
}

/** Export the loaded task as JSON, copy its values as an aliyun command, import a task JSON as edits. */
export function TaskTransfer({
  task,
  onImport,
}: {
  task: Task;
  onImport: (edits: Partial<TaskForm>) => void;
}) {
  const m = useHistoryMessages();
  const r = useReviewMessages();
  const id = useId();
  const [note, setNote] = useState<Note>();
  const [cli, setCli] = useState<string>();
  const [copied, setCopied] = useState(false);
  const region = useQuery(healthQueries.health()).data?.region;

  function exportJson() {
    const url = URL.createObjectURL(new Blob([JSON.stringify(task, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `task-${task.Id}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
  }

  async function showCli() {
    // Every editable section against a base holding only the Id: the request sets the task's current values.
    const { toUpdateTaskRequest } = await loadFormRules();
    const request = toUpdateTaskRequest({ Id: task.Id }, toTaskForm(task) as UpdateTaskRequest);
    setCli(request ? toAliyunCliCommand(request, { region: region || '<region>' }) : '');
    setCopied(false);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (!file) return;
    const result = importTaskJson(await file.text(), task);
    if (!result.ok) return setNote({ kind: 'error', text: errorText(m, file.name, result.error) });
    const lines = [result.sections.length > 0 ? m.imported(result.sections.join(', ')) : m.importSame];
    if (result.ignored.length > 0) lines.push(m.importIgnored(result.ignored.join(', ')));
    if (result.unknown.length > 0) lines.push(m.importUnknown(result.unknown.join(', ')));
    setNote({ kind: 'done', lines });
    if (result.sections.length > 0) onImport(result.edits);
  }

  return (
    <section aria-label={m.transferLabel} className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={exportJson} title={m.exportJsonHelp}>
          <Download aria-hidden="true" className="size-4" />
          {m.exportJson}
        </Button>
        <label
          className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-orange-600 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
          title={m.importJsonHelp}
        >
          <Upload aria-hidden="true" className="size-4" />
          {m.importJson}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            aria-describedby={`${id}-import`}
            onChange={(e) => void importFile(e)}
          />
        </label>
        <span id={`${id}-import`} className="sr-only">
          {m.importJsonHelp}
        </span>
      </div>
      {note && (
        <div
          role={note.kind === 'error' ? 'alert' : 'status'}
          data-testid="import-note"
          className={
            note.kind === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-700 dark:text-slate-300'
          }
        >
          {note.kind === 'error' ? note.text : note.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
      )}
      <details onToggle={(e) => e.currentTarget.open && void showCli()}>
        <summary className="cursor-pointer font-medium">{m.cliCurrent}</summary>
        <div className="mt-2 flex flex-col gap-2">
          <p>{m.cliCurrentIntro}</p>
          <p className="text-amber-900 dark:text-amber-200" data-testid="current-cli-no-conflict-check">
            {m.cliCurrentNoConflictCheck}
          </p>
          <pre
            className="overflow-x-auto rounded bg-slate-100 p-3 text-xs break-all whitespace-pre-wrap dark:bg-slate-900"
            data-testid="current-cli-command"
          >
            {cli}
          </pre>
          <div>
            <Button
              disabled={!cli}
              onClick={() =>
                void navigator.clipboard?.writeText(cli ?? '').then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? r.copied : r.copy}
            </Button>
          </div>
        </div>
      </details>
    </section>
  );
}
