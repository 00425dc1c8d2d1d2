import { queryOptions } from '@tanstack/react-query';
import { getHealth } from './api-client.ts';

// Its own module: the app shell needs the target and project, not the task schemas (and zod) behind them.
export const healthQueries = {
  health: () => queryOptions({ queryKey: ['health'], queryFn: getHealth, staleTime: Infinity }),
};
