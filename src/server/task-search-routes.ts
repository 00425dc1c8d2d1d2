import { Hono } from 'hono';
import { z } from 'zod';
import {
  longestWord,
  SCHEDULE_KINDS,
  searchTasks,
  TASK_SORTS,
  type IndexedTask,
} from '#domain/task/task-search';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';
import { loadEveryPage } from './lookups/load-pages.ts';
import type { AppVariables } from './app-variables.ts';
import type { ServedWorkspaces } from './dataworks/served-workspaces.ts';
import { invalidParameter } from './proxy-error.ts';
import { toIndexedTask, type TaskIndex } from './task-index/task-index.ts';

// `GET /api/projects/:projectId/tasks`: the list's search over the proxy's task index (task-index.ts), since
// ListTasks matches one substring of the name only. `all=1` answers every match's ID and name (up to 5,000),
// for "select all matching". A tag filter reads tags with GetTask (not in ListTasks' items): see task-index.ts.

const ALL_LIMIT = 5_000;
const TAG_READ_BUDGET_MS = 3_000;

const SearchQuerySchema = z
  .object({
    q: z.string().max(256).optional(),
    owner: z
      .string()
      .regex(/^\d{1,32}$/, 'must be an account ID')
      .optional(),
    type: z
      .string()
      .regex(/^[A-Z0-9_]{1,64}$/, 'must be a task type such as ODPS_SQL')
      .optional(),
    schedule: z.enum(SCHEDULE_KINDS).optional(),
    recurrence: z.enum(['Normal', 'Pause', 'Skip']).optional(),
    tag: z.string().max(256).optional(),
    sort: z.enum(TASK_SORTS).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    all: z.enum(['1']).optional(),
  })
  .strict();

export function createTaskSearchRoutes({
  workspaces,
  index,
  ownerName,
  dataworks,
}: {
  dataworks: Pick<DataWorksClient, 'send'>;
  workspaces: ServedWorkspaces;
  index: TaskIndex;
  /** A member's name when the proxy holds the workspace's directory, for sorting by owner. */
  ownerName?: (projectId: string, userId: string) => string | undefined;
}) {
  /** The tasks whose name holds the query's longest word (every ListTasks page of it), or undefined without one. */
  async function narrowByName(projectId: string, text: string): Promise<IndexedTask[] | undefined> {
    const word = longestWord(text);
    if (!word || /^\d{6,}$/.test(word)) return undefined;
    const { items } = await loadEveryPage(
      dataworks,
      'ListTasks',
      { ProjectId: projectId, Name: word },
      'Tasks',
    );
    return items.map(toIndexedTask).filter((t): t is IndexedTask => t !== undefined);
  }

  return new Hono<{ Variables: AppVariables }>().get('/:projectId/tasks', async (c) => {
    c.set('action', 'ListTasks');
    const projectId = c.req.param('projectId');
    if (!/^\d{1,19}$/.test(projectId))
      invalidParameter('The workspace ID must be a string of digits.', [
        { path: 'ProjectId', message: 'must be digits' },
      ]);
    const parsed = SearchQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      invalidParameter(issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
    }
    const query = parsed.data;
    await workspaces.assertServed(projectId);
    // Tags are not in ListTasks' items: a tag filter reads them first, for a few seconds at most a search.
    const tags = query.tag ? await index.readTags(projectId, TAG_READ_BUDGET_MS) : undefined;
    // Before the workspace's first whole read has finished (10,000 tasks take 100 ListTasks pages), a search is
    // answered from ListTasks' own name filter by the query's longest word, the rest filtered here: names only,
    // said so (`IndexLoading`); the whole read goes on in the background.
    if (!index.isLoaded(projectId) && !query.tag) {
      index.warm(projectId);
      const narrowed = await narrowByName(projectId, query.q ?? '');
      if (narrowed) {
        const found = searchTasks(narrowed, { ...query, text: query.q });
        const start = (query.page - 1) * query.pageSize;
        return c.json({
          IndexLoading: true,
          TotalCount: found.length,
          PageNumber: query.page,
          PageSize: query.pageSize,
          Tasks: query.all
            ? found.slice(0, ALL_LIMIT).map((t) => ({ Id: t.Id, Name: t.Name }))
            : found.slice(start, start + query.pageSize),
        });
      }
    }
    const snapshot = await index.tasksOf(projectId);
    const found = searchTasks(
      snapshot.tasks.values(),
      {
        text: query.q,
        owner: query.owner,
        type: query.type,
        schedule: query.schedule,
        recurrence: query.recurrence,
        tag: query.tag,
        sort: query.sort,
      },
      ownerName && ((userId) => ownerName(projectId, userId)),
    );
    const facets = {
      Types: [...new Set([...snapshot.tasks.values()].map((t) => t.Type).filter(Boolean))].sort(),
      TagKeys: [
        ...new Set([...snapshot.tasks.values()].flatMap((t) => (t.Tags ?? []).map((g) => g.Key))),
      ].sort(),
    };
    // While not every task's tags are known, the answer says how many are, and the app says it is partial.
    const tagProgress = tags && { TagsRead: tags.read, TagsTotal: tags.total };
    if (query.all)
      return c.json({
        ...tagProgress,
        TotalCount: found.length,
        Tasks: found.slice(0, ALL_LIMIT).map((t) => ({ Id: t.Id, Name: t.Name })),
      });
    const start = (query.page - 1) * query.pageSize;
    return c.json({
      TotalCount: found.length,
      PageNumber: query.page,
      PageSize: query.pageSize,
      Tasks: found.slice(start, start + query.pageSize),
      IndexedAt: snapshot.loadedAt,
      ...tagProgress,
      ...facets,
    });
  });
}
