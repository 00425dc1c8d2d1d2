import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { needsUpstream, toDependency, type DependencyType } from '#domain/task/dependency-guards';
import { DEPENDENCY_TYPES } from '#domain/task/task-constants';
import { rememberOutputOwner } from '../api/dependency-queries.ts';
import { taskQueries } from '../api/task-queries.ts';
import { inputClass } from '../components/ui/field.tsx';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { MemberFilter, NO_OWNER_FILTER, ownerFilterValue } from '../workspace/member-filter.tsx';
import { useDependencyMessages } from './dependency-messages.ts';
import { pickerOptions, type PickerOption } from './picker-options.ts';
import { SearchResultGroup } from './search-result-option.tsx';
import { useTaskSearch } from './use-task-search.ts';

/** A task's row: its option, and its outputs' options under it (Normal only), until measured. */
const ROW_ESTIMATE = { task: 64, withOutputs: 136 };
const LIST_HEIGHT = 320;
/** Options Page Up / Page Down move. */
const PAGE = 5;
/** Load the next page when the active or last rendered row is this close to the end. */
const LOAD_AHEAD = 8;
const STALE_MS = 60_000;

export type AddResult = 'added' | 'duplicate';
type Dependency = ReturnType<typeof toDependency>;

const TYPE_LABELS = {
  Normal: 'dependencyNormal',
  CrossCycleDependsOnOtherNode: 'dependencyOtherNode',
  CrossCycleDependsOnSelf: 'dependencySelf',
  CrossCycleDependsOnChildren: 'dependencyChildren',
} as const;

/**
 * Searches the project's tasks and adds the picked one, or one of its outputs, as a dependency of the chosen
 * type: an ARIA combobox (aria-activedescendant) over a virtualized listbox, loading 50 tasks at a time and the
 * outputs of the tasks in view (picker-options.ts). The owner filter picks a member by name.
 */
export function DependencyPicker({ onAdd }: { onAdd: (dep: Dependency) => AddResult }) {
  const { t } = useI18n();
  const m = useDependencyMessages();
  const client = useQueryClient();
  const id = useId();
  const listId = `${id}-list`;
  const [type, setType] = useState<DependencyType>('Normal');
  const [owner, setOwner] = useState(NO_OWNER_FILTER);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const search = useTaskSearch(text, ownerFilterValue(owner), open);
  const { tasks, total, query } = search;
  const withOutputs = type === 'Normal';
  const showList = open && needsUpstream(type);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (withOutputs ? ROW_ESTIMATE.withOutputs : ROW_ESTIMATE.task),
    // Sizes measured are a task's, wherever it comes in the list.
    getItemKey: (index) => tasks[index]?.Id ?? index,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items.at(-1)?.index ?? -1;

  // The outputs of the tasks in view (GetTask, cached): rows further down read theirs as they come into view.
  const inView = withOutputs && showList ? items.flatMap((item) => tasks[item.index] ?? []) : [];
  const details = useQueries({
    queries: inView.map((task) => ({ ...taskQueries.detail(task.Id), staleTime: STALE_MS })),
  });
  const outputsById = new Map<string, readonly string[]>();
  for (const [i, task] of inView.entries()) {
    const detail = details[i]?.data;
    if (detail)
      outputsById.set(
        task.Id,
        (detail.Outputs?.TaskOutputs ?? []).map((o) => o.Output),
      );
  }
  // Outputs read earlier (a row scrolled out of view) stay options: the cache still has them.
  const outputsOf = (taskId: string) =>
    outputsById.get(taskId) ??
    client.getQueryData(taskQueries.detail(taskId).queryKey)?.Outputs?.TaskOutputs?.map((o) => o.Output);
  const options = pickerOptions(tasks, outputsOf, text, withOutputs);
  const active = activeKey === undefined ? -1 : options.findIndex((o) => o.key === activeKey);
  const activeRow = options[active]?.row ?? -1;
  const byRow = groupByRow(options);
  // By the option's key, not its place: the outputs of a row above arriving must not move the id.
  const optionId = (key: string) => `${id}-opt-${key.replace(/\s/g, '_')}`;

  useEffect(() => {
    if (
      Math.max(lastRendered, activeRow) >= tasks.length - LOAD_AHEAD &&
      query.hasNextPage &&
      !query.isFetchingNextPage
    )
      void query.fetchNextPage();
  }, [lastRendered, activeRow, tasks.length, query]);

  useEffect(() => setActiveKey(undefined), [text, owner, type]);

  // The active option in view: its row first (virtualized), then the option itself within a tall row.
  const activeId = showList && active >= 0 ? optionId(options[active]!.key) : undefined;
  useEffect(() => {
    if (!activeId) return;
    const element = document.getElementById(activeId);
    if (element) element.scrollIntoView({ block: 'nearest' });
    else virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  }, [activeId, activeRow, virtualizer]);

  function pick(option: PickerOption) {
    const { task, output } = option;
    if (output) rememberOutputOwner(client, search.projectId, output, task.Id);
    const result = onAdd(output ? toDependency('Normal', { Id: task.Id, output }) : toDependency(type, task));
    setAnnouncement(result === 'added' ? m.added(output ?? task.Name) : m.alreadyThere);
    if (result === 'added') {
      setOpen(false);
      setActiveKey(undefined);
    }
  }

  function addWithoutUpstream(kind: 'CrossCycleDependsOnSelf' | 'CrossCycleDependsOnChildren') {
    const result = onAdd(toDependency(kind));
    setAnnouncement(result === 'added' ? m.addedType(kind) : m.alreadyThere);
  }

  function moveTo(index: number) {
    if (options.length === 0) return;
    setActiveKey(options[Math.max(0, Math.min(options.length - 1, index))]!.key);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open ? moveTo(active + 1) : setOpen(true)),
      ArrowUp: () => (open ? moveTo(active - 1) : setOpen(true)),
      PageDown: () => moveTo(active + PAGE),
      PageUp: () => moveTo(active - PAGE),
      Home: () => moveTo(0),
      End: () => moveTo(options.length - 1),
      Enter: () => {
        const option = options[active];
        if (open && option) pick(option);
      },
      Escape: () => {
        if (open) setOpen(false);
        else setText('');
        setActiveKey(undefined);
      },
    };
    // Home and End move the caret until the list is open.
    if ((e.key === 'Home' || e.key === 'End') && !open) return;
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  const status = !showList
    ? announcement
    : search.settled && query.data
      ? m.resultCount(tasks.length, total)
      : query.isError
        ? `${m.searchFailed}: ${query.error.message}`
        : m.searching;

  return (
    // A group named as the search: its Owner filter is told from the task's own Owner field.
    <div
      role="group"
      aria-label={m.searchLabel}
      className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm">
          <span className="font-medium">{m.dependencyType}</span>
          <select
            value={type}
            onChange={(e) => setType(e.target.value as DependencyType)}
            className={`${inputClass} max-w-full`}
          >
            {DEPENDENCY_TYPES.filter(needsUpstream).map((d) => (
              <option key={d} value={d}>
                {t[TYPE_LABELS[d]]}
              </option>
            ))}
          </select>
        </label>
        <MemberFilter value={owner} onChange={setOwner} />
      </div>
      <div className="relative flex flex-col gap-1 text-sm">
        <label htmlFor={`${id}-input`} className="font-medium">
          {m.searchLabel}
        </label>
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
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
          style={{ maxHeight: `min(${LIST_HEIGHT}px, 60vh)` }}
          // As wide as the input, and wider where the input is narrow and the window has room: names wrap,
          // never cut, so the `_di` / `_hi` that tells two tasks apart stays in sight.
          className="absolute top-full left-0 z-20 mt-1 w-full min-w-[min(36rem,calc(100vw-3rem))] overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-900"
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {/* Rows render only while the list shows: hidden, they would measure 0 px high and stay so. */}
            {(showList ? items : []).map((item) => {
              const task = tasks[item.index]!;
              return (
                <SearchResultGroup
                  key={task.Id}
                  ref={virtualizer.measureElement}
                  index={item.index}
                  start={item.start}
                  options={byRow.get(item.index) ?? []}
                  optionId={(option) => optionId(option.key)}
                  activeKey={active >= 0 ? activeKey : undefined}
                  outputsPending={withOutputs && outputsOf(task.Id) === undefined}
                  text={text}
                  onPick={pick}
                />
              );
            })}
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

function groupByRow(options: readonly PickerOption[]): Map<number, PickerOption[]> {
  const rows = new Map<number, PickerOption[]>();
  for (const option of options) {
    const row = rows.get(option.row);
    if (row) row.push(option);
    else rows.set(option.row, [option]);
  }
  return rows;
}
