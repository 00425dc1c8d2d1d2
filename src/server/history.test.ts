import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { createEmulatorTestKit } from './emulator/emulator-test-kit.ts';
import { openSaveHistory, type SaveRecord } from './history/save-history.ts';

const TASK = '7002918273648500132';

function createTestApp() {
  const kit = createEmulatorTestKit();
  const history = openSaveHistory(':memory:');
  const app = createApp({
    dataworks: kit.client,
    target: 'emulator',
    projectId: DEMO_PROJECT_ID,
    history,
    access: { identityHeader: 'x-forwarded-user' },
  });
  const save = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/dataworks/UpdateTask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-user': 'alice', ...headers },
      body: JSON.stringify(body),
    });
  return { app, save, kit };
}

describe('save precondition', () => {
  it('saves when the task is as loaded, and answers 409 with the current task when it changed since', async () => {
    const { save, kit } = createTestApp();
    const loaded = kit.store.getTask(TASK)!;
    const first = await save({ Id: TASK, Description: 'mine' }, { 'if-match': `"${loaded.ModifyTime}"` });
    expect(first.status).toBe(200);
    const second = await save({ Id: TASK, Description: 'stale' }, { 'if-match': `"${loaded.ModifyTime}"` });
    expect(second.status).toBe(409);
    const body = (await second.json()) as { Code: string; Task: { Description: string; ModifyTime: number } };
    expect(body.Code).toBe('Conflict.TaskModified');
    expect(body.Task.Description).toBe('mine');
    expect(kit.store.getTask(TASK)?.Description).toBe('mine');
    expect(kit.emulator.received.byAction.get('UpdateTask')).toBe(1);
  });

  it('refuses a malformed If-Match', async () => {
    const { save } = createTestApp();
    expect((await save({ Id: TASK, Description: 'x' }, { 'if-match': 'yesterday' })).status).toBe(400);
  });
});

describe('save history', () => {
  it('records each save with who, the request, what it replaced, the RequestId and the outcome', async () => {
    const { app, save, kit } = createTestApp();
    const before = kit.store.getTask(TASK)!;
    await save({ Id: TASK, Name: 'first rename' });
    await save({ Id: TASK, Timeout: 5 }); // refused by validation: never reaches DataWorks nor the history
    await save({ Id: TASK, Dependencies: [{ Type: 'Normal', UpstreamTaskId: '42' }] }); // refused by DataWorks
    await save({ Id: TASK, Name: 'second rename' });
    const response = await app.request(`/api/tasks/${TASK}/history`, {
      headers: { 'x-forwarded-user': 'bob' },
    });
    const { Saves } = (await response.json()) as { Saves: SaveRecord[] };
    expect(Saves.map((s) => [s.outcome, s.status, s.user])).toEqual([
      ['saved', 200, 'alice'],
      ['refused', 400, 'alice'],
      ['saved', 200, 'alice'],
    ]);
    expect(Saves[2]?.before).toEqual({ Name: before.Name });
    expect(Saves[2]?.request).toEqual({ Id: TASK, Name: 'first rename' });
    expect(Saves[0]?.before).toEqual({ Name: 'first rename' });
    expect(Saves[0]?.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });
});
