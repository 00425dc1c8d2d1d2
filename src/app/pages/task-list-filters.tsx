import { useEffect, useId, useState } from 'react';
import { SCHEDULE_KINDS, TASK_SORTS } from '#domain/task/task-search';
import { Button } from '../components/ui/button.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useDebouncedValue } from '../use-debounced-value.ts';
import { MemberFilter, ownerFilterValue, type OwnerFilter } from '../workspace/member-filter.tsx';
import { DEFAULT_LIST_PARAMS, type ListParams } from './list-params.ts';

const selectClass = `${inputClass} min-w-32`;

/** Typed text reaches the address (and the search) once typing pauses. */
function useDebouncedField(value: string, onSettled: (value: string) => void) {
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, 250);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (settled !== value) onSettled(settled);
    // Only a settled change is written: `value` follows the address (Back) without writing it again.
  }, [settled]);
  return [text, setText] as const;
}

/** The list's search, filters and sort; each change goes to the address and back to page 1. */
export function TaskListFilters({
  params,
  onChange,
  types,
  tagKeys,
}: {
  params: ListParams;
  onChange: (next: Partial<ListParams>) => void;
  types: readonly string[];
  tagKeys: readonly string[];
}) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useDebouncedField(params.q, (value) => onChange({ q: value.trim() }));
  const [tag, setTag] = useDebouncedField(params.tag, (value) => onChange({ tag: value.trim() }));
  const [owner, setOwner] = useState<OwnerFilter>({ text: params.owner });
  useEffect(() => {
    if (ownerFilterValue(owner) !== params.owner) setOwner({ text: params.owner });
    // The address changed under the field (Back, clear): show it; typing in the field is its own state.
  }, [params.owner]);

  const filtered = Object.entries(params).some(
    ([key, value]) =>
      key !== 'page' && key !== 'sort' && value !== DEFAULT_LIST_PARAMS[key as keyof ListParams],
  );
  return (
    <div className="flex flex-wrap items-start gap-3" role="search">
      <div className="flex w-full flex-col gap-1 text-sm sm:w-80">
        <label htmlFor={`${id}-q`}>{t.searchTasks}</label>
        <input
          id={`${id}-q`}
          type="search"
          className={inputClass}
          placeholder={t.searchPlaceholder}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <MemberFilter
        value={owner}
        onChange={(next) => {
          setOwner(next);
          const value = ownerFilterValue(next);
          if (value !== params.owner) onChange({ owner: value });
        }}
      />
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={`${id}-filterType`}>{t.filterType}</label>
        <select
          id={`${id}-filterType`}
          className={selectClass}
          value={params.type}
          onChange={(e) => onChange({ type: e.target.value })}
        >
          <option value="">{t.filterAny}</option>
          {[...new Set([...types, ...(params.type ? [params.type] : [])])].map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={`${id}-filterSchedule`}>{t.filterSchedule}</label>
        <select
          id={`${id}-filterSchedule`}
          className={selectClass}
          value={params.schedule}
          onChange={(e) => onChange({ schedule: e.target.value as ListParams['schedule'] })}
        >
          <option value="">{t.filterAny}</option>
          {SCHEDULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.scheduleKinds[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={`${id}-filterRecurrence`}>{t.filterRecurrence}</label>
        <select
          id={`${id}-filterRecurrence`}
          className={selectClass}
          value={params.recurrence}
          onChange={(e) => onChange({ recurrence: e.target.value as ListParams['recurrence'] })}
        >
          <option value="">{t.filterAny}</option>
          {(['Normal', 'Pause', 'Skip'] as const).map((r) => (
            <option key={r} value={r}>
              {t.recurrences[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={`${id}-filterTag`}>{t.filterTag}</label>
        <input
          id={`${id}-filterTag`}
          className={`${inputClass} w-40`}
          list="tag-keys"
          placeholder={t.filterTagPlaceholder}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
        />
        <datalist id="tag-keys">
          {tagKeys.map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
      </div>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={`${id}-sortBy`}>{t.sortBy}</label>
        <select
          id={`${id}-sortBy`}
          className={selectClass}
          value={params.sort}
          onChange={(e) => onChange({ sort: e.target.value as ListParams['sort'] })}
        >
          {TASK_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t.sorts[sort]}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <Button className="self-end" onClick={() => onChange({ ...DEFAULT_LIST_PARAMS, sort: params.sort })}>
          {t.clearFilters}
        </Button>
      )}
    </div>
  );
}
