import { useInfiniteQuery } from '@tanstack/react-query';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { useDebouncedValue } from '../use-debounced-value.ts';
import { nameQueryOf } from './picker-options.ts';

/** How long typing must pause before a search is sent. */
const DEBOUNCE_MS = 200;

/**
 * Pages of ListTasks results for the picker: names containing the text typed (`project.name` searches the
 * name), of the owner picked if any. Typing is debounced; react-query cancels the request of a query that is
 * no longer wanted through the AbortSignal it hands to callDataWorks.
 */
export function useTaskSearch(text: string, owner: string, enabled: boolean) {
  const wanted = { name: nameQueryOf(text), owner };
  // A string, not an object: a new object each render would restart the delay at every render.
  const [name = '', ownerId = ''] = useDebouncedValue(`${wanted.name}\n${owner}`, DEBOUNCE_MS).split('\n');
  const debounced = { name, owner: ownerId };
  const projectId = useProjectId();
  const query = useInfiniteQuery({
    ...dependencyQueries.search(projectId, debounced.name, debounced.owner),
    enabled: enabled && Boolean(projectId),
  });
  const tasks = query.data?.pages.flatMap((p) => p.Tasks) ?? [];
  const total = query.data?.pages.at(-1)?.TotalCount ?? 0;
  const settled = debounced.name === wanted.name && debounced.owner === wanted.owner && !query.isFetching;
  return { query, tasks, total, projectId, settled };
}
