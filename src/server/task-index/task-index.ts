import type { IndexedTask } from '#domain/task/task-search';
import type { DataWorksClient } from '../dataworks/dataworks-client.ts';
import { failWith, loadEveryPage, MAX_PAGE_SIZE } from '../lookups/load-pages.ts';

// The proxy's index of each workspace's tasks, for the list's search (task-search.ts): ListTasks filters by name
// only, and a word of a description, several words in any order, or a filter by schedule kind or tag cannot be
// asked of it. The first search reads every page once (100 tasks a page); after that, a search older than
// `freshMs` first reads the newest changes (ListTasks by ModifyTime, newest first, until a task the index
// already holds at that time), so a save shows at once; every `fullMs` it is read whole again, which is when
// a deleted task leaves it. Only what the list needs is kept, never scripts. ListTasks' items carry no tags
// (reference: "Not in ListTasks items … Tags"): a tag filter reads them with GetTask, task by task, a few at a
// time, and says how far it got (`read` of the workspace's tasks) until every task's tags are known.

type Json = Record<string, unknown>;

export interface TaskIndexOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  /** How old the index may be before a search reads the newest changes first: 5 seconds. */
  freshMs?: number;
  /** How long before it is read whole again: 10 minutes. */
  fullMs?: number;
  now?: () => number;
}

export interface IndexSnapshot {
  tasks: ReadonlyMap<string, IndexedTask>;
  /** When it was last read whole, and how many ListTasks pages that took. */
  loadedAt: number;
  pages: number;
}

interface Entry extends IndexSnapshot {
  tasks: Map<string, IndexedTask>;
  checkedAt: number;
  /** Tasks whose tags were read (GetTask) since their last change. */
  tagged: Set<string>;
}

/** GetTask calls in flight while reading tags: gentle on DataWorks' throttling. */
const TAG_READ_CONCURRENCY = 8;

/** Pages of newest changes read before giving up and reading the whole workspace again. */
const MAX_CHANGE_PAGES = 10;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
/** An ID or account ID, which a lossless reply may give as a number. */
const idText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint'
    ? String(value)
    : undefined;

export function toIndexedTask(item: Json): IndexedTask | undefined {
  const id = item.Id;
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const trigger = (item.Trigger ?? {}) as Json;
  const tags = Array.isArray(item.Tags) ? (item.Tags as Json[]) : [];
  return {
    Id: String(id),
    Name: text(item.Name) ?? String(id),
    Description: text(item.Description),
    Type: text(item.Type),
    Owner: idText(item.Owner),
    ProjectId: idText(item.ProjectId),
    Trigger: { Type: text(trigger.Type), Cron: text(trigger.Cron), Recurrence: text(trigger.Recurrence) },
    Tags: Array.isArray(item.Tags)
      ? tags.map((t) => ({ Key: text(t.Key) ?? '', Value: text(t.Value) }))
      : undefined,
    ModifyTime: typeof item.ModifyTime === 'number' ? item.ModifyTime : undefined,
    ModifyUser: idText(item.ModifyUser),
  };
}

export type TaskIndex = ReturnType<typeof createTaskIndex>;

export function createTaskIndex({
  dataworks,
  freshMs = 5_000,
  fullMs = 600_000,
  now = Date.now,
}: TaskIndexOptions) {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry>>();

  async function loadWhole(projectId: string): Promise<Entry> {
    const { items, pages } = await loadEveryPage(dataworks, 'ListTasks', { ProjectId: projectId }, 'Tasks');
    const tasks = new Map<string, IndexedTask>();
    for (const item of items) {
      const task = toIndexedTask(item);
      if (task) tasks.set(task.Id, task);
    }
    const at = now();
    return { tasks, loadedAt: at, checkedAt: at, pages, tagged: new Set() };
  }

  /** Reads the newest changes into the entry; false when there were more than it will read page by page. */
  async function readChanges(projectId: string, entry: Entry): Promise<boolean> {
    for (let page = 1; page <= MAX_CHANGE_PAGES; page++) {
      const reply = await dataworks.send('ListTasks', {
        ProjectId: projectId,
        SortBy: 'ModifyTime Desc',
        PageNumber: page,
        PageSize: MAX_PAGE_SIZE,
      });
      if (reply.status !== 200) failWith(reply, 'ListTasks');
      const items = (((reply.body.PagingInfo as Json | undefined)?.Tasks ?? []) as Json[]) ?? [];
      let reachedKnown = items.length < MAX_PAGE_SIZE;
      for (const item of items) {
        const task = toIndexedTask(item);
        if (!task) continue;
        const held = entry.tasks.get(task.Id);
        if (held && held.ModifyTime === task.ModifyTime) reachedKnown = true;
        else {
          entry.tasks.set(task.Id, task);
          entry.tagged.delete(task.Id);
        }
      }
      if (reachedKnown) return true;
    }
    return false;
  }

  async function refresh(projectId: string): Promise<Entry> {
    const entry = entries.get(projectId);
    if (!entry || now() - entry.loadedAt >= fullMs) return loadWhole(projectId);
    if (!(await readChanges(projectId, entry))) return loadWhole(projectId);
    entry.checkedAt = now();
    return entry;
  }

  async function tasksOf(projectId: string): Promise<Entry> {
    const entry = entries.get(projectId);
    if (entry && now() - entry.checkedAt < freshMs) return entry;
    let pending = inFlight.get(projectId);
    if (!pending) {
      pending = refresh(projectId).finally(() => inFlight.delete(projectId));
      inFlight.set(projectId, pending);
    }
    const fresh = await pending;
    entries.set(projectId, fresh);
    return fresh;
  }

  return {
    /** Whether the workspace's tasks have been read whole once (a search can use the index). */
    isLoaded: (projectId: string) => entries.has(projectId),
    /** Starts reading the workspace's tasks in the background (a failure is dropped: the next search retries). */
    warm(projectId: string) {
      void tasksOf(projectId).catch(() => {});
    },
    /** The workspace's tasks, at most `freshMs` behind DataWorks (a failed read is thrown, nothing kept). */
    tasksOf: (projectId: string): Promise<IndexSnapshot> => tasksOf(projectId),
    /**
     * Reads the tags of tasks whose tags are not known (GetTask each) for at most `budgetMs`; the rest are read
     * by the next call. Returns how many of the workspace's tasks have known tags.
     */
    async readTags(projectId: string, budgetMs: number): Promise<{ read: number; total: number }> {
      const entry = await tasksOf(projectId);
      const missing = [...entry.tasks.keys()].filter((id) => !entry.tagged.has(id));
      const until = now() + budgetMs;
      const worker = async () => {
        while (missing.length > 0 && now() < until) {
          const id = missing.pop()!;
          const reply = await dataworks.send('GetTask', { Id: id });
          const task = entry.tasks.get(id);
          if (reply.status !== 200 || !task) continue; // a deleted task leaves with the next whole read
          const tags = ((reply.body.Task as Json | undefined)?.Tags ?? []) as Json[];
          task.Tags = tags.map((t) => ({ Key: text(t.Key) ?? '', Value: text(t.Value) }));
          entry.tagged.add(id);
        }
      };
      await Promise.all(Array.from({ length: TAG_READ_CONCURRENCY }, worker));
      return { read: entry.tagged.size, total: entry.tasks.size };
    },
  };
}
