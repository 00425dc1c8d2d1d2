import { listTasksPage, type TaskListFilter } from '../api/task-queries.ts';
import type { SelectedTask } from './task-selection.ts';

/** ListTasks' largest page. */
const PAGE_SIZE = 100;

/**
 * Every task the list's search and filters match, read page by page (up to `max`): "select all N matching"
 * across pages. `total` is how many match, which may be more than were read.
 */
export async function readAllMatching(
  projectId: string,
  filter: Omit<TaskListFilter, 'page' | 'pageSize'>,
  max: number,
  signal?: AbortSignal,
): Promise<{ tasks: SelectedTask[]; total: number }> {
  const tasks: SelectedTask[] = [];
  let total = Infinity;
  for (let page = 1; tasks.length < Math.min(total, max); page++) {
    // By ID: a task saved meanwhile does not move between pages (by modified time it would).
    const reply = await listTasksPage(
      projectId,
      { ...filter, page, pageSize: PAGE_SIZE, sortBy: 'Id Asc' },
      signal,
    );
    total = reply.TotalCount;
    if (reply.Tasks.length === 0) break;
    for (const task of reply.Tasks) tasks.push({ Id: task.Id, Name: task.Name ?? task.Id });
  }
  return { tasks: tasks.slice(0, max), total };
}
