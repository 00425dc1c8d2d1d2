import { describe, expect, it } from 'vitest';
import type { Task } from '#domain/task/task';
import { createTestApp } from './create-test-app.ts';
import { readWorkspaceSettings, resolveDefaultWorkspace } from './dataworks/workspace-settings.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { FINANCE_PROJECT_ID, LARGE_PROJECT_ID } from './emulator/workspace-seed.ts';

// DATAWORKS_PROJECT_IDS: several workspaces (or `*`) served by one deployment, each call kept to them.

type Json = Record<string, unknown>;

describe('the workspace settings', () => {
  it('read a list, the default first unless named, and refuse a default outside the list', () => {
    expect(readWorkspaceSettings({ DATAWORKS_PROJECT_IDS: ' 531204, 530876 ,531204' })).toEqual({
      allow: ['531204', '530876'],
      defaultId: '531204',
    });
    expect(
      readWorkspaceSettings({ DATAWORKS_PROJECT_IDS: '531204,530876', DATAWORKS_PROJECT_ID: '530876' }),
    ).toEqual({ allow: ['531204', '530876'], defaultId: '530876' });
    expect(() =>
      readWorkspaceSettings({ DATAWORKS_PROJECT_IDS: '531204', DATAWORKS_PROJECT_ID: '530876' }),
    ).toThrow(/DATAWORKS_PROJECT_ID 530876 is not in DATAWORKS_PROJECT_IDS/);
  });

  it('keep the single DATAWORKS_PROJECT_ID as the only workspace, and fall back when none is set', () => {
    expect(readWorkspaceSettings({ DATAWORKS_PROJECT_ID: '530876' })).toEqual({
      allow: ['530876'],
      defaultId: '530876',
    });
    expect(readWorkspaceSettings({})).toBeUndefined();
    expect(readWorkspaceSettings({}, { allow: '*', defaultId: '1' })).toEqual({ allow: '*', defaultId: '1' });
    expect(readWorkspaceSettings({ DATAWORKS_PROJECT_IDS: '*' })).toEqual({
      allow: '*',
      defaultId: undefined,
    });
  });

  it('choose the lowest workspace ID ListProjects names as the default of * with none named', async () => {
    const { kit } = createTestApp();
    expect(await resolveDefaultWorkspace({ allow: '*', defaultId: undefined }, kit.client)).toBe(
      DEMO_PROJECT_ID,
    );
    expect(await resolveDefaultWorkspace({ allow: '*', defaultId: LARGE_PROJECT_ID }, kit.client)).toBe(
      LARGE_PROJECT_ID,
    );
  });
});

describe('a deployment serving two of the three workspaces', () => {
  const twoOfThree = () => createTestApp({ projectIds: [DEMO_PROJECT_ID, FINANCE_PROJECT_ID] });

  it('lists the served workspaces with their names', async () => {
    const { app } = twoOfThree();
    const reply = (await (await app.request('/api/projects')).json()) as { Projects: Json[] };
    expect(reply.Projects.map((p) => [p.Id, p.Name])).toEqual([
      [DEMO_PROJECT_ID, 'retail_dw'],
      [FINANCE_PROJECT_ID, 'finance_dm'],
    ]);
  });

  it("lists, reads and saves the second workspace's tasks", async () => {
    const { post, kit } = twoOfThree();
    const list = (await (
      await post('ListTasks', { ProjectId: FINANCE_PROJECT_ID, PageSize: 100 })
    ).json()) as {
      PagingInfo: { Tasks: Task[]; TotalCount: number };
    };
    expect(list.PagingInfo.TotalCount).toBe(24);
    expect(new Set(list.PagingInfo.Tasks.map((t) => t.ProjectId))).toEqual(new Set([FINANCE_PROJECT_ID]));
    const task = list.PagingInfo.Tasks[0]!;
    const read = (await (await post('GetTask', { Id: task.Id })).json()) as { Task: Task };
    const saved = await post(
      'UpdateTask',
      { Id: task.Id, Description: 'moved to the finance close' },
      { 'if-match': String(read.Task.ModifyTime) },
    );
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(kit.store.getTask(task.Id)?.Description).toBe('moved to the finance close');
  });

  it("refuses the third workspace's tasks, members and resources with 403, forwarding nothing of them", async () => {
    const { post, app, received, kit } = twoOfThree();
    const largeTask = kit.store.listTasks({ projectId: LARGE_PROJECT_ID, pageNumber: 1, pageSize: 1 })
      .tasks[0]!;
    const sentBefore = received.total;
    const refusals: Response[] = [
      await post('ListTasks', { ProjectId: LARGE_PROJECT_ID }),
      await post('ListProjectMembers', { ProjectId: LARGE_PROJECT_ID }),
      await post('ListImages', { ProjectIds: [DEMO_PROJECT_ID, LARGE_PROJECT_ID] }),
      await app.request(`/api/projects/${LARGE_PROJECT_ID}/members?q=a`),
      await app.request(`/api/projects/${LARGE_PROJECT_ID}/resource-groups`),
      await app.request(`/api/projects/${LARGE_PROJECT_ID}/data-sources`),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ Code: 'Forbidden.Project' });
    }
    expect(received.total).toBe(sentBefore);

    // A task is known by reading it: the read is refused, and the write never sent.
    const read = await post('GetTask', { Id: largeTask.Id });
    expect(read.status).toBe(403);
    const refusal = (await read.json()) as { Code: string; Message: string };
    expect(refusal.Code).toBe('Forbidden.Project');
    expect(refusal.Message).toContain(LARGE_PROJECT_ID);
    const write = await post('UpdateTask', { Id: largeTask.Id, Description: 'x' }, { 'if-match': '1' });
    expect(write.status).toBe(403);
    expect(received.byAction.get('UpdateTask') ?? 0).toBe(0);
    expect(kit.store.getTask(largeTask.Id)?.Description).toBe(largeTask.Description);
  });
});

describe('a deployment serving * (every workspace the key can see)', () => {
  it('lists all three workspaces and serves their tasks, refusing an ID the key cannot see', async () => {
    const { app, post, received } = createTestApp({ projectIds: '*' });
    const reply = (await (await app.request('/api/projects')).json()) as { Projects: Json[] };
    expect(reply.Projects.map((p) => p.Id)).toEqual([DEMO_PROJECT_ID, FINANCE_PROJECT_ID, LARGE_PROJECT_ID]);
    const list = await post('ListTasks', { ProjectId: LARGE_PROJECT_ID });
    expect(list.status).toBe(200);
    const before = received.total;
    const other = await post('ListTasks', { ProjectId: '999999' });
    expect(other.status).toBe(403);
    expect(received.total).toBe(before);
  });
});
