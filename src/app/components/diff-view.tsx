import type { Change, EntryChange, ListDiff, Row, TaskDiff } from '#domain/task/task-diff';
import { useI18n } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages.ts';
import { parameterLabel } from '../parameter-labels.ts';

const LIST_SECTIONS = {
  'Inputs.Variables': 'input-variables',
  'Outputs.Variables': 'output-variables',
  'Outputs.TaskOutputs': 'task-outputs',
  Dependencies: 'dependencies',
  Tags: 'tags',
} as const;

/** A list is named as its section is ("Input variables", 本节点输入参数). */
function listLabel(path: string, t: Messages): string {
  const section = LIST_SECTIONS[path as keyof typeof LIST_SECTIONS] as
    (typeof LIST_SECTIONS)[keyof typeof LIST_SECTIONS] | undefined;
  return section ? t.section[section] : path;
}

export function formatValue(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const MARK_CLASS = {
  '+': 'text-green-800 dark:text-green-300',
  '-': 'text-red-800 dark:text-red-300',
  '~': 'text-amber-800 dark:text-amber-300',
} as const;

function Marker({ op }: { op: '+' | '-' | '~' }) {
  return (
    <span aria-hidden="true" className={`inline-block w-4 font-mono font-bold ${MARK_CLASS[op]}`}>
      {op}
    </span>
  );
}

function FieldRow({ change, label }: { change: Change; label?: string }) {
  const { t } = useI18n();
  const m = t.diff;
  const opText = change.op === '+' ? m.added : change.op === '-' ? m.removed : m.changed;
  return (
    <li data-path={change.path} className="flex flex-col gap-1 py-1">
      <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <Marker op={change.op} />
        <span className="text-xs font-medium" title={change.path}>
          {label ?? parameterLabel(change.path, t)}
        </span>
        <span className="sr-only">{opText}</span>
        {change.op === '~' && change.lines ? null : (
          <>
            {change.op !== '+' && (
              <span className="break-all whitespace-pre-wrap text-red-800 line-through decoration-red-400 dark:text-red-300">
                {formatValue(change.before, t.empty)}
              </span>
            )}
            {change.op === '~' && <span aria-hidden="true">→</span>}
            {change.op !== '-' && (
              <span className="break-all whitespace-pre-wrap text-green-800 dark:text-green-300">
                {formatValue(change.after, t.empty)}
              </span>
            )}
          </>
        )}
      </div>
      {change.op === '~' && change.lines && (
        <pre
          title={m.scriptLines}
          className="max-h-96 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900"
        >
          {change.lines.map((line, i) => (
            <div
              key={i}
              className={
                line.op === '+'
                  ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200'
                  : line.op === '-'
                    ? 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
                    : ''
              }
            >
              {line.op} {line.text}
            </div>
          ))}
        </pre>
      )}
    </li>
  );
}

function describeEntry(item: Row): string {
  return Object.entries(item)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${formatValue(v, '')}`)
    .join(' ');
}

function EntryRow({ entry }: { entry: EntryChange }) {
  const m = useI18n().t.diff;
  if (entry.op !== '~')
    return (
      <li data-path={entry.path} className="flex flex-wrap items-baseline gap-x-2 py-1 text-sm">
        <Marker op={entry.op} />
        <span className="sr-only">{entry.op === '+' ? m.added : m.removed}</span>
        <span className="font-mono text-xs">{entry.key}</span>
        <span className={MARK_CLASS[entry.op]}>
          {describeEntry(entry.op === '+' ? entry.after : entry.before)}
        </span>
      </li>
    );
  return (
    <li data-path={entry.path} className="py-1 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Marker op="~" />
        <span className="font-mono text-xs">{entry.key}</span>
        {entry.renamedFrom !== undefined && (
          <span className="text-xs italic">{m.renamed(entry.renamedFrom)}</span>
        )}
        {entry.moved && <span className="text-xs italic">{m.moved(entry.fromIndex, entry.toIndex)}</span>}
      </div>
      {entry.fields.length > 0 && (
        <ul className="ml-6">
          {entry.fields.map((f) => (
            <FieldRow key={f.path} change={f} />
          ))}
        </ul>
      )}
    </li>
  );
}

function ListBlock({ list }: { list: ListDiff }) {
  const { t } = useI18n();
  const m = t.diff;
  return (
    <li className="py-1">
      <span className="text-xs text-slate-600 dark:text-slate-400" title={list.path}>
        {listLabel(list.path, t)}
      </span>
      <ul className="ml-2">
        {list.entries.map((e) => (
          <EntryRow key={`${e.op}${e.path}${e.key}`} entry={e} />
        ))}
      </ul>
      {list.unchanged > 0 && (
        <p className="ml-6 text-xs text-slate-600 dark:text-slate-400">
          {m.unchangedEntries(list.unchanged)}
        </p>
      )}
    </li>
  );
}

/** A plan-like diff: sections, `+ ~ -` markers, unchanged fields collapsed to a count. */
export function DiffView({ diff }: { diff: TaskDiff }) {
  const { t } = useI18n();
  const m = t.diff;
  return (
    <div className="flex flex-col gap-3">
      {diff.sections.map((s) => (
        <div
          role="group"
          key={s.section}
          aria-label={t.section[s.section]}
          className="rounded border border-slate-200 p-2 dark:border-slate-700"
        >
          <h3 className="text-sm font-semibold">{t.section[s.section]}</h3>
          <ul>
            {s.fields.map((c) => (
              <FieldRow key={c.path} change={c} />
            ))}
            {s.lists.map((l) => (
              <ListBlock key={l.path} list={l} />
            ))}
          </ul>
          {s.unchanged > 0 && (
            <p className="text-xs text-slate-600 dark:text-slate-400">{m.unchangedHidden(s.unchanged)}</p>
          )}
        </div>
      ))}
    </div>
  );
}
