import { describe, expect, it } from 'vitest';
import { createTestApp as createProxy } from './create-test-app.ts';
import type { SaveRecord } from './history/save-history.ts';

const TASK = '7002918273648500132';

function createTestApp() {
  const { app, post, kit, history } = createProxy({ access: { identityHeader: 'x-forwarded-user' } });
  const save = (body: unknown, headers: Record<string, string> = {}) =>
    post('UpdateTask', body, { 'x-forwarded-user': 'alice', ...headers });
  const outcome = (path: string, headers: Record<string, string> = { 'x-forwarded-user': 'alice' }) =>
    app.request(`/api/tasks/${path}/outcome`, { headers });
  return { app, save, outcome, kit, history };
}

const tick = () => new Promise((r) => setTimeout(r, 5)); // the next write gets a later ModifyTime

interface ConflictBody {
  Code: string;
  Message: string;
  Task: { Description: string; ModifyUser: string };
  ModifiedBy?: { User: string; Time: number; OwnSave: boolean; SaveId: number };
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

  it('names the editor user whose save made the change: alice saves, bob on the old version gets 409 naming alice', async () => {
    const { save, kit, history } = createTestApp();
    const loaded = kit.store.getTask(TASK)!;
    const ifMatch = { 'if-match': `"${loaded.ModifyTime}"` };
    expect((await save({ Id: TASK, Description: 'alice was here' }, ifMatch)).status).toBe(200);
    const alices = (await history.list(TASK))[0]!;
    const bob = await save(
      { Id: TASK, Description: 'bob on the old version' },
      { ...ifMatch, 'x-forwarded-user': 'bob' },
    );
    expect(bob.status).toBe(409);
    const body = (await bob.json()) as ConflictBody;
    expect(body.ModifiedBy).toEqual({ User: 'alice', Time: alices.time, OwnSave: false, SaveId: alices.id });
    expect(body.Message).toMatch(/changed by alice through this editor at \d{4}-/);
    expect(body.Message).not.toContain(loaded.ModifyUser ?? '(none)');
    expect(body.Task.Description).toBe('alice was here');
    expect(kit.emulator.received.byAction.get('UpdateTask')).toBe(1);
  });

  it('answers a retry of the same change by the same user with AlreadyApplied and sends nothing; another user gets 409', async () => {
    const { save, kit, history } = createTestApp();
    const loaded = kit.store.getTask(TASK)!;
    const ifMatch = { 'if-match': `"${loaded.ModifyTime}"` };
    expect((await save({ Id: TASK, Description: 'once' }, ifMatch)).status).toBe(200);
    const first = (await history.list(TASK))[0]!;
    const retry = await save({ Id: TASK, Description: 'once' }, ifMatch);
    expect(retry.status).toBe(200);
    const body = (await retry.json()) as Record<string, unknown>;
    expect(body).toEqual({ Success: true, AlreadyApplied: true, SaveId: first.id });
    expect(body).not.toHaveProperty('RequestId');
    expect((await history.list(TASK))[0]).toMatchObject({
      outcome: 'already-applied',
      status: 200,
      requestId: null,
    });
    const bobs = await save({ Id: TASK, Description: 'once' }, { ...ifMatch, 'x-forwarded-user': 'bob' });
    expect(bobs.status).toBe(409);
    expect(((await bobs.json()) as ConflictBody).ModifiedBy).toMatchObject({ User: 'alice', OwnSave: false });
    expect(kit.emulator.received.byAction.get('UpdateTask')).toBe(1);
    expect(kit.store.versions(TASK)).toHaveLength(1);
  });

  it("names the editor's save only while the task holds it: after a console edit the 409 blames ModifyUser again", async () => {
    const { save, kit } = createTestApp();
    expect((await save({ Id: TASK, Name: 'carol renamed it' }, { 'x-forwarded-user': 'carol' })).status).toBe(
      200,
    );
    await tick();
    expect((await save({ Id: TASK, Description: 'through the editor' })).status).toBe(200);
    const afterEditor = kit.store.getTask(TASK)!;
    const bobOnOld = { 'if-match': '"1"', 'x-forwarded-user': 'bob' };
    const first = (await (await save({ Id: TASK, Description: 'bob' }, bobOnOld)).json()) as ConflictBody;
    expect(first.ModifiedBy).toMatchObject({ User: 'alice', OwnSave: false });

    await tick();
    const outside = await kit.client.send('UpdateTask', {
      Id: TASK,
      Description: 'in the DataWorks console',
    });
    expect(outside.status).toBe(200);
    const bob = await save(
      { Id: TASK, Description: 'bob' },
      { 'if-match': `"${afterEditor.ModifyTime}"`, 'x-forwarded-user': 'bob' },
    );
    expect(bob.status).toBe(409);
    const body = (await bob.json()) as ConflictBody;
    // carol's older rename is still held, but alice's later save was overwritten: the change is not ours
    expect(body).not.toHaveProperty('ModifiedBy');
    expect(body.Message).toContain(`changed by ${body.Task.ModifyUser} after you loaded it`);
    expect(kit.emulator.received.byAction.get('UpdateTask')).toBe(3);
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

describe('GET /api/tasks/:id/saves/:saveId/outcome', () => {
  it('answers landed for a save that was saved, with the task as read back now', async () => {
    const { save, outcome, history } = createTestApp();
    await save({ Id: TASK, Description: 'plainly saved' });
    const id = (await history.list(TASK))[0]!.id;
    const response = await outcome(`${TASK}/saves/${id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      Outcome: 'landed',
      SaveId: id,
      Task: { Id: TASK, Description: 'plainly saved' },
    });
  });

  it('refuses IDs that are not digits with 400, and answers 404 SaveNotFound for a missing save or another task', async () => {
    const { save, outcome, history, kit } = createTestApp();
    await save({ Id: TASK, Description: 'x' });
    const id = (await history.list(TASK))[0]!.id;
    const badTask = await outcome(`abc/saves/${id}`);
    expect(badTask.status).toBe(400);
    expect(await badTask.json()).toMatchObject({ Code: 'InvalidParameter', Issues: [{ path: 'Id' }] });
    for (const saveId of ['x1', '1.5', '-1', '1234567890123456']) {
      const bad = await outcome(`${TASK}/saves/${saveId}`);
      expect(bad.status, saveId).toBe(400);
      expect(await bad.json()).toMatchObject({ Code: 'InvalidParameter', Issues: [{ path: 'SaveId' }] });
    }
    for (const path of [`${TASK}/saves/${id + 1}`, `700004500000/saves/${id}`]) {
      const missing = await outcome(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.json()).toMatchObject({ Code: 'SaveNotFound' });
    }
    expect(kit.emulator.received.byAction.get('GetTask')).toBe(1); // the save's own read: none for refusals
  });

  it('is guarded like the other API routes', async () => {
    const { save, outcome, history } = createTestApp();
    await save({ Id: TASK, Description: 'x' });
    const path = `${TASK}/saves/${(await history.list(TASK))[0]!.id}`;
    expect((await outcome(path)).status).toBe(200);
    expect((await outcome(path, {})).status).toBe(401);
    expect(
      (await outcome(path, { 'x-forwarded-user': 'alice', 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403);
  });
});
