import { parse as parseLosslessJson } from 'lossless-json';
import {
  ACTIONS,
  toValidationIssues,
  wireLayoutOf,
  type LookupActionName,
} from '#domain/task/dataworks-actions';
import { EmulatorError } from './emulator-error.ts';
import type { SeedMember } from './demo-directory.ts';
import type { WorkspaceDirectory } from './workspace-seed.ts';

// The workspace lookups (reference/workspace-lookups.md §4-10) with DataWorks' reply shapes: PagingInfo
// with PageNumber, PageSize (10 by default, at most 100), TotalCount and the page's list. Where the
// reference is silent the emulator chooses and says so: the default and maximum page size of
// ListResourceGroups and ListImages (10 and 100, as the others), the not-found codes
// (Invalid.Project.NotExist, Invalid.ProjectMember.NotExist), ListDataSources' TotalCount counting names.

/** Parameters the SDK sends as JSON text (reference §2); ListDataSources' `Types` is comma-joined. */
const JSON_LISTS = new Set([
  'RoleCodes',
  'UserIds',
  'ResourceGroupTypes',
  'Statuses',
  'ProjectIds',
  'SupportedModules',
  'SupportedTaskTypes',
  'Ids',
  'Names',
]);
const NUMBERS = new Set(['PageNumber', 'PageSize']);

type Params = Record<string, unknown>;

/** The wire's text parameters as the action's schema takes them, or InvalidParameter naming the first fault. */
function parseParams(action: LookupActionName, params: Record<string, string>): Params {
  const { commaLists } = wireLayoutOf(action);
  const typed: Params = {};
  for (const [key, text] of Object.entries(params)) {
    if (commaLists.includes(key)) typed[key] = text === '' ? [] : text.split(',');
    else if (JSON_LISTS.has(key)) {
      let list: unknown;
      try {
        // Numbers keep every digit, as text: workspace IDs arrive as JSON numbers.
        list = parseLosslessJson(text, null, (digits) => digits);
      } catch {
        list = undefined;
      }
      if (!Array.isArray(list)) throw EmulatorError.invalidParameter(key, 'is not a JSON array');
      typed[key] = list;
    } else typed[key] = NUMBERS.has(key) ? Number(text) : text;
  }
  const parsed = ACTIONS[action].schema.safeParse(typed);
  if (!parsed.success) {
    const [first] = toValidationIssues(parsed.error);
    throw EmulatorError.invalidParameter(first?.path || 'request', first?.message ?? 'is invalid');
  }
  return parsed.data;
}

function paged<T>(items: readonly T[], request: Params) {
  const pageNumber = (request.PageNumber as number | undefined) ?? 1;
  const pageSize = (request.PageSize as number | undefined) ?? 10;
  return {
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: items.length,
    page: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
  };
}

const contains = (text: string, fragment: string | undefined) =>
  fragment === undefined || text.toLowerCase().includes(fragment.toLowerCase());

/** `"<Field> <Asc|Desc>"` (or field and order apart) as a comparator over records. */
function sorter<T>(field: string, order: string) {
  const sign = order === 'Desc' ? -1 : 1;
  return (a: T, b: T) => {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * (typeof x === 'string' ? x : '').localeCompare(typeof y === 'string' ? y : '');
  };
}

function projectNotFound(id: string) {
  return new EmulatorError(404, 'Invalid.Project.NotExist', `The workspace ${id} does not exist.`);
}

function toMemberItem(projectId: string, m: SeedMember, disabledWord: 'Forbidden' | 'Disabled') {
  return {
    ProjectId: projectId,
    UserId: m.UserId,
    UserName: m.UserName,
    Status: m.Status === 'Normal' ? 'Normal' : disabledWord,
    Roles: m.Roles.map((r) => ({ ...r })),
  };
}

/** Answers one lookup from the directory; throws EmulatorError as DataWorks would. */
export function createLookupRunner(directory: WorkspaceDirectory) {
  return function runLookup(action: LookupActionName, params: Record<string, string>): Params {
    const r = parseParams(action, params);
    switch (action) {
      case 'ListProjectMembers': {
        const projectId = r.ProjectId as string;
        const members = directory.membersOf(projectId);
        if (!members) throw projectNotFound(projectId);
        const roleCodes = r.RoleCodes as string[] | undefined;
        const userIds = r.UserIds as string[] | undefined;
        const matching = members.filter(
          (m) =>
            (!roleCodes || m.Roles.some((role) => roleCodes.includes(role.Code))) &&
            (!userIds || userIds.includes(m.UserId)),
        );
        const { page, ...paging } = paged(matching, r);
        return {
          PagingInfo: { ...paging, ProjectMembers: page.map((m) => toMemberItem(projectId, m, 'Forbidden')) },
        };
      }
      case 'GetProjectMember': {
        const projectId = r.ProjectId as string;
        const members = directory.membersOf(projectId);
        if (!members) throw projectNotFound(projectId);
        const found = members.find((m) => m.UserId === r.UserId);
        if (!found)
          throw new EmulatorError(
            404,
            'Invalid.ProjectMember.NotExist',
            `The user ${String(r.UserId)} is not a member of workspace ${projectId}.`,
          );
        return { ProjectMember: toMemberItem(projectId, found, 'Disabled') };
      }
      case 'ListResourceGroups': {
        // Without ResourceGroupTypes only the general-purpose (serverless) groups are listed (reference §6).
        const types = (r.ResourceGroupTypes as string[] | undefined) ?? ['CommonV2'];
        const statuses = r.Statuses as string[] | undefined;
        const [field = 'CreateTime', order = 'Asc'] = ((r.SortBy as string | undefined) ?? '').split(' ');
        const groups = directory.resourceGroups
          .filter(
            (g) =>
              (r.ProjectId === undefined || g.projectIds.includes(r.ProjectId as string)) &&
              types.includes(g.ResourceGroupType) &&
              (!statuses || statuses.includes(g.Status)) &&
              (r.PaymentType === undefined || g.PaymentType === r.PaymentType) &&
              contains(g.Name, r.Name as string | undefined),
          )
          .sort(sorter(field === 'Type' ? 'ResourceGroupType' : field, order));
        const { page, ...paging } = paged(groups, r);
        return {
          Success: true,
          PagingInfo: { ...paging, ResourceGroupList: page.map(({ projectIds: _p, ...g }) => g) },
        };
      }
      case 'ListDataSources': {
        const projectId = r.ProjectId as string;
        const sources = directory.dataSourcesOf(projectId);
        if (!sources) throw projectNotFound(projectId);
        const types = r.Types as string[] | undefined;
        const env = r.EnvType as string | undefined;
        const sortBy = (r.SortBy as string | undefined) ?? 'CreateTime';
        const groups = sources
          .filter((s) => (!types || types.includes(s.Type)) && contains(s.Name, r.Name as string | undefined))
          .map((s) => ({
            ...s,
            DataSource: s.DataSource.filter((d) => !env || d.ConnectionProperties.envType === env),
          }))
          .filter((s) => s.DataSource.length > 0)
          .map((s) => ({ ...s, Id: s.DataSource[0]!.Id, CreateTime: s.DataSource[0]!.CreateTime }))
          .sort(sorter(sortBy, (r.Order as string | undefined) ?? 'Desc'));
        const { page, ...paging } = paged(groups, r);
        return {
          PagingInfo: {
            ...paging,
            DataSources: page.map(({ Name, Type, DataSource }) => ({ Name, Type, DataSource })),
          },
        };
      }
      case 'ListImages': {
        const projectIds = r.ProjectIds as string[] | undefined;
        const statuses = r.Statuses as string[] | undefined;
        const modules = r.SupportedModules as string[] | undefined;
        const images = directory.images
          .filter(
            (i) =>
              (!projectIds || i.projectIds.some((p) => projectIds.includes(p))) &&
              (!statuses || statuses.includes(i.Status)) &&
              (!modules || modules.includes(i.Supported.Module)) &&
              contains(i.Name, r.Name as string | undefined),
          )
          .sort(sorter('CreatedTime', 'Asc'));
        const { page, ...paging } = paged(images, r);
        return {
          Success: true,
          PagingInfo: { ...paging, ImageList: page.map(({ projectIds: _p, ...i }) => i) },
        };
      }
      case 'ListProjects': {
        const ids = r.Ids as string[] | undefined;
        const names = r.Names as string[] | undefined;
        const projects = directory.projects.filter(
          (p) =>
            (!ids || ids.includes(p.Id)) &&
            (!names || names.includes(p.Name)) &&
            (r.Status === undefined || p.Status === r.Status),
        );
        const { page, ...paging } = paged(projects, r);
        return { PagingInfo: { ...paging, Projects: page } };
      }
      case 'GetProject': {
        const found = directory.projects.find((p) => p.Id === r.Id);
        if (!found) throw projectNotFound(r.Id as string);
        return { Project: found };
      }
    }
  };
}
