import { describe, expect, it } from 'vitest';
import {
  DataSourcesReplySchema,
  ImagesReplySchema,
  MemberReplySchema,
  MembersReplySchema,
  ProjectsReplySchema,
  ResourceGroupsReplySchema,
} from '#domain/workspace/lookup-contract';
import { createTestApp } from './create-test-app.ts';
import {
  EMULATOR_DATA_SOURCE_PASSWORD,
  FORBIDDEN_MEMBER,
  NON_MEMBER_OWNER,
  STOPPED_GROUP_ID,
} from './emulator/demo-directory.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { FINANCE_PROJECT_ID, LARGE_PROJECT_ID } from './emulator/workspace-seed.ts';
import { DEFAULT_DIRECTORY_TTL_MS } from './lookup-routes.ts';

type Json = Record<string, unknown>;

function lookupApp(options: Parameters<typeof createTestApp>[0] = {}) {
  const test = createTestApp(options);
  const get = async (path: string) => {
    const response = await test.app.request(`/api/projects${path}`);
    return { status: response.status, body: (await response.json()) as Json };
  };
  const sent = (action: string) => test.received.byAction.get(action) ?? 0;
  return { ...test, get, sent };
}

describe('GET /api/projects/:projectId/members', () => {
  it('reads every page of the 5,000-member workspace once, then answers searches from memory', async () => {
    const { get, sent } = lookupApp({ projectId: LARGE_PROJECT_ID });
    const first = MembersReplySchema.parse((await get(`/${LARGE_PROJECT_ID}/members`)).body);
    expect(first).toMatchObject({ Total: 5_000, Pages: 50 });
    expect(first.Members).toHaveLength(50);
    expect(sent('ListProjectMembers')).toBe(50);
    const alice = MembersReplySchema.parse((await get(`/${LARGE_PROJECT_ID}/members?q=alice&limit=5`)).body);
    expect(alice.Members[0]).toMatchObject({ UserId: '1107550004253538', Name: 'Alice Chen' });
    expect(alice.LoadedAt).toBe(first.LoadedAt);
    expect(sent('ListProjectMembers')).toBe(50);
  });

  it('keeps the directory for the TTL (5 minutes by default) and reads it again after', async () => {
    let time = Date.UTC(2026, 11, 1);
    const { get, sent } = lookupApp({ now: () => time });
    const first = MembersReplySchema.parse((await get(`/${DEMO_PROJECT_ID}/members`)).body);
    expect(first).toMatchObject({ Total: 40, Pages: 1, LoadedAt: time });
    time += DEFAULT_DIRECTORY_TTL_MS - 1;
    await get(`/${DEMO_PROJECT_ID}/members?q=张`);
    expect(sent('ListProjectMembers')).toBe(1);
    time += 1;
    const again = MembersReplySchema.parse((await get(`/${DEMO_PROJECT_ID}/members`)).body);
    expect(again.LoadedAt).toBe(time);
    expect(sent('ListProjectMembers')).toBe(2);
  });

  it('takes its TTL from the options (MEMBER_DIRECTORY_TTL_MS)', async () => {
    let time = 0;
    const { get, sent } = lookupApp({ now: () => time, memberDirectoryTtlMs: 1_000 });
    await get(`/${DEMO_PROJECT_ID}/members`);
    time = 1_000;
    await get(`/${DEMO_PROJECT_ID}/members`);
    expect(sent('ListProjectMembers')).toBe(2);
  });

  it('shares one load between concurrent first requests', async () => {
    const { get, sent } = lookupApp({ projectId: LARGE_PROJECT_ID });
    const replies = await Promise.all([
      get(`/${LARGE_PROJECT_ID}/members?q=王`),
      get(`/${LARGE_PROJECT_ID}/members?q=Chen`),
      get(`/${LARGE_PROJECT_ID}/members/1107550004253538`),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(sent('ListProjectMembers')).toBe(50);
  });

  it("answers a refused load with DataWorks' status and Code, and does not keep the failure", async () => {
    const { get, kit } = lookupApp();
    kit.emulator.faults.configure({
      next: [{ kind: 'error', action: 'ListProjectMembers', status: 403, code: 'Forbidden.Access' }],
    });
    const refused = await get(`/${DEMO_PROJECT_ID}/members?q=张`);
    expect(refused.status).toBe(403);
    expect(Object.keys(refused.body).sort()).toEqual(['Code', 'Message', 'RequestId']);
    expect(refused.body).toMatchObject({ Code: 'Forbidden.Access', Message: 'Injected fault.' });
    expect((await get(`/${DEMO_PROJECT_ID}/members?q=张`)).status).toBe(200);
  });

  it('searches by name or ID, Chinese fragments included, best first, with roles', async () => {
    const { get } = lookupApp();
    const zhang = MembersReplySchema.parse(
      (await get(`/${DEMO_PROJECT_ID}/members?q=${encodeURIComponent('张')}`)).body,
    );
    expect(zhang.Members.map((m) => m.Name)).toEqual(['张伟', '张伟']);
    expect(zhang.Total).toBe(2);
    expect(zhang.Members[0]).toEqual({
      UserId: '207413640512347165',
      Name: '张伟',
      Status: 'Normal',
      Roles: [
        { Code: 'role_project_dev', Name: 'Develop' },
        { Code: 'role_project_deploy', Name: 'Deploy' },
      ],
    });
    const byId = MembersReplySchema.parse((await get(`/${DEMO_PROJECT_ID}/members?q=1965326452930810`)).body);
    expect(byId.Members[0]).toMatchObject({ Name: 'Bob Wang' });
    const limited = MembersReplySchema.parse((await get(`/${DEMO_PROJECT_ID}/members?q=a&limit=3`)).body);
    expect(limited.Members).toHaveLength(3);
    expect(limited.Total).toBeGreaterThan(3);
    expect((await get(`/${DEMO_PROJECT_ID}/members?limit=0`)).status).toBe(400);
    expect((await get(`/${DEMO_PROJECT_ID}/members?limit=abc`)).status).toBe(400);
  });
});

describe('GET /api/projects/:projectId/members/:userId', () => {
  it('answers a member from the directory, 404 MemberNotFound for a numeric ID that is not one, 400 for a name', async () => {
    const { get, sent } = lookupApp();
    const oscar = MemberReplySchema.parse(
      (await get(`/${DEMO_PROJECT_ID}/members/${FORBIDDEN_MEMBER}`)).body,
    );
    expect(oscar.Member).toMatchObject({ Name: 'Oscar Gao', Status: 'Forbidden' });
    const stranger = await get(`/${DEMO_PROJECT_ID}/members/${NON_MEMBER_OWNER}`);
    expect(stranger).toMatchObject({
      status: 404,
      body: { Code: 'MemberNotFound', LoadedAt: oscar.LoadedAt },
    });
    expect((await get(`/${DEMO_PROJECT_ID}/members/zhangsan`)).status).toBe(400);
    expect(sent('ListProjectMembers')).toBe(1);
    expect(sent('GetProjectMember')).toBe(0);
  });
});

describe('the lookups keep to the served workspace', () => {
  it('refuse another workspace with 403 and send nothing; a non-numeric one is 400', async () => {
    const { get, received } = lookupApp();
    for (const path of ['members', 'members/1107550004253538', 'resource-groups', 'data-sources', 'images']) {
      const reply = await get(`/${FINANCE_PROJECT_ID}/${path}`);
      expect(reply, path).toMatchObject({ status: 403, body: { Code: 'Forbidden.Project' } });
      expect((await get(`/530876x/${path}`)).status).toBe(400);
    }
    expect(received.total).toBe(0);
  });
});

describe('GET /api/projects/:projectId/resource-groups, data-sources and images', () => {
  it('lists serverless and exclusive scheduling groups, the stopped one included, with picked fields', async () => {
    const { get } = lookupApp();
    const { body } = await get(`/${DEMO_PROJECT_ID}/resource-groups`);
    const groups = ResourceGroupsReplySchema.parse(body).ResourceGroups;
    expect(new Set(groups.map((g) => g.Type))).toEqual(new Set(['CommonV2', 'ExclusiveScheduler']));
    expect(groups.find((g) => g.Id === STOPPED_GROUP_ID)).toEqual({
      Id: STOPPED_GROUP_ID,
      Name: 'sched_exclusive_2023',
      Type: 'ExclusiveScheduler',
      Status: 'Stop',
    });
    expect(groups.every((g) => Object.keys(g).join() === 'Id,Name,Type,Status')).toBe(true);
  });

  it('lists data sources by name and environment, and nothing of their connection properties', async () => {
    const { app } = lookupApp();
    const response = await app.request(`/api/projects/${DEMO_PROJECT_ID}/data-sources`);
    const text = await response.text();
    expect(text).not.toContain(EMULATOR_DATA_SOURCE_PASSWORD);
    const sources = DataSourcesReplySchema.parse(JSON.parse(text)).DataSources;
    expect(sources.filter((s) => s.Name === 'mysql_orders')).toEqual([
      { Name: 'mysql_orders', Type: 'mysql', EnvType: 'Dev' },
      { Name: 'mysql_orders', Type: 'mysql', EnvType: 'Prod' },
    ]);
    expect(new Set(sources.map((s) => s.Type))).toEqual(
      new Set(['odps', 'hologres', 'mysql', 'postgresql', 'clickhouse', 'emr', 'polardb']),
    );
    expect(sources.every((s) => Object.keys(s).join() === 'Name,Type,EnvType')).toBe(true);
  });

  it('lists scheduling images; 501 Lookup.Unavailable where ListImages is not offered, 403 where refused', async () => {
    const { get, kit } = lookupApp();
    const images = ImagesReplySchema.parse((await get(`/${DEMO_PROJECT_ID}/images`)).body).Images;
    expect(images.map((i) => [i.Id, i.Status])).toEqual([
      ['Official_image_python39', 'Available'],
      ['Custom_image_530876_1001', 'Available'],
      ['Custom_image_530876_1002', 'Available'],
      ['Custom_image_530876_1003', 'Disabled'],
    ]);
    kit.emulator.faults.configure({
      next: [
        { kind: 'error', action: 'ListImages', status: 404, code: 'InvalidAction.NotFound' },
        { kind: 'error', action: 'ListImages', status: 403, code: 'Forbidden.Access' },
      ],
    });
    expect(await get(`/${DEMO_PROJECT_ID}/images`)).toMatchObject({
      status: 501,
      body: { Code: 'Lookup.Unavailable' },
    });
    expect(await get(`/${DEMO_PROJECT_ID}/images`)).toMatchObject({
      status: 403,
      body: { Code: 'Forbidden.Access' },
    });
  });
});

describe('GET /api/projects', () => {
  it('names the served workspace from ListProjects, or GetProject when the key may not list', async () => {
    const { get, sent } = lookupApp();
    expect(ProjectsReplySchema.parse((await get('')).body)).toEqual({
      Projects: [
        {
          Id: DEMO_PROJECT_ID,
          Name: 'retail_dw',
          DisplayName: '零售数仓 Retail DW',
          DevEnvironmentEnabled: true,
        },
      ],
    });
    expect(sent('GetProject')).toBe(0);

    const refused = lookupApp();
    refused.kit.emulator.faults.configure({
      next: [{ kind: 'error', action: 'ListProjects', status: 403, code: 'Forbidden.Access' }],
    });
    expect((await refused.get('')).body).toMatchObject({ Projects: [{ Name: 'retail_dw' }] });
    expect(refused.sent('GetProject')).toBe(1);

    const neither = lookupApp();
    neither.kit.emulator.faults.configure({
      next: [
        { kind: 'error', action: 'ListProjects', status: 403, code: 'Forbidden.Access' },
        { kind: 'error', action: 'GetProject', status: 403, code: 'Forbidden.Access' },
      ],
    });
    expect(await neither.get('')).toMatchObject({ status: 403, body: { Code: 'Forbidden.Access' } });
  });
});
