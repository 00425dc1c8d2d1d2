import { z } from 'zod/mini';

// The proxy's lookup routes (src/server/lookup-routes.ts) as the app reads them: what each answers, built by
// the proxy from DataWorks' lookups (reference/workspace-lookups.md) by picking fields, never by spreading.
// Every failure answers `{ Code, Message }` with DataWorks' status (403 Forbidden.Access when the key may
// not call the lookup, 501 Lookup.Unavailable when the service does not offer it): the field falls back to
// free text with a note, and editing is never blocked.

const IdText = z.string().check(z.regex(/^\d+$/));

/** `GET /api/projects`: the workspaces this deployment serves, named by ListProjects (or GetProject). */
export const ProjectsReplySchema = z.object({
  Projects: z.array(
    z.object({
      Id: IdText,
      /** The workspace's identifier, e.g. `retail_dw`; empty when DataWorks would not say. */
      Name: z.string(),
      /** e.g. `零售数仓 Retail DW`; empty when DataWorks would not say. */
      DisplayName: z.string(),
      /** False in a basic-mode workspace, which has Prod only (hide Dev). */
      DevEnvironmentEnabled: z.optional(z.boolean()),
    }),
  ),
});
export type ProjectsReply = z.infer<typeof ProjectsReplySchema>;

export const MemberSchema = z.object({
  /** The value of a task's Owner: an account ID, digits as a string. */
  UserId: IdText,
  /** DataWorks' UserName; may be empty (show the ID then). */
  Name: z.string(),
  /** `Normal`, or `Forbidden` for a disabled account. */
  Status: z.string(),
  Roles: z.array(z.object({ Code: z.string(), Name: z.string() })),
});
export type Member = z.infer<typeof MemberSchema>;

/**
 * `GET /api/projects/:projectId/members?q=&limit=50`: members whose name or ID contains `q` (any case, width
 * folded, Chinese fragments too), best first: exact ID, exact name, name starting with `q`, a word of the
 * name starting with `q`, ID starting with `q`, then `q` anywhere; by name within each. `Total` counts every match (all members
 * when `q` is empty); `LoadedAt` (epoch ms) is when the proxy read the directory and `Pages` how many
 * ListProjectMembers pages that took.
 */
export const MembersReplySchema = z.object({
  Members: z.array(MemberSchema),
  Total: z.number(),
  LoadedAt: z.number(),
  Pages: z.number(),
});
export type MembersReply = z.infer<typeof MembersReplySchema>;

/** `GET /api/projects/:projectId/members/:userId`, or 404 `{ Code: 'MemberNotFound' }`: not a member. */
export const MemberReplySchema = z.object({ Member: MemberSchema, LoadedAt: z.number() });
export type MemberReply = z.infer<typeof MemberReplySchema>;

/** `GET /api/projects/:projectId/resource-groups`: serverless (CommonV2) and exclusive scheduling groups. */
export const ResourceGroupsReplySchema = z.object({
  ResourceGroups: z.array(
    z.object({
      /** The identifier a task's RuntimeResource.ResourceGroupId takes, e.g. `S_res_group_…`. */
      Id: z.string(),
      Name: z.string(),
      /** `CommonV2` or `ExclusiveScheduler`. */
      Type: z.string(),
      /** `Normal`; anything else (`Stop`, `Freezed`, …) is a group a task should not be moved to. */
      Status: z.string(),
    }),
  ),
});
export type ResourceGroupsReply = z.infer<typeof ResourceGroupsReplySchema>;

/** `GET /api/projects/:projectId/data-sources`: one entry per data source and environment, by name. */
export const DataSourcesReplySchema = z.object({
  DataSources: z.array(
    z.object({
      /** A task's DataSource.Name. */
      Name: z.string(),
      /** e.g. `odps`, `mysql`, `hologres`. */
      Type: z.string(),
      /** `Dev` or `Prod`. */
      EnvType: z.string(),
    }),
  ),
});
export type DataSourcesReply = z.infer<typeof DataSourcesReplySchema>;

/** `GET /api/projects/:projectId/images`: the workspace's images for scheduling (ListImages). */
export const ImagesReplySchema = z.object({
  Images: z.array(
    z.object({
      /** ListImages' Id; that a task's RuntimeResource.Image takes it is UNVERIFIED (reference §8). */
      Id: z.string(),
      Name: z.string(),
      Version: z.string(),
      /** `Available`, `Disabled`, `Expired` or `ReadOnly`. */
      Status: z.string(),
      Official: z.boolean(),
      IsDefault: z.boolean(),
    }),
  ),
});
export type ImagesReply = z.infer<typeof ImagesReplySchema>;
