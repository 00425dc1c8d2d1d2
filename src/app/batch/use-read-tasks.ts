import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { readTasks } from './batch-api.ts';

/** The tasks in full (GetTask), read once per set of IDs, with how many are read so far. */
export function useReadTasks(purpose: string, ids: readonly string[]) {
  const [done, setDone] = useState(0);
  const query = useQuery({
    queryKey: ['tasks', 'batch-read', purpose, ids],
    queryFn: ({ signal }) => (setDone(0), readTasks(ids, setDone, signal)),
    enabled: ids.length > 0,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return { ...query, done };
}
