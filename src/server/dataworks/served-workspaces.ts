import { loadEveryPage } from '../lookups/load-pages.ts';
import { createTtlCache } from '../lookups/ttl-cache.ts';
import { proxyError } from '../proxy-error.ts';
import type { DataWorksClient } from './dataworks-client.ts';

// The workspaces this deployment serves (DATAWORKS_PROJECT_IDS): a task, member list or resource of any
// other is refused with 403 before anything is sent. `*` serves every workspace the AccessKey can see, as
// ListProjects lists them, read again after `ttlMs` so a workspace created since shows up.

/** A list of workspace IDs, or `*` for every workspace the key can list. */
export type WorkspaceAllowList = readonly string[] | '*';

export interface ServedWorkspacesOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  allow: WorkspaceAllowList;
  /** The workspace of `/` and `/tasks/:id`, and of a request that names none. */
  defaultId: string;
  ttlMs: number;
  now?: () => number;
}

export type ServedWorkspaces = ReturnType<typeof createServedWorkspaces>;

/** Every workspace ListProjects shows the key, by ID (every page). */
export async function listVisibleWorkspaces(dataworks: Pick<DataWorksClient, 'send'>): Promise<string[]> {
  const { items } = await loadEveryPage(dataworks, 'ListProjects', {}, 'Projects');
  return items.map((p) => String(p.Id)).filter((id) => /^\d+$/.test(id));
}

export function createServedWorkspaces({ dataworks, allow, defaultId, ttlMs, now }: ServedWorkspacesOptions) {
  const visible = createTtlCache<readonly string[]>({ ttlMs, now });
  const ids = async (): Promise<readonly string[]> => {
    if (allow !== '*') return allow;
    const { value } = await visible.get('all', () => listVisibleWorkspaces(dataworks));
    return value.includes(defaultId) ? value : [defaultId, ...value];
  };

  return {
    defaultId,
    /** `*` when every visible workspace is served (the list then comes from ListProjects). */
    allowsAll: allow === '*',
    ids,
    isServed: async (projectId: string) => (await ids()).includes(projectId),
    /** 403 naming the served workspaces when `projectId` is not one of them. */
    async assertServed(projectId: string): Promise<void> {
      const served = await ids();
      if (served.includes(projectId)) return;
      const which = allow === '*' ? 'the workspaces its AccessKey can see' : `workspace ${served.join(', ')}`;
      proxyError(403, 'Forbidden.Project', `This editor serves ${which} only, not ${projectId}.`);
    },
  };
}
