import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, Redirect } from 'wouter';
import { healthQueries } from '../api/health-queries.ts';
import { LoadError, Loading } from '../components/query-state.tsx';
import { useWorkspaceMessages } from './workspace-messages.ts';
import { workspaceBase } from './workspace-paths.ts';
import { workspaceLabel } from './workspace-switcher.tsx';
import { workspaceQueries } from './workspace-queries.ts';

/** `/` and `/tasks/:id` (the single-workspace editor's links): the same page in the default workspace. */
export function ToDefaultWorkspace() {
  const health = useQuery(healthQueries.health());
  if (health.error) return <LoadError error={health.error} onRetry={() => void health.refetch()} />;
  if (!health.data) return <Loading />;
  const { pathname, search, hash } = window.location;
  const rest = pathname === '/' ? '' : pathname;
  return <Redirect to={`${workspaceBase(health.data.projectId)}${rest}${search}${hash}`} replace />;
}

/**
 * A workspace the deployment does not serve is said as such, with the way to the default one, instead of a
 * page of 403s. Until the list is known (or when it cannot be read) the page opens: the proxy still refuses.
 */
export function WorkspaceGate({ projectId, children }: { projectId: string; children: ReactNode }) {
  const m = useWorkspaceMessages();
  const served = useQuery(workspaceQueries.served());
  const health = useQuery(healthQueries.health());
  if (!served.data || served.data.some((w) => w.Id === projectId)) return children;
  const fallback = health.data?.projectId;
  return (
    <div role="alert" className="flex flex-col gap-2">
      <p>{m.workspaceNotServed(projectId)}</p>
      {fallback && (
        <Link href={`~${workspaceBase(fallback)}`} className="text-orange-800 underline dark:text-orange-300">
          {m.openDefaultWorkspace(
            workspaceLabel(
              served.data.find((w) => w.Id === fallback),
              fallback,
            ),
          )}
        </Link>
      )}
    </div>
  );
}
