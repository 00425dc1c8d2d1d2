import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import { describe, expect, it } from 'vitest';
import type { ActionRequest, LookupActionName } from '#domain/task/dataworks-actions';
import { toWireRequest, fromFormBody } from '../dataworks/wire-format.ts';
import {
  DEMO_MEMBERS,
  DEMO_RESOURCE_GROUPS,
  EMULATOR_DATA_SOURCE_PASSWORD,
  FORBIDDEN_MEMBER,
  NON_MEMBER_OWNER,
  STOPPED_GROUP_ID,
  UNKNOWN_DATA_SOURCE,
  UNKNOWN_GROUP_ID,
} from './demo-directory.ts';
import { DEMO_PROJECT_ID, createDemoProject } from './demo-project.ts';
import { createEmulatorTestKit } from './emulator-test-kit.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, startEmulator } from './start-emulator.ts';
import { FINANCE_PROJECT_ID, LARGE_PROJECT_ID, createWorkspaceDirectory } from './workspace-seed.ts';

type Json = Record<string, unknown>;
type Paging = { PageNumber: number; PageSize: number; TotalCount: number } & Record<string, Json[]>;

function lookups() {
  const { client, emulator } = createEmulatorTestKit();
  async function ok<A extends LookupActionName>(action: A, request: ActionRequest<A>) {
    const reply = await client.send(action, request);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as Json & { PagingInfo: Paging };
  }
  return { client, emulator, ok };
}

describe('the seed', () => {
  it('has three workspaces, forty demo members with Chinese and English names and several roles', () => {
    const directory = createWorkspaceDirectory();
    expect(directory.projects.map((p) => p.Id)).toEqual([
      DEMO_PROJECT_ID,
      FINANCE_PROJECT_ID,
      LARGE_PROJECT_ID,
    ]);
    expect(DEMO_MEMBERS).toHaveLength(40);
    expect(new Set(DEMO_MEMBERS.map((m) => m.UserId)).size).toBe(40);
    expect(DEMO_MEMBERS.some((m) => /\p{Script=Han}/u.test(m.UserName))).toBe(true);
    expect(DEMO_MEMBERS.some((m) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(m.UserName))).toBe(true);
    expect(new Set(DEMO_MEMBERS.flatMap((m) => m.Roles.map((r) => r.Code))).size).toBeGreaterThanOrEqual(8);
    const large = directory.membersOf(LARGE_PROJECT_ID)!;
    expect(large).toHaveLength(5_000);
    expect(new Set(large.map((m) => m.UserId)).size).toBe(5_000);
    expect(createWorkspaceDirectory().membersOf(LARGE_PROJECT_ID)).toEqual(large); // deterministic
  });

  it("gives the demo tasks owners, groups and sources from the lists, and a few that are not (the flags')", () => {
    const { tasks } = createDemoProject();
    const members = new Set(DEMO_MEMBERS.map((m) => m.UserId));
    const groups = new Map(DEMO_RESOURCE_GROUPS.map((g) => [g.Id, g]));
    const sources = new Set(['odps_retail', 'holo_retail']);
    const owners = tasks.map((t) => t.Owner!);
    expect(owners.filter((o) => !members.has(o))).toEqual(Array(3).fill(NON_MEMBER_OWNER));
    expect(owners).toContain(FORBIDDEN_MEMBER);
    expect(new Set(owners).size).toBeGreaterThan(8);
    const groupIds = tasks.map((t) => t.RuntimeResource!.ResourceGroupId!);
    expect(groupIds.filter((g) => groups.get(g)?.Status === 'Stop').length).toBeGreaterThan(0);
    expect(groupIds).toContain(STOPPED_GROUP_ID);
    expect(groupIds.filter((g) => !groups.has(g))).toEqual([UNKNOWN_GROUP_ID, UNKNOWN_GROUP_ID]);
    const names = tasks.map((t) => t.DataSource!.Name!);
    expect(names.filter((n) => !sources.has(n))).toEqual([UNKNOWN_DATA_SOURCE, UNKNOWN_DATA_SOURCE]);
  });
});

describe('ListProjectMembers and GetProjectMember', () => {
  it('pages 10 by default and at most 100, over the 5,000 members of the large workspace', async () => {
    const { ok, client } = lookups();
    const first = await ok('ListProjectMembers', { ProjectId: DEMO_PROJECT_ID });
    expect(first.PagingInfo).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 40 });
    expect(first.PagingInfo.ProjectMembers).toHaveLength(10);
    expect(first.PagingInfo.ProjectMembers![0]).toEqual({
      ProjectId: DEMO_PROJECT_ID,
      UserId: '1107550004253538',
      UserName: 'Alice Chen',
      Status: 'Normal',
      Roles: [
        { Code: 'role_project_owner', Name: 'Workspace Owner', Type: 'System' },
        { Code: 'role_project_admin', Name: 'Workspace Administrator', Type: 'System' },
      ],
    });
    const last = await ok('ListProjectMembers', {
      ProjectId: LARGE_PROJECT_ID,
      PageSize: 100,
      PageNumber: 50,
    });
    expect(last.PagingInfo).toMatchObject({ TotalCount: 5_000, PageSize: 100 });
    expect(last.PagingInfo.ProjectMembers).toHaveLength(100);
    const beyond = await ok('ListProjectMembers', {
      ProjectId: LARGE_PROJECT_ID,
      PageSize: 100,
      PageNumber: 51,
    });
    expect(beyond.PagingInfo.ProjectMembers).toEqual([]);
    const tooBig = await client.send('ListProjectMembers', {
      ProjectId: DEMO_PROJECT_ID,
      PageSize: 101,
    });
    expect(tooBig.status).toBe(400);
  });

  it('filters by UserIds and RoleCodes (JSON text), says Forbidden for a disabled member, 404 for no workspace', async () => {
    const { ok, client } = lookups();
    const wire = toWireRequest('ListProjectMembers', {
      ProjectId: DEMO_PROJECT_ID,
      UserIds: [FORBIDDEN_MEMBER],
      RoleCodes: ['role_project_dev'],
    });
    expect(wire.method).toBe('POST');
    expect(fromFormBody(wire.body)).toEqual({
      ProjectId: DEMO_PROJECT_ID,
      UserIds: `["${FORBIDDEN_MEMBER}"]`,
      RoleCodes: '["role_project_dev"]',
    });
    const one = await ok('ListProjectMembers', { ProjectId: DEMO_PROJECT_ID, UserIds: [FORBIDDEN_MEMBER] });
    expect(one.PagingInfo.ProjectMembers).toEqual([
      expect.objectContaining({ UserName: 'Oscar Gao', Status: 'Forbidden' }),
    ]);
    const guests = await ok('ListProjectMembers', {
      ProjectId: DEMO_PROJECT_ID,
      RoleCodes: ['role_project_guest'],
      PageSize: 100,
    });
    expect(guests.PagingInfo.TotalCount).toBe(
      DEMO_MEMBERS.filter((m) => m.Roles.some((r) => r.Code === 'role_project_guest')).length,
    );
    expect(await client.send('ListProjectMembers', { ProjectId: '999' })).toMatchObject({
      status: 404,
      body: { Code: 'Invalid.Project.NotExist' },
    });
  });

  it('GetProjectMember answers one member (Disabled for the same state) or 404', async () => {
    const { ok, client } = lookups();
    const member = await ok('GetProjectMember', { ProjectId: DEMO_PROJECT_ID, UserId: FORBIDDEN_MEMBER });
    expect(member.ProjectMember).toMatchObject({ UserName: 'Oscar Gao', Status: 'Disabled' });
    expect(
      await client.send('GetProjectMember', { ProjectId: DEMO_PROJECT_ID, UserId: NON_MEMBER_OWNER }),
    ).toMatchObject({
      status: 404,
      body: { Code: 'Invalid.ProjectMember.NotExist' },
    });
  });
});

describe('ListResourceGroups', () => {
  it('lists only serverless (CommonV2) groups unless ResourceGroupTypes says more, stopped ones included', async () => {
    const { ok } = lookups();
    const wire = toWireRequest('ListResourceGroups', {
      ProjectId: DEMO_PROJECT_ID,
      ResourceGroupTypes: ['CommonV2', 'ExclusiveScheduler'],
    });
    expect(wire).toMatchObject({
      method: 'GET',
      body: '',
      query: { ProjectId: DEMO_PROJECT_ID, ResourceGroupTypes: '["CommonV2","ExclusiveScheduler"]' },
    });
    const plain = await ok('ListResourceGroups', { ProjectId: DEMO_PROJECT_ID, PageSize: 100 });
    expect(plain.Success).toBe(true);
    expect(new Set(plain.PagingInfo.ResourceGroupList!.map((g) => g.ResourceGroupType))).toEqual(
      new Set(['CommonV2']),
    );
    const both = await ok('ListResourceGroups', {
      ProjectId: DEMO_PROJECT_ID,
      ResourceGroupTypes: ['CommonV2', 'ExclusiveScheduler'],
      PageSize: 100,
    });
    const list = both.PagingInfo.ResourceGroupList!;
    expect(list).toHaveLength(5);
    const stopped = list.find((g) => g.Id === STOPPED_GROUP_ID)!;
    expect(stopped.Status).toBe('Stop');
    expect(typeof stopped.DefaultVswicthId).toBe('string'); // the wire name's typo (reference §6)
    const normal = await ok('ListResourceGroups', {
      ProjectId: DEMO_PROJECT_ID,
      ResourceGroupTypes: ['ExclusiveScheduler'],
      Statuses: ['Normal'],
      PageSize: 1,
      PageNumber: 2,
    });
    expect(normal.PagingInfo).toMatchObject({ TotalCount: 2, PageSize: 1 });
    expect(normal.PagingInfo.ResourceGroupList).toHaveLength(1);
    const finance = await ok('ListResourceGroups', {
      ProjectId: FINANCE_PROJECT_ID,
      ResourceGroupTypes: ['CommonV2'],
    });
    expect(finance.PagingInfo.ResourceGroupList!.map((g) => g.Name)).toEqual(['finance_serverless']);
  });
});

describe('ListDataSources', () => {
  it('groups by name with an instance per environment, Types comma-joined, EnvType filtered', async () => {
    const { ok } = lookups();
    const wire = toWireRequest('ListDataSources', { ProjectId: DEMO_PROJECT_ID, Types: ['mysql', 'odps'] });
    expect(wire.query).toEqual({ ProjectId: DEMO_PROJECT_ID, Types: 'mysql,odps' });
    const typed = await ok('ListDataSources', {
      ProjectId: DEMO_PROJECT_ID,
      Types: ['mysql', 'odps'],
      SortBy: 'Name',
      Order: 'Asc',
    });
    expect(typed.PagingInfo.DataSources!.map((d) => [d.Name, d.Type])).toEqual([
      ['mysql_orders', 'mysql'],
      ['odps_retail', 'odps'],
    ]);
    const mysql = typed.PagingInfo.DataSources![0]!.DataSource as Json[];
    expect(mysql.map((d) => (d.ConnectionProperties as Json).envType)).toEqual(['Dev', 'Prod']);
    // The emulator, like DataWorks may, hands out the password: the proxy must not (secrets tests).
    expect((mysql[0]!.ConnectionProperties as Json).password).toBe(EMULATOR_DATA_SOURCE_PASSWORD);
    expect(typeof mysql[0]!.Id).toBe('string'); // a long, read as digits by the client
    const all = await ok('ListDataSources', { ProjectId: DEMO_PROJECT_ID, PageSize: 3 });
    expect(all.PagingInfo).toMatchObject({ TotalCount: 7, PageSize: 3 });
    expect(all.PagingInfo.DataSources).toHaveLength(3);
    const prod = await ok('ListDataSources', { ProjectId: DEMO_PROJECT_ID, EnvType: 'Dev', PageSize: 100 });
    expect(prod.PagingInfo.DataSources!.map((d) => d.Name)).not.toContain('pg_crm'); // Prod only
  });
});

describe('ListImages, ListProjects and GetProject', () => {
  it('ListImages is a POST with its parameters in the query, ProjectIds as JSON numbers', async () => {
    const { ok } = lookups();
    const wire = toWireRequest('ListImages', { ProjectIds: [DEMO_PROJECT_ID], Statuses: ['Available'] });
    expect(wire).toEqual({
      method: 'POST',
      body: '',
      query: { ProjectIds: `[${DEMO_PROJECT_ID}]`, Statuses: '["Available"]' },
    });
    const images = await ok('ListImages', {
      ProjectIds: [DEMO_PROJECT_ID],
      SupportedModules: ['Scheduler'],
      PageSize: 100,
    });
    expect(images.Success).toBe(true);
    const list = images.PagingInfo.ImageList!;
    expect(list.map((i) => i.Name)).toEqual([
      'dataworks_python39',
      'python3_dataworks',
      'pyodps_ml',
      'spark_legacy',
    ]);
    const finance = await ok('ListImages', { ProjectIds: [FINANCE_PROJECT_ID] });
    expect(finance.PagingInfo.ImageList!.map((i) => i.Official)).toEqual([true]);
  });

  it('ListProjects filters by Ids (JSON numbers) and pages; GetProject answers one or 404', async () => {
    const { ok, client } = lookups();
    expect(
      fromFormBody(toWireRequest('ListProjects', { Ids: [DEMO_PROJECT_ID, LARGE_PROJECT_ID] }).body),
    ).toEqual({
      Ids: `[${DEMO_PROJECT_ID},${LARGE_PROJECT_ID}]`,
    });
    const two = await ok('ListProjects', { Ids: [DEMO_PROJECT_ID, LARGE_PROJECT_ID] });
    expect(two.PagingInfo.Projects!.map((p) => [p.Id, p.Name])).toEqual([
      [DEMO_PROJECT_ID, 'retail_dw'],
      [LARGE_PROJECT_ID, 'group_data_platform'],
    ]);
    const page = await ok('ListProjects', { PageSize: 2, PageNumber: 2 });
    expect(page.PagingInfo).toMatchObject({ TotalCount: 3 });
    expect(page.PagingInfo.Projects).toHaveLength(1);
    const one = await ok('GetProject', { Id: FINANCE_PROJECT_ID });
    expect(one.Project).toMatchObject({
      Id: FINANCE_PROJECT_ID,
      Name: 'finance_dm',
      DevEnvironmentEnabled: false,
    });
    expect(await client.send('GetProject', { Id: '42' })).toMatchObject({ status: 404 });
  });

  it('refuses a lookup by injected fault, and a lookup sent with the wrong method', async () => {
    const { ok, client, emulator } = lookups();
    emulator.faults.configure({
      next: [{ kind: 'error', action: 'ListProjectMembers', status: 403, code: 'Forbidden.Access' }],
    });
    expect(await client.send('ListProjectMembers', { ProjectId: DEMO_PROJECT_ID })).toMatchObject({
      status: 403,
      body: { Code: 'Forbidden.Access' },
    });
    await ok('ListProjectMembers', { ProjectId: DEMO_PROJECT_ID }); // the fault was used up
  });
});

describe("Alibaba Cloud's official client", () => {
  it('calls every lookup laid out as the SDK does and reads the replies (UserId a string, ProjectId a number)', async () => {
    const emulator = await startEmulator({ port: 0, dataDir: ':memory:' });
    const client = new OpenApi(
      new $OpenApiUtil.Config({
        accessKeyId: DEMO_ACCESS_KEY_ID,
        accessKeySecret: DEMO_ACCESS_KEY_SECRET,
        endpoint: emulator.url.host,
        protocol: 'HTTP',
        regionId: 'cn-hangzhou',
      }),
    );
    // As dataworks-public-20240518's client.ts builds each call (reference §2).
    const call = async (action: string, method: string, request: { query?: Json; body?: Json }) => {
      const params = new $OpenApiUtil.Params({
        action,
        version: '2024-05-18',
        protocol: 'HTTPS',
        pathname: '/',
        method,
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
      });
      const reply = (await client.callApi(
        params,
        new $OpenApiUtil.OpenApiRequest(request),
        new RuntimeOptions({}),
      )) as {
        body: Json & { PagingInfo?: Paging };
      };
      return reply.body;
    };
    try {
      const members = await call('ListProjectMembers', 'POST', {
        body: { ProjectId: 530876, PageSize: 100, UserIds: JSON.stringify(['1107550004253538']) },
      });
      expect(members.PagingInfo!.ProjectMembers).toEqual([
        expect.objectContaining({ ProjectId: 530876, UserId: '1107550004253538', UserName: 'Alice Chen' }),
      ]);
      const member = await call('GetProjectMember', 'POST', {
        body: { ProjectId: 530876, UserId: '207413640512347165' },
      });
      expect(member.ProjectMember).toMatchObject({ UserName: '张伟' });
      const groups = await call('ListResourceGroups', 'GET', {
        query: {
          ProjectId: 530876,
          ResourceGroupTypes: JSON.stringify(['CommonV2', 'ExclusiveScheduler']),
          PageSize: 100,
        },
      });
      expect(groups.PagingInfo!.TotalCount).toBe(5);
      const sources = await call('ListDataSources', 'GET', {
        query: { ProjectId: 530876, Types: 'mysql,hologres' },
      });
      expect(sources.PagingInfo!.DataSources!.map((d) => d.Name).sort()).toEqual([
        'holo_retail',
        'mysql_orders',
      ]);
      const images = await call('ListImages', 'POST', {
        query: { ProjectIds: JSON.stringify([530876]), PageSize: 100 },
      });
      expect(images.PagingInfo!.TotalCount).toBe(5);
      const projects = await call('ListProjects', 'POST', {
        body: { Ids: JSON.stringify([530876, 531204]) },
      });
      expect(projects.PagingInfo!.Projects!.map((p) => p.Id)).toEqual([530876, 531204]);
      const project = await call('GetProject', 'GET', { query: { Id: 618000 } });
      expect(project.Project).toMatchObject({ Name: 'group_data_platform' });
    } finally {
      await emulator.close();
    }
  });
});
