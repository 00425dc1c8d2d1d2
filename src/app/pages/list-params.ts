import { SCHEDULE_KINDS, TASK_SORTS, type ScheduleKind, type TaskSort } from '#domain/task/task-search';

// The task list's search, filters, sort and page live in the address (`?q=ods+orders&schedule=daily&page=2`):
// Back, "All tasks" and a shared link all give the same list.

export interface ListParams {
  q: string;
  owner: string;
  type: string;
  schedule: ScheduleKind | '';
  recurrence: '' | 'Normal' | 'Pause' | 'Skip';
  tag: string;
  sort: TaskSort;
  page: number;
}

export const DEFAULT_LIST_PARAMS: ListParams = {
  q: '',
  owner: '',
  type: '',
  schedule: '',
  recurrence: '',
  tag: '',
  sort: 'modified',
  page: 1,
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

export function readListParams(search: URLSearchParams): ListParams {
  const page = Number(search.get('page'));
  return {
    q: search.get('q') ?? '',
    owner: /^\d{1,32}$/.test(search.get('owner') ?? '') ? search.get('owner')! : '',
    type: /^[A-Z0-9_]{1,64}$/.test(search.get('type') ?? '') ? search.get('type')! : '',
    schedule: oneOf(search.get('schedule'), SCHEDULE_KINDS) ?? '',
    recurrence: oneOf(search.get('recurrence'), ['Normal', 'Pause', 'Skip'] as const) ?? '',
    tag: search.get('tag') ?? '',
    sort: oneOf(search.get('sort'), TASK_SORTS) ?? 'modified',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Only what differs from the defaults, so the plain list is a plain address. */
export function toSearchString(params: ListParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [keyof ListParams, string | number][])
    if (value !== DEFAULT_LIST_PARAMS[key] && value !== '') search.set(key, String(value));
  return search.toString();
}

/** The list's last address per workspace this session: "All tasks" on a task page returns to it. */
const lastSearch = new Map<string, string>();
export const rememberListSearch = (projectId: string, search: string) => lastSearch.set(projectId, search);
export const lastListSearch = (projectId: string) => lastSearch.get(projectId) ?? '';
