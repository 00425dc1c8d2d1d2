import { describe, expect, it } from 'vitest';
import type { IndexedTask } from '#domain/task/task-search';
import { createTestApp } from './create-test-app.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { LARGE_PROJECT_ID } from './emulator/workspace-seed.ts';

// The list's search through the proxy's task index: every word, in name or description, IDs, filters, sorts,
// pages; fresh after a save; kept to the served workspaces.

interface SearchReply {
  TotalCount: number;
  Tasks: IndexedTask[];
  Types?: string[];
  TagKeys?: string[];
}

function searchApp(freshMs = 5_000) {
  const test = createTestApp({ taskIndexFreshMs: freshMs });
  const search = async (query: string) => {
    const response = await test.app.request(`/api/projects/${DEMO_PROJECT_ID}/tasks?${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as SearchReply;
  };
  const listCalls = () => test.received.byAction.get('ListTasks') ?? 0;
  /** The index read whole (a search with no words waits for it). */
  const warm = () => search('');
  return { ...test, search, listCalls, warm };
}

describe('GET /api/projects/:projectId/tasks', () => {
  it('before the index is read, answers from ListTasks by the longest word, names only, and says so', async () => {
    const { search, listCalls } = searchApp();
    const cold = (await search('q=orders%20ods')) as SearchReply & { IndexLoading?: boolean };
    expect(cold.IndexLoading).toBe(true);
    expect(cold.TotalCount).toBeGreaterThan(0);
    for (const task of cold.Tasks) expect(task.Name).toMatch(/ods.*order|order.*ods/);
    expect(listCalls()).toBe(2); // ListTasks Name=order, and the whole read begun in the background
    const warm = (await search('q=orders%20ods')) as SearchReply & { IndexLoading?: boolean };
    expect(warm.IndexLoading).toBeUndefined();
    expect(warm.Tasks.map((t) => t.Id)).toEqual(cold.Tasks.map((t) => t.Id));
  });

  it('needs every word, in any order, across `_`, `-` and spaces, with a plural s, in name or description', async () => {
    const { search, warm } = searchApp();
    await warm();
    const found = await search('q=orders%20ods');
    expect(found.TotalCount).toBeGreaterThan(0);
    for (const task of found.Tasks) expect(task.Name).toMatch(/ods.*order|order.*ods/);
    const intraday = await search('q=intraday&pageSize=100');
    expect(intraday.TotalCount).toBeGreaterThan(0);
    for (const task of intraday.Tasks) expect(task.Description).toContain('intraday');
    const id = '7002918273648500132';
    const byId = await search(`q=${id}`);
    expect(byId.Tasks[0]!.Id).toBe(id);
  });

  it('filters by type, schedule kind, recurrence, tag and owner, sorts and pages', async () => {
    const { search, warm } = searchApp();
    await warm();
    const hourly = await search('schedule=hourly&pageSize=100');
    expect(hourly.TotalCount).toBeGreaterThan(0);
    for (const task of hourly.Tasks) expect(task.Trigger?.Cron).toMatch(/^00 00 /);
    const paused = await search('recurrence=Pause&pageSize=100');
    for (const task of paused.Tasks) expect(task.Trigger?.Recurrence).toBe('Pause');
    // Tags are read with GetTask (ListTasks carries none): 72 tasks within the first search's budget.
    const sla = (await search('tag=sla%3DP1&pageSize=100')) as SearchReply & {
      TagsRead: number;
      TagsTotal: number;
    };
    expect([sla.TagsRead, sla.TagsTotal]).toEqual([72, 72]);
    expect(sla.TotalCount).toBe(18);
    for (const task of sla.Tasks) expect(task.Tags).toContainEqual({ Key: 'sla', Value: 'P1' });
    const byName = await search('sort=name&pageSize=100');
    const names = byName.Tasks.map((t) => t.Name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const page2 = await search('sort=name&page=2&pageSize=10');
    expect(page2.Tasks.map((t) => t.Name)).toEqual(names.slice(10, 20));
    expect(byName.Types).toContain('ODPS_SQL');
    expect((await search('sort=name')).TagKeys).toEqual(['domain', 'layer', 'sla']);
  });

  it('answers every match with all=1 (for select all matching)', async () => {
    const { search, warm } = searchApp();
    await warm();
    const all = await search('q=ods&all=1');
    expect(all.Tasks.length).toBe(all.TotalCount);
    expect(all.Tasks.length).toBeGreaterThan(20);
    expect(Object.keys(all.Tasks[0]!).sort()).toEqual(['Id', 'Name']);
  });

  it('reads every page once, then only the newest changes, so a save is found at once', async () => {
    const { search, post, listCalls, warm } = searchApp(0);
    await warm();
    const whole = listCalls();
    expect(whole).toBe(1); // 72 tasks: one page of 100
    const [task] = (await search('q=ods_item_member_hi')).Tasks;
    const read = (await (await post('GetTask', { Id: task!.Id })).json()) as { Task: { ModifyTime: number } };
    const saved = await post(
      'UpdateTask',
      { Id: task!.Id, Description: 'nightly reconciliation of 会员 members' },
      { 'if-match': String(read.Task.ModifyTime) },
    );
    expect(saved.status).toBe(200);
    const found = await search('q=reconciliation%20会员');
    expect(found.Tasks.map((t) => t.Id)).toEqual([task!.Id]);
    expect(listCalls() - whole).toBe(2); // one page of changes per search, not the whole workspace again
  });

  it('refuses a workspace not served, and a filter that breaks its rule, naming it', async () => {
    const { app, received } = searchApp();
    const foreign = await app.request(`/api/projects/${LARGE_PROJECT_ID}/tasks`);
    expect(foreign.status).toBe(403);
    const bad = await app.request(`/api/projects/${DEMO_PROJECT_ID}/tasks?schedule=fortnightly`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { Message: string }).Message).toMatch(/^schedule: /);
    expect(received.total).toBe(0);
  });
});
