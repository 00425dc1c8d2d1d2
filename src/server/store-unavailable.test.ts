import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

// The proxy with a store that stops answering (an SQLite file closed under it): the same paths a PostgreSQL
// outage takes (store/postgres-store.test.ts and replicas.test.ts run them on a real server).
const TASK = '7002918273648500132';

async function loadedTask(post: ReturnType<typeof createTestApp>['post']) {
  const read = await post('GetTask', { Id: TASK });
  return ((await read.json()) as { Task: { ModifyTime: number; Description: string } }).Task;
}

describe('a store that is unavailable', () => {
  it('turns health.store.ok false and readiness 503, while health itself still answers 200', async () => {
    const store = openSqliteStore(':memory:');
    const { app } = createTestApp({ store });
    expect(await (await app.request('/api/ready')).json()).toEqual({
      ready: true,
      store: { kind: 'sqlite', ok: true },
    });
    await store.close();
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, store: { kind: 'sqlite', ok: false } });
    const ready = await app.request('/api/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      ready: false,
      store: { kind: 'sqlite', ok: false },
      message: expect.stringContaining('does not answer') as string,
    });
  });

  it('answers health and readiness without the access token or identity header (load balancers call them)', async () => {
    const { app } = createTestApp({
      access: { accessToken: 'a-long-enough-secret-token', identityHeader: 'x-user' },
    });
    expect((await app.request('/api/ready')).status).toBe(200);
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await app.request('/api/tasks/1/history')).status).toBe(401);
  });

  it('refuses a save with 503 Store.Unavailable and sends nothing to DataWorks', async () => {
    const store = openSqliteStore(':memory:');
    const { post, received } = createTestApp({ store });
    const task = await loadedTask(post);
    await store.close();
    const response = await post(
      'UpdateTask',
      { Id: TASK, Description: 'not recorded, not sent' },
      { 'if-match': `"${task.ModifyTime}"` },
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      Code: 'Store.Unavailable',
      Message: expect.stringContaining('was not sent to DataWorks') as string,
    });
    expect(received.byAction.get('UpdateTask')).toBeUndefined();
    expect((await loadedTask(post)).Description).toBe(task.Description);
  });

  it('answers a history read with 503 Store.Unavailable', async () => {
    const store = openSqliteStore(':memory:');
    const { app } = createTestApp({ store });
    await store.close();
    const response = await app.request(`/api/tasks/${TASK}/history`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ Code: 'Store.Unavailable' });
  });
});

describe('a save is recorded before it is sent', () => {
  it('is in the history as unknown while DataWorks has it, then concluded with its answer', async () => {
    const { post, kit, history } = createTestApp();
    const task = await loadedTask(post);
    const send = kit.client.send.bind(kit.client);
    let duringSend: unknown;
    kit.client.send = async (action, request) => {
      if (action === 'UpdateTask') duringSend = await history.list(TASK);
      return send(action, request);
    };
    const response = await post(
      'UpdateTask',
      { Id: TASK, Description: 'recorded first' },
      { 'if-match': `"${task.ModifyTime}"` },
    );
    expect(response.status).toBe(200);
    expect(duringSend).toMatchObject([
      { outcome: 'unknown', status: 0, settleUntil: expect.any(Number) as number },
    ]);
    const [saved] = await history.list(TASK);
    expect(saved).toMatchObject({ outcome: 'saved', status: 200, settleUntil: null, user: 'local' });
    expect(saved!.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });
});
