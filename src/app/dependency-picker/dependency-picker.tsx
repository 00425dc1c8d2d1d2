import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { needsUpstream, toDependency, type DependencyType } from '#domain/task/dependency-guards';
import type { TaskSummary } from '#domain/task/task';
import { DEPENDENCY_TYPES } from '#domain/task/task-constants';
import { rememberOutputOwner, type SearchBy } from '../api/dependency-queries.ts';
import { taskQueries } from '../api/task-queries.ts';
import { inputClass } from '../components/ui/field.tsx';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useDependencyMessages } from './dependency-messages.ts';
import { SearchResultOption } from './search-result-option.tsx';
import { useTaskSearch } from './use-task-search.ts';

const OPTION_HEIGHT = 68;
const LIST_HEIGHT = 320;
/** Load the next page when the active or last rendered option is this close to the end. */
const LOAD_AHEAD = 8;

export type AddResult = 'added' | 'duplicate';
type Dependency = ReturnType<typeof toDependency>;

const TYPE_LABELS = {
  Normal: 'dependencyNormal',
  CrossCycleDependsOnOtherNode: 'dependencyOtherNode',
  CrossCycleDependsOnSelf: 'dependencySelf',
  CrossCycleDependsOnChildren: 'dependencyChildren',
} as const;

/**
 * Searches the project's tasks and adds the picked one as a dependency of the chosen type: an ARIA
 * combobox (aria-activedescendant) over a virtualized listbox, loading 50 results at a time.
 */
export function DependencyPicker({ onAdd }: { onAdd: (dep: Dependency) => AddResult }) {
  const { t } = useI18n();
  const m = useDependencyMessages();
  const client = useQueryClient();
  const id = useId();
  const listId = `${id}-list`;
  const [type, setType] = useState<DependencyType>('Normal');
  const [by, setBy] = useState<SearchBy>('name');
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const search = useTaskSearch(by, text, open);
  const { tasks, total, query } = search;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => OPTION_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (
      Math.max(lastRendered, active) >= tasks.length - LOAD_AHEAD &&
      query.hasNextPage &&
      !query.isFetchingNextPage
    )
      void query.fetchNextPage();
  }, [lastRendered, active, tasks.length, query]);

  useEffect(() => setActive(-1), [search.by, search.text]);

  async function pick(task: TaskSummary) {
    let output: string | undefined;
    if (type === 'Normal' && search.by === 'output') {
      const detail = await client.fetchQuery(taskQueries.detail(task.Id));
      if (detail.Outputs?.TaskOutputs?.some((o) => o.Output === search.text)) {
        output = search.text;
        rememberOutputOwner(client, search.projectId, output, task.Id);
      }
    }
    const result = onAdd(toDependency(type, { Id: task.Id, output }));
    setAnnouncement(result === 'added' ? m.added(task.Name) : m.alreadyThere);
    if (result === 'added') {
      setOpen(false);
      setActive(-1);
    }
  }

  function addWithoutUpstream(kind: 'CrossCycleDependsOnSelf' | 'CrossCycleDependsOnChildren') {
    const result = onAdd(toDependency(kind));
    setAnnouncement(result === 'added' ? m.addedType(kind) : m.alreadyThere);
  }

  function moveTo(index: number) {
    if (tasks.length === 0) return;
    const next = Math.max(0, Math.min(tasks.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const page = Math.floor(LIST_HEIGHT / OPTION_HEIGHT);
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open ? moveTo(active + 1) : setOpen(true)),
      ArrowUp: () => (open ? moveTo(active - 1) : setOpen(true)),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(tasks.length - 1),
      Enter: () => {
        const task = tasks[active];
        if (open && task) void pick(task);
      },
      Escape: () => {
        if (open) setOpen(false);
        else setText('');
        setActive(-1);
      },
    };
    // Home and End move the caret until the list is open.
    if ((e.key === 'Home' || e.key === 'End') && !open) return;
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  const showList = open && needsUpstream(type);
  const status = !showList
    ? announcement
    : search.settled && query.data
      ? m.resultCount(tasks.length, total)
      : query.isError
        ? `${m.searchFailed}: ${query.error.message}`
        : m.searching;

  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{m.dependencyType}</span>
          <select
            value={type}
            onChange={(e) => setType(e.target.value as DependencyType)}
            className={inputClass}
          >
            {DEPENDENCY_TYPES.filter(needsUpstream).map((d) => (
              <option key={d} value={d}>
                {t[TYPE_LABELS[d]]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{m.searchBy}</span>
          <select value={by} onChange={(e) => setBy(e.target.value as SearchBy)} className={inputClass}>
            <option value="name">{m.byName}</option>
            <option value="owner">{m.byOwner}</option>
            <option value="output">{m.byOutput}</option>
          </select>
        </label>
        <div className="relative flex min-w-64 flex-1 flex-col gap-1 text-sm">
          <label htmlFor={`${id}-input`} className="font-medium">
            {m.searchLabel}
          </label>
          <input
            id={`${id}-input`}
            role="combobox"
            aria-expanded={showList}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
            aria-describedby={`${id}-help`}
            value={text}
            placeholder={m.searchPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={`${inputClass} w-full`}
          />
          <div
            ref={scrollRef}
            id={listId}
            role="listbox"
            aria-label={m.searchLabel}
            // Out of the tab order (options are reached from the input, aria-activedescendant): Chrome makes a
            // scrolling box focusable, and Tab from the input would land here just as the list closes.
            tabIndex={-1}
            hidden={!showList}
            style={{ maxHeight: LIST_HEIGHT }}
            className="absolute top-full z-20 mt-1 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-900"
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => (
                <SearchResultOption
                  key={tasks[item.index]!.Id}
                  id={`${id}-opt-${item.index}`}
                  task={tasks[item.index]!}
                  active={item.index === active}
                  onPick={() => void pick(tasks[item.index]!)}
                  style={{ top: item.start, height: item.size }}
                />
              ))}
            </div>
          </div>
        </div>
      </div>
      <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
        {m.pickerHelp}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => addWithoutUpstream('CrossCycleDependsOnSelf')}>+ {m.addSelf}</Button>
        <Button onClick={() => addWithoutUpstream('CrossCycleDependsOnChildren')}>+ {m.addChildren}</Button>
      </div>
      <p role="status" aria-live="polite" className="sr-only" data-testid="picker-status">
        {status}
      </p>
    </div>
  );
}
