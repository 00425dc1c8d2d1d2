import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError, getJson } from '../api/api-client.ts';
import { healthQueries } from '../api/health-queries.ts';

// The workspace's lookups through the proxy (GET /api/projects/:projectId/…, which pages through DataWorks'
// List* actions and keeps the member directory for a few minutes): the replies as the pickers read them, one
// cache entry per workspace and question.

/** Members asked for per search: the picker shows this many, and says how many more match. */
export const MEMBER_SEARCH_LIMIT = 50;
/** The lists change rarely: each is read once per workspace for this long, unless a field asks again. */
const LOOKUP_STALE_MS = 5 * 60_000;

const RoleSchema = z.looseObject({ Code: z.string(), Name: z._default(z.string(), '') });
const MemberSchema = z.looseObject({
  UserId: z.string(),
  Name: z._default(z.string(), ''),
  Status: z.optional(z.string()),
  Roles: z._default(z.array(RoleSchema), []),
});
export type Member = z.infer<typeof MemberSchema>;
const MembersReplySchema = z.looseObject({
  Members: z.array(MemberSchema),
  Total: z.optional(z.number()),
});

const ResourceGroupSchema = z.looseObject({
  Id: z.string(),
  Name: z._default(z.string(), ''),
  Type: z.optional(z.string()),
  Status: z.optional(z.string()),
});
export type ResourceGroup = z.infer<typeof ResourceGroupSchema>;

const DataSourceSchema = z.looseObject({
  Name: z.string(),
  Type: z.optional(z.string()),
  EnvType: z.optional(z.string()),
});
/** A data source name as a task names it, with the environments it has an instance in. */
export interface DataSource {
  Name: string;
  Type?: string;
  EnvTypes: string[];
}

/** The proxy answers one entry per data source and environment: one per name here, its environments listed. */
export function byDataSourceName(entries: readonly z.infer<typeof DataSourceSchema>[]): DataSource[] {
  const byName = new Map<string, DataSource>();
  for (const { Name, Type, EnvType } of entries) {
    const source = byName.get(Name) ?? { Name, Type, EnvTypes: [] };
    byName.set(Name, source);
    if (EnvType && !source.EnvTypes.includes(EnvType)) source.EnvTypes.push(EnvType);
  }
  return [...byName.values()];
}

const ImageSchema = z.looseObject({
  Id: z.string(),
  Name: z._default(z.string(), ''),
  Version: z.optional(z.string()),
});
export type Image = z.infer<typeof ImageSchema>;

const project = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;

const lookup = {
  all: ['workspace'] as const,
  of: (projectId: string) => [...lookup.all, projectId] as const,
};

export const workspaceQueries = {
  /** Members whose name or ID contains `text` (the proxy matches; Chinese fragments too), up to the limit. */
  members: (projectId: string, text: string) =>
    queryOptions({
      queryKey: [...lookup.of(projectId), 'members', 'search', text],
      queryFn: async ({ signal, client }) => {
        const query = new URLSearchParams({ q: text, limit: String(MEMBER_SEARCH_LIMIT) });
        const reply = MembersReplySchema.parse(
          await getJson(`${project(projectId)}/members?${query}`, signal),
        );
        // Each member found also answers "who is this ID" for the names shown elsewhere.
        for (const member of reply.Members) rememberMember(client, projectId, member);
        return { members: reply.Members, total: reply.Total ?? reply.Members.length };
      },
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  /** One member by account ID, or null when the workspace has no such member (404 MemberNotFound). */
  member: (projectId: string, userId: string) =>
    queryOptions({
      queryKey: [...lookup.of(projectId), 'members', 'one', userId],
      queryFn: async ({ signal }): Promise<Member | null> => {
        try {
          const reply = await getJson(`${project(projectId)}/members/${encodeURIComponent(userId)}`, signal);
          return MemberSchema.parse('Member' in reply ? reply.Member : reply);
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
      queryKey: [...lookup.of(projectId), 'resource-groups'],
      queryFn: async ({ signal }) =>
        z
          .looseObject({ ResourceGroups: z.array(ResourceGroupSchema) })
          .parse(await getJson(`${project(projectId)}/resource-groups`, signal)).ResourceGroups,
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  dataSources: (projectId: string) =>
    queryOptions({
      queryKey: [...lookup.of(projectId), 'data-sources'],
      queryFn: async ({ signal }) =>
        byDataSourceName(
          z
            .looseObject({ DataSources: z.array(DataSourceSchema) })
            .parse(await getJson(`${project(projectId)}/data-sources`, signal)).DataSources,
        ),
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
  images: (projectId: string) =>
    queryOptions({
      queryKey: [...lookup.of(projectId), 'images'],
      queryFn: async ({ signal }) =>
        z
          .looseObject({ Images: z.array(ImageSchema) })
          .parse(await getJson(`${project(projectId)}/images`, signal)).Images,
      staleTime: LOOKUP_STALE_MS,
      retry: false,
    }),
};

function rememberMember(client: QueryClient, projectId: string, member: Member) {
  const { queryKey } = workspaceQueries.member(projectId, member.UserId);
  if (client.getQueryData(queryKey) === undefined) client.setQueryData(queryKey, member);
}

/** The workspace the app edits (GET /api/health's projectId), '' until known. */
export function useProjectId(): string {
  return useQuery(healthQueries.health()).data?.projectId ?? '';
}
