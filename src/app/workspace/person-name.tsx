import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isAccountId, personLabel } from './lookup-rules.ts';
import { useProjectId } from './current-workspace.tsx';
import { workspaceQueries } from './workspace-queries.ts';

/**
 * A person as "Name (ID)", resolved through the workspace's member directory (one cached query per account ID
 * and workspace, shared by every place that shows them); the bare ID while it loads, when the lookup is refused
 * or fails, or for someone who is not a member. Never blocks, never throws. A value that is no account ID (the
 * editor's own identity of a person, e.g. "local" or an SSO login) is shown as it is, without a lookup.
 */
export function usePersonLabel(userId: string | undefined): string | undefined {
  const projectId = useProjectId();
  const id = userId?.trim() ?? '';
  const member = useQuery({
    ...workspaceQueries.member(projectId, id),
    enabled: projectId !== '' && isAccountId(id),
  });
  if (userId === undefined) return undefined;
  return personLabel(userId, member.data?.Name);
}

/** `usePersonLabel` as an element; `children` puts the label into a sentence ("by …"). */
export function PersonName({
  userId,
  children = (label) => label,
}: {
  userId: string;
  children?: (label: string) => ReactNode;
}) {
  return <>{children(usePersonLabel(userId) ?? userId)}</>;
}
