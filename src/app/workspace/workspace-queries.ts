import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  DataSourcesReplySchema,
  ImagesReplySchema,
  MemberReplySchema,
  MembersReplySchema,
  ProjectsReplySchema,
  ResourceGroupsReplySchema,
  type ImagesReply,
  type Member,
  type ProjectsReply,
  type ResourceGroupsReply,
} from '#domain/workspace/lookup-contract';
import { ApiError, getJson } from '../api/api-client.ts';

// The workspace's lookups through the proxy (GET /api/projects/:projectId/…, src/server/lookup-routes.ts, which
// pages through DataWorks' List* actions and keeps the member directory for a few minutes), read with the
// contract's schemas (src/domain/workspace/lookup-contract.ts): one cache entry per workspace and question.

export type { Member };
export type ResourceGroup = ResourceGroupsReply['ResourceGroups'][number];
export type Image = ImagesReply['Images'][number];
export type Workspace = ProjectsReply['Projects'][number];

/** A data source name as a task names it, with the environments it has an instance in. */
export interface DataSource {
  Name: string;
  Type?: string;
  EnvTypes: string[];
}

/** Members asked for per search: the picker shows this many, and says how many more match. */
export const MEMBER_SEARCH_LIMIT = 50;
/** The lists change rarely: each is read once per workspace for this long, unless a field asks again. */
const LOOKUP_STALE_MS = 5 * 60_000;

/** The proxy answers one entry per data source and environment: one per name here, its environments listed. */
export function byDataSourceName(
  entries: readonly { Name: string; Type?: string; EnvType?: string }[],
): DataSource[] {
  const byName = new Map<string, DataSource>();
  for (const { Name, Type, EnvType } of entries) {
    const source = byName.get(Name) ?? { Name, Type, EnvTypes: [] };
    byName.set(Name, source);
    if (EnvType && !source.EnvTypes.includes(EnvType)) source.EnvTypes.push(EnvType);
  }
  return [...byName.values()];
}

const project = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;
const workspaceKey = (projectId: string) => ['workspace', projectId] as const;

export const workspaceQueries = {
  /** The workspaces this deployment serves, with their names (GET /api/projects). */
  served: () =>
    queryOptions({
      queryKey: ['workspaces'],
      queryFn: async ({ signal }) =>
        ProjectsReplySchema.parse(await getJson('/api/projects', signal)).Projects,
      staleTime: LOOKUP_STALE_MS,
    }),
  /** Members whose name or ID contains `text` (the proxy matches and ranks; Chinese fragments too). */
  members: (projectId: string, text: string) =>
    queryOptions({
      queryKey: [...workspaceKey(projectId), 'members', 'search', text],
      queryFn: async ({ signal, client }) => {
        const query = new URLSearchParams({ q: text, limit: String(MEMBER_SEARCH_LIMIT) });
        const reply = MembersReplySchema.parse(
          await getJson(`${project(projectId)}/members?${query}`, signal),
        );
        // Each member found also answers "who is this ID" for the names shown elsewhere.
        for (const member of reply.Members) rememberMember(client, projectId, member);
        return { members: reply.Members, total: reply.Total };
      },
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  /** One member by account ID, or null when the workspace has no such member (404 MemberNotFound). */
  member: (projectId: string, userId: string) =>
    queryOptions({
      queryKey: [...workspaceKey(projectId), 'members', 'one', userId],
      queryFn: async ({ signal }): Promise<Member | null> => {
        try {
          const path = `${project(projectId)}/members/${encodeURIComponent(userId)}`;
          return MemberReplySchema.parse(await getJson(path, signal)).Member;
        } catch (error) {
          if (error instanceof ApiError && error.status === 404 && error.code === 'MemberNotFound')
            return null;
          throw error;
        }
      },
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  resourceGroups: (projectId: string) =>
    queryOptions({
      queryKey: [...workspaceKey(projectId), 'resource-groups'],
      queryFn: async ({ signal }) =>
        ResourceGroupsReplySchema.parse(await getJson(`${project(projectId)}/resource-groups`, signal))
          .ResourceGroups,
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  dataSources: (projectId: string) =>
    queryOptions({
      queryKey: [...workspaceKey(projectId), 'data-sources'],
      queryFn: async ({ signal }) =>
        byDataSourceName(
          DataSourcesReplySchema.parse(await getJson(`${project(projectId)}/data-sources`, signal))
            .DataSources,
        ),
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  images: (projectId: string) =>
    queryOptions({
      queryKey: [...workspaceKey(projectId), 'images'],
      queryFn: async ({ signal }) =>
        ImagesReplySchema.parse(await getJson(`${project(projectId)}/images`, signal)).Images,
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
};

function rememberMember(client: QueryClient, projectId: string, member: Member) {
  const { queryKey } = workspaceQueries.member(projectId, member.UserId);
  if (client.getQueryData(queryKey) === undefined) client.setQueryData(queryKey, member);
}
