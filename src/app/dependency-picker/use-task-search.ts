import { useInfiniteQuery } from '@tanstack/react-query';
import { dependencyQueries, type SearchBy } from '../api/dependency-queries.ts';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { useDebouncedValue } from '../use-debounced-value.ts';

/** How long typing must pause before a search is sent. */
const DEBOUNCE_MS = 200;
const OUTPUT_IDENTIFIER = /^[^\s.]+\.\S+$/;

/**
 * Pages of ListTasks results for the picker. Typing is debounced; react-query cancels the request of a
 * query that is no longer wanted through the AbortSignal it hands to callDataWorks.
 */
export function useTaskSearch(by: SearchBy, text: string, enabled: boolean) {
  const trimmed = text.trim();
  // A name search that looks like project.output searches for the output.
  const effectiveBy: SearchBy = by === 'name' && OUTPUT_IDENTIFIER.test(trimmed) ? 'output' : by;
  const debounced = useDebouncedValue({ by: effectiveBy, text: trimmed }, DEBOUNCE_MS);
  const projectId = useProjectId();
  const query = useInfiniteQuery({
    ...dependencyQueries.search(projectId, debounced.by, debounced.text),
    enabled: enabled && Boolean(projectId) && (debounced.by === 'name' || debounced.text !== ''),
  });
  const tasks = query.data?.pages.flatMap((p) => p.Tasks) ?? [];
  const total = query.data?.pages.at(-1)?.TotalCount ?? 0;
  const settled = debounced.text === trimmed && debounced.by === effectiveBy && !query.isFetching;
  return { query, tasks, total, projectId, by: debounced.by, text: debounced.text, settled };
}
