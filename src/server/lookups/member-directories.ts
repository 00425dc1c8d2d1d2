import type { Member } from '#domain/workspace/lookup-contract';
import { indexMembers, type MemberIndex } from '#domain/workspace/member-search';
import type { DataWorksClient } from '../dataworks/dataworks-client.ts';
import { loadEveryPage } from './load-pages.ts';
import { createTtlCache } from './ttl-cache.ts';

// Each workspace's member directory: every ListProjectMembers page read once and kept `ttlMs` (the Owner
// picker searches it; the task list sorts owners by the names it holds).

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export interface Directory {
  index: MemberIndex;
  byId: ReadonlyMap<string, Member>;
  pages: number;
}

/** A ListProjectMembers item as the contract's Member: picked fields only. */
function toMember(item: Json): Member | undefined {
  const userId = item.UserId;
  if (typeof userId !== 'string' && typeof userId !== 'number') return undefined;
  const roles = Array.isArray(item.Roles) ? (item.Roles as Json[]) : [];
  return {
    UserId: String(userId),
    Name: text(item.UserName),
    Status: text(item.Status) || 'Normal',
    Roles: roles.map((r) => ({ Code: text(r.Code), Name: text(r.Name) })),
  };
}

export type MemberDirectories = ReturnType<typeof createMemberDirectories>;

export function createMemberDirectories({
  dataworks,
  ttlMs,
  now = Date.now,
}: {
  dataworks: Pick<DataWorksClient, 'send'>;
  ttlMs: number;
  now?: () => number;
}) {
  const directories = createTtlCache<Directory>({ ttlMs, now });
  async function loadDirectory(projectId: string): Promise<Directory> {
    const { items, pages } = await loadEveryPage(
      dataworks,
      'ListProjectMembers',
      { ProjectId: projectId },
      'ProjectMembers',
    );
    const byId = new Map<string, Member>();
    for (const item of items) {
      const member = toMember(item);
      // A member added during the load can shift one into the next page twice: keep the first.
      if (member && !byId.has(member.UserId)) byId.set(member.UserId, member);
    }
    return { index: indexMembers([...byId.values()]), byId, pages };
  }

  return {
    directoryOf: (projectId: string) => directories.get(projectId, () => loadDirectory(projectId)),
    /** The member's name when the directory is held now (never loads it), else undefined. */
    nameOf(projectId: string, userId: string): string | undefined {
      return directories.peek(projectId)?.byId.get(userId)?.Name || undefined;
    },
  };
}
