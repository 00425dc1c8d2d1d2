import { searchAllMatching, type TaskSearch } from '../api/task-queries.ts';
import type { SelectedTask } from './task-selection.ts';

/**
 * Every task the list's search and filters match, across pages (the proxy answers up to 5,000 IDs and names
 * in one reply): "select all N matching". `total` is how many match, which may be more than were answered.
 */
export async function readAllMatching(
  projectId: string,
  search: TaskSearch,
  max: number,
  signal?: AbortSignal,
): Promise<{ tasks: SelectedTask[]; total: number }> {
  const reply = await searchAllMatching(projectId, search, signal);
  return {
    tasks: reply.Tasks.slice(0, max).map((t) => ({ Id: t.Id, Name: t.Name })),
    total: reply.TotalCount,
  };
}
