import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../use-debounced-value.ts';
import { useProjectId } from './current-workspace.tsx';
import type { Lookup, LookupOption, LookupState } from './lookup-field.tsx';
import {
  dataSourceFlag,
  imageFlag,
  isAccountId,
  lookupFallback,
  ownerFlag,
  rankMatches,
  resourceGroupFlag,
  type LookupFlag,
} from './lookup-rules.ts';
import { useWorkspaceMessages, type WorkspaceMessages } from './workspace-messages.ts';
import { workspaceQueries, type DataSource, type Member, type ResourceGroup } from './workspace-queries.ts';

/** How long typing must pause before the member directory is searched. */
const SEARCH_DEBOUNCE_MS = 200;
/** Options a client-side list shows at most (resource groups, data sources and images are short lists). */
const LIST_LIMIT = 100;

export function flagText(m: WorkspaceMessages, flag: LookupFlag | undefined): string | undefined {
  if (!flag) return undefined;
  switch (flag.kind) {
    case 'not-member':
      return m.canStillSave(m.notMember);
    case 'member-disabled':
      return m.disabledMember;
    case 'unknown-group':
      return m.canStillSave(m.notResourceGroup);
    case 'stopped-group':
      return m.canStillSave(m.stopped);
    case 'group-status':
      return m.groupStatus(flag.status);
    case 'unknown-data-source':
      return m.canStillSave(m.notDataSource);
    case 'unknown-image':
      return m.canStillSave(m.notImage);
  }
}

export function roleNames(m: WorkspaceMessages, member: Member): string {
  return member.Roles.map((r) => m.roleNames[r.Code] ?? (r.Name || r.Code)).join(', ');
}

export function memberOption(m: WorkspaceMessages, member: Member): LookupOption {
  return {
    value: member.UserId,
    name: member.Name,
    detail: roleNames(m, member),
    warning: member.Status === 'Forbidden' || member.Status === 'Disabled' ? m.disabledMember : undefined,
  };
}

/**
 * Members by name or account ID for the text typed (debounced; the previous search's request is cancelled
 * when its text is no longer wanted, and its results stay shown until the new ones arrive).
 */
export function useMemberSearch(search: string, open: boolean) {
  const projectId = useProjectId();
  const text = search.trim();
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const results = useQuery({
    ...workspaceQueries.members(projectId, debounced),
    enabled: projectId !== '' && open,
    placeholderData: keepPreviousData,
  });
  return {
    members: results.data?.members ?? [],
    total: results.data?.total ?? 0,
    pending: open && (debounced !== text || results.isPlaceholderData || results.isPending),
    error: results.error,
  };
}

/** The Owner field's lookup: the member directory, searched as the person types; the current owner resolved. */
export function useMemberLookup({ value, search, open }: LookupState): Lookup {
  const m = useWorkspaceMessages();
  const projectId = useProjectId();
  const id = value.trim();
  const current = useQuery({
    ...workspaceQueries.member(projectId, id),
    enabled: projectId !== '' && isAccountId(id),
  });
  const found = useMemberSearch(search, open);
  const fallback = lookupFallback(current.error, found.error);
  const member = isAccountId(id) ? current.data : undefined;
  return {
    options: found.members.map((member) => memberOption(m, member)),
    total: Math.max(found.total, found.members.length),
    pending: found.pending,
    fallback: fallback && m.lookupFailed.members(fallback.code),
    current: member ? [member.Name, roleNames(m, member)].filter(Boolean).join(' · ') : undefined,
    flag: fallback ? undefined : flagText(m, ownerFlag(id, member)),
  };
}

/** A group's type, and "running" when it is; any other state is its warning (groupWarning). */
function groupDetail(m: WorkspaceMessages, group: ResourceGroup): string {
  return [
    group.Type && (m.groupTypes[group.Type] ?? group.Type),
    group.Status === 'Normal' && m.groupStatuses.Normal,
  ]
    .filter(Boolean)
    .join(' · ');
}

function groupWarning(m: WorkspaceMessages, group: ResourceGroup): string | undefined {
  if (!group.Status || group.Status === 'Normal') return undefined;
  return group.Status === 'Stop' ? m.stopped : m.groupStatus(m.groupStatuses[group.Status] ?? group.Status);
}

/** The resource group field's lookup: the workspace's scheduling groups, filtered as the person types. */
export function useResourceGroupLookup({ value, search }: LookupState): Lookup {
  const m = useWorkspaceMessages();
  const projectId = useProjectId();
  const groups = useQuery({ ...workspaceQueries.resourceGroups(projectId), enabled: projectId !== '' });
  const fallback = lookupFallback(groups.error);
  const matches = rankMatches(groups.data ?? [], search, (g) => [g.Name, g.Id, g.Type ?? '']);
  const current = groups.data?.find((g) => g.Id === value.trim());
  return {
    options: matches.slice(0, LIST_LIMIT).map((group) => ({
      value: group.Id,
      name: group.Name,
      detail: groupDetail(m, group),
      warning: groupWarning(m, group),
    })),
    total: matches.length,
    pending: groups.isPending,
    fallback: fallback && m.lookupFailed.resourceGroups(fallback.code),
    current: current && [current.Name, groupDetail(m, current)].filter(Boolean).join(' · '),
    flag: fallback ? undefined : flagText(m, resourceGroupFlag(value, groups.data)),
  };
}

function envTypes(m: WorkspaceMessages, source: DataSource): string {
  return source.EnvTypes.map((env) => m.envTypes[env] ?? env).join(', ');
}

function sourceDetail(m: WorkspaceMessages, source: DataSource): string {
  return [source.Type, envTypes(m, source)].filter(Boolean).join(' · ');
}

/** The data source field's lookup: the workspace's data sources by name, filtered as the person types. */
export function useDataSourceLookup({ value, search }: LookupState): Lookup {
  const m = useWorkspaceMessages();
  const projectId = useProjectId();
  const sources = useQuery({ ...workspaceQueries.dataSources(projectId), enabled: projectId !== '' });
  const fallback = lookupFallback(sources.error);
  const matches = rankMatches(sources.data ?? [], search, (s) => [s.Name, s.Type ?? '']);
  const current = sources.data?.find((s) => s.Name === value.trim());
  return {
    options: matches.slice(0, LIST_LIMIT).map((source) => ({
      value: source.Name,
      name: source.Name,
      detail: sourceDetail(m, source),
    })),
    total: matches.length,
    pending: sources.isPending,
    fallback: fallback && m.lookupFailed.dataSources(fallback.code),
    current: current && sourceDetail(m, current),
    flag: fallback ? undefined : flagText(m, dataSourceFlag(value, sources.data)),
  };
}

/** The image field's lookup where the service lists images; free text where it does not. */
export function useImageLookup({ value, search }: LookupState): Lookup {
  const m = useWorkspaceMessages();
  const projectId = useProjectId();
  const images = useQuery({ ...workspaceQueries.images(projectId), enabled: projectId !== '' });
  const fallback = lookupFallback(images.error);
  const matches = rankMatches(images.data ?? [], search, (i) => [i.Name, i.Id]);
  const current = images.data?.find((i) => i.Id === value.trim());
  return {
    options: matches.slice(0, LIST_LIMIT).map((image) => ({
      value: image.Id,
      name: image.Name,
      detail: [image.Version && `v${image.Version}`, image.IsDefault && m.defaultImage]
        .filter(Boolean)
        .join(' · '),
      warning: image.Status === 'Available' ? undefined : m.groupStatus(image.Status),
    })),
    total: matches.length,
    pending: images.isPending,
    fallback:
      fallback &&
      (fallback.reason === 'unavailable'
        ? m.imagesUnavailable(fallback.code)
        : m.lookupFailed.images(fallback.code)),
    current: current && [current.Name, current.Version].filter(Boolean).join(' · '),
    flag: fallback ? undefined : flagText(m, imageFlag(value, images.data)),
  };
}
