import { Hono, type Context } from 'hono';
import type {
  DataSourcesReply,
  ImagesReply,
  MemberReply,
  MembersReply,
  ProjectsReply,
  ResourceGroupsReply,
} from '#domain/workspace/lookup-contract';
import { searchMembers } from '#domain/workspace/member-search';
import type { AppVariables } from './app-variables.ts';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';
import type { ServedWorkspaces } from './dataworks/served-workspaces.ts';
import { chunk } from '#domain/chunk';
import { failWith, loadEveryPage, MAX_PAGE_SIZE } from './lookups/load-pages.ts';
import type { MemberDirectories } from './lookups/member-directories.ts';
import { createTtlCache } from './lookups/ttl-cache.ts';
import { invalidParameter, ProxyError, proxyError } from './proxy-error.ts';

/**
 * How long a workspace's member directory is kept: 5 minutes. A member added in DataWorks' console shows up
 * in the Owner picker within that time; meanwhile each search is answered from memory (a 5,000-member
 * workspace takes 50 ListProjectMembers pages to read, which is not something to repeat per keystroke, nor
 * every few seconds against DataWorks' throttling). The same window as an unknown save's settling.
 */
export const DEFAULT_DIRECTORY_TTL_MS = 5 * 60_000;

export interface LookupRoutesOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  /** The workspaces this deployment serves: a lookup of any other is refused (403), nothing is sent. */
  workspaces: ServedWorkspaces;
  /** The workspaces' member directories (member-directories.ts). */
  members: MemberDirectories;
  /** MEMBER_DIRECTORY_TTL_MS, for the workspace names. */
  directoryTtlMs?: number;
  /** The proxy's clock, for tests. */
  now?: () => number;
}

const MEMBER_LIMIT_DEFAULT = 50;
const MEMBER_LIMIT_MAX = 500;
/** The scheduling groups a task can run on (ListResourceGroups lists only CommonV2 unless told, §6). */
const SCHEDULING_GROUP_TYPES = ['CommonV2', 'ExclusiveScheduler'] as const;

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** DataWorks has no ListImages here (an older region or endpoint): the picker falls back to free text. */
function isUnavailable(reply: { status: number; body: Json }): boolean {
  const code = text(reply.body.Code);
  return (
    code.startsWith('InvalidAction') ||
    code.startsWith('UnsupportedOperation') ||
    code === 'InvalidApi.NotFound' ||
    reply.status === 501
  );
}

/**
 * The pickers' lookups under `/api/projects`: the served workspaces with their names, each workspace's
 * members (every ListProjectMembers page read once and kept `directoryTtlMs`, searched here), scheduling
 * resource groups, data sources (names, types and environments only: their connection properties can hold
 * passwords) and images. Shapes in src/domain/workspace/lookup-contract.ts.
 */
export function createLookupRoutes({
  dataworks,
  workspaces,
  members,
  directoryTtlMs = DEFAULT_DIRECTORY_TTL_MS,
  now = Date.now,
}: LookupRoutesOptions) {
  const projectNames = createTtlCache<ProjectsReply>({ ttlMs: directoryTtlMs, now });

  /** The `:projectId` of the path, when it is one this deployment serves. */
  async function servedProject(c: Context, action: string): Promise<string> {
    c.set('action', action);
    const projectId = c.req.param('projectId') ?? '';
    if (!/^\d{1,19}$/.test(projectId))
      invalidParameter('The workspace ID must be a string of digits.', [
        { path: 'ProjectId', message: 'must be digits' },
      ]);
    await workspaces.assertServed(projectId);
    return projectId;
  }

  const directoryOf = (projectId: string) => members.directoryOf(projectId);

  async function loadProjects(): Promise<ProjectsReply> {
    const ids = await workspaces.ids();
    const listed = new Map<string, Json>();
    // ListProjects takes at most 100 Ids a call.
    const lists = await Promise.all(
      chunk(ids, MAX_PAGE_SIZE).map((Ids) =>
        dataworks.send('ListProjects', { Ids, PageSize: MAX_PAGE_SIZE }),
      ),
    );
    for (const reply of lists) {
      if (reply.status !== 200) continue;
      const projects = ((reply.body.PagingInfo as Json | undefined)?.Projects ?? []) as Json[];
      for (const p of Array.isArray(projects) ? projects : []) listed.set(String(p.Id), p);
    }
    const list = lists.find((reply) => reply.status !== 200) ?? lists[0]!;
    // A workspace ListProjects did not name (or all, when the key may not list): GetProject, one by one.
    const missing = ids.filter((id) => !listed.has(id));
    const got = await Promise.all(missing.map((id) => dataworks.send('GetProject', { Id: id })));
    got.forEach((reply, i) => {
      if (reply.status === 200 && reply.body.Project) listed.set(missing[i]!, reply.body.Project as Json);
    });
    if (listed.size === 0 && list.status !== 200) failWith(list, 'ListProjects');
    return {
      Projects: ids.map((id) => {
        const p = listed.get(id) ?? {};
        return {
          Id: id,
          Name: text(p.Name),
          DisplayName: text(p.DisplayName),
          ...(typeof p.DevEnvironmentEnabled === 'boolean' && {
            DevEnvironmentEnabled: p.DevEnvironmentEnabled,
          }),
        };
      }),
    };
  }

  return new Hono<{ Variables: AppVariables }>()
    .get('/', async (c) => {
      c.set('action', 'ListProjects');
      const { value } = await projectNames.get('served', loadProjects);
      return c.json(value);
    })
    .get('/:projectId/members', async (c) => {
      const projectId = await servedProject(c, 'ListProjectMembers');
      const q = c.req.query('q') ?? '';
      if (q.length > 128)
        invalidParameter('q must be at most 128 characters.', [{ path: 'q', message: 'too long' }]);
      const limitText = c.req.query('limit') ?? String(MEMBER_LIMIT_DEFAULT);
      const limit = Number(limitText);
      if (!/^\d+$/.test(limitText) || limit < 1 || limit > MEMBER_LIMIT_MAX)
        invalidParameter(`limit must be a whole number from 1 to ${MEMBER_LIMIT_MAX}.`, [
          { path: 'limit', message: `must be 1 to ${MEMBER_LIMIT_MAX}` },
        ]);
      const { value: directory, loadedAt } = await directoryOf(projectId);
      const { members, total } = searchMembers(directory.index, q, limit);
      const reply: MembersReply = {
        Members: members,
        Total: total,
        LoadedAt: loadedAt,
        Pages: directory.pages,
      };
      return c.json(reply);
    })
    .get('/:projectId/members/:userId', async (c) => {
      const projectId = await servedProject(c, 'ListProjectMembers');
      const userId = c.req.param('userId');
      if (!/^\d{1,32}$/.test(userId))
        invalidParameter('An account ID is written with digits only.', [
          { path: 'UserId', message: 'must be an account ID written with digits only' },
        ]);
      const { value: directory, loadedAt } = await directoryOf(projectId);
      const member = directory.byId.get(userId);
      if (!member)
        proxyError(404, 'MemberNotFound', `Account ${userId} is not a member of workspace ${projectId}.`, {
          LoadedAt: loadedAt,
        });
      const reply: MemberReply = { Member: member, LoadedAt: loadedAt };
      return c.json(reply);
    })
    .get('/:projectId/resource-groups', async (c) => {
      const projectId = await servedProject(c, 'ListResourceGroups');
      const { items } = await loadEveryPage(
        dataworks,
        'ListResourceGroups',
        { ProjectId: projectId, ResourceGroupTypes: [...SCHEDULING_GROUP_TYPES] },
        'ResourceGroupList',
      );
      const reply: ResourceGroupsReply = {
        ResourceGroups: items.map((g) => ({
          Id: text(g.Id),
          Name: text(g.Name),
          Type: text(g.ResourceGroupType),
          Status: text(g.Status),
        })),
      };
      return c.json(reply);
    })
    .get('/:projectId/data-sources', async (c) => {
      const projectId = await servedProject(c, 'ListDataSources');
      const { items } = await loadEveryPage(
        dataworks,
        'ListDataSources',
        { ProjectId: projectId },
        'DataSources',
      );
      // Picked field by field: ConnectionProperties can hold a username and password.
      const seen = new Set<string>();
      const sources: DataSourcesReply['DataSources'] = [];
      for (const group of items) {
        const instances = Array.isArray(group.DataSource) ? (group.DataSource as Json[]) : [];
        for (const instance of instances) {
          const properties = instance.ConnectionProperties;
          const envType =
            properties !== null && typeof properties === 'object' ? text((properties as Json).envType) : '';
          const key = `${text(group.Name)}\u0000${envType}`;
          if (seen.has(key)) continue;
          seen.add(key);
          sources.push({ Name: text(group.Name), Type: text(group.Type), EnvType: envType });
        }
      }
      sources.sort((a, b) => a.Name.localeCompare(b.Name) || a.EnvType.localeCompare(b.EnvType));
      const reply: DataSourcesReply = { DataSources: sources };
      return c.json(reply);
    })
    .get('/:projectId/images', async (c) => {
      const projectId = await servedProject(c, 'ListImages');
      const { items } = await loadEveryPage(
        dataworks,
        'ListImages',
        { ProjectIds: [projectId], SupportedModules: ['Scheduler'] },
        'ImageList',
      ).catch((error: unknown) => {
        if (error instanceof ProxyError && isUnavailable({ status: error.status, body: error.body }))
          proxyError(
            501,
            'Lookup.Unavailable',
            `This DataWorks endpoint does not offer ListImages (${error.body.Code}); type the image ID.`,
          );
        throw error;
      });
      const reply: ImagesReply = {
        Images: items.map((i) => ({
          Id: text(i.Id),
          Name: text(i.Name),
          Version: text(i.Version),
          Status: text(i.Status),
          Official: i.Official === true,
          IsDefault: i.IsDefault === true,
        })),
      };
      return c.json(reply);
    });
}
