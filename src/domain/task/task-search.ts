import { toBuilderModel } from '../cron/builder-model.ts';

// Finding tasks as people search: every word must match the name or the description, `_`, `-` and spaces are
// the same, case does not matter, a plural `s` is tolerated ("orders" finds `ods_marketing_order_di`), and a
// task ID finds its task. Filters by type, schedule kind, recurrence, tag and owner; sorts by name, modified
// time or owner. Pure: the proxy runs it over its index of the workspace's tasks (ListTasks filters by name
// only).

/** What the index keeps of a task: what the list shows, searches and sorts, not the script. */
export interface IndexedTask {
  Id: string;
  Name: string;
  Description?: string;
  Type?: string;
  Owner?: string;
  ProjectId?: string;
  Trigger?: { Type?: string; Cron?: string; Recurrence?: string };
  Tags?: { Key: string; Value?: string }[];
  ModifyTime?: number;
  ModifyUser?: string;
}

export const SCHEDULE_KINDS = ['minute', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'manual'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number] | 'other';

export const TASK_SORTS = ['modified', 'name', 'owner'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export interface TaskQuery {
  /** Words, or a task ID. */
  text?: string;
  owner?: string;
  type?: string;
  schedule?: ScheduleKind;
  /** `Pause` or `Skip` (dry run); `Normal` for neither. */
  recurrence?: string;
  /** A tag key, or `key=value`. */
  tag?: string;
  sort?: TaskSort;
}

const SEPARATORS = /[\s_-]+/g;

/** Lower case, `_`, `-` and runs of spaces as one space. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(SEPARATORS, ' ').trim();
}

/** The query's words, each with its singular when it ends in `s` ("orders" → also "order"). */
export function queryWords(text: string): string[][] {
  return normalizeText(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') ? [word, word.slice(0, -1)] : [word]));
}

/**
 * The query's longest word as typed (`_` and `-` kept: ListTasks matches names as they are written), singular:
 * what ListTasks' name filter can narrow by before the rest is filtered.
 */
export function longestWord(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => w.split(/[_-]+/))
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
  return words.sort((a, b) => b.length - a.length)[0];
}

/** A workspace has a few dozen distinct schedules: each is parsed once, not once per task per search. */
const kindOfCron = new Map<string, ScheduleKind>();

export function scheduleKindOf(task: Pick<IndexedTask, 'Trigger'>): ScheduleKind {
  if (task.Trigger?.Type === 'Manual') return 'manual';
  const cron = task.Trigger?.Cron;
  if (!cron) return 'other';
  let kind = kindOfCron.get(cron);
  if (kind === undefined) {
    const model = toBuilderModel(cron);
    kind = model.mode === 'raw' ? 'other' : model.mode;
    if (kindOfCron.size > 10_000) kindOfCron.clear();
    kindOfCron.set(cron, kind);
  }
  return kind;
}

const TASK_ID = /^\d{6,19}$/;

/** A compiled query: a predicate and a comparator, built once per search, not per task. */
export function compileTaskQuery(
  query: TaskQuery,
  ownerName: (userId: string) => string | undefined = () => undefined,
) {
  const text = query.text?.trim() ?? '';
  const id = TASK_ID.test(text) ? text : undefined;
  const words = queryWords(text);
  const [tagKey, tagValue] = query.tag ? query.tag.split('=', 2) : [];
  const haystacks = new Map<string, string>();
  const haystackOf = (task: IndexedTask) => {
    let hay = haystacks.get(task.Id);
    if (hay === undefined)
      haystacks.set(task.Id, (hay = `${normalizeText(task.Name)}\n${normalizeText(task.Description ?? '')}`));
    return hay;
  };

  function matches(task: IndexedTask): boolean {
    if (query.owner && task.Owner !== query.owner) return false;
    if (query.type && task.Type !== query.type) return false;
    if (query.recurrence && (task.Trigger?.Recurrence ?? 'Normal') !== query.recurrence) return false;
    if (
      tagKey &&
      !task.Tags?.some((t) => t.Key === tagKey && (tagValue === undefined || t.Value === tagValue))
    )
      return false;
    if (query.schedule && scheduleKindOf(task) !== query.schedule) return false;
    if (id && task.Id === id) return true;
    const hay = haystackOf(task);
    return words.every((forms) => forms.some((form) => hay.includes(form)));
  }

  const byName = (a: IndexedTask, b: IndexedTask) => a.Name.localeCompare(b.Name);
  const byModified = (a: IndexedTask, b: IndexedTask) => (b.ModifyTime ?? 0) - (a.ModifyTime ?? 0);
  const ownerKey = (task: IndexedTask) => (task.Owner ? (ownerName(task.Owner) ?? task.Owner) : '\uffff');
  const compare =
    query.sort === 'name'
      ? byName
      : query.sort === 'owner'
        ? (a: IndexedTask, b: IndexedTask) => ownerKey(a).localeCompare(ownerKey(b)) || byName(a, b)
        : (a: IndexedTask, b: IndexedTask) => byModified(a, b) || byName(a, b);
  // The task whose ID was typed comes first.
  const sorted = (tasks: IndexedTask[]) =>
    tasks.sort((a, b) => (a.Id === id ? -1 : b.Id === id ? 1 : compare(a, b)));
  return { matches, sorted };
}

/** The tasks a query finds, sorted. */
export function searchTasks(
  tasks: Iterable<IndexedTask>,
  query: TaskQuery,
  ownerName?: (userId: string) => string | undefined,
): IndexedTask[] {
  const { matches, sorted } = compileTaskQuery(query, ownerName);
  const found: IndexedTask[] = [];
  for (const task of tasks) if (matches(task)) found.push(task);
  return sorted(found);
}
