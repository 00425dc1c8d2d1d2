import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createDataWorksClient } from './dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { startEmulator, type RunningEmulator } from './emulator/start-emulator.ts';
import { openSaveHistory } from './history/save-history.ts';

// Each fault is injected into a real emulator over HTTP, and the proxy's answer is checked.
const TASK = '700004500000';
let emulator: RunningEmulator;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'faults-')) });
});
afterEach(async () => {
  await emulator.close();
});

function createProxy(timeoutMs = 2000) {
  const client = createDataWorksClient({
    endpoint: emulator.url,
    getCredentials: () =>
      Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
    timeoutMs,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
  const history = openSaveHistory(':memory:');
  const app = createApp({ dataworks: client, target: 'emulator', projectId: DEMO_PROJECT_ID, history });
  const post = async (action: string, body: unknown) => {
    const response = await app.request(`/api/dataworks/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { post, history };
}

const updates = () => emulator.received.byAction.get('UpdateTask') ?? 0;

describe('faults on reads', () => {
  it('retries a failing read and succeeds', async () => {
    const { post } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'error', action: 'GetTask', status: 500, code: 'InternalError.System', count: 2 }],
    });
    const reply = await post('GetTask', { Id: TASK });
    expect(reply.status).toBe(200);
    expect(emulator.received.byAction.get('GetTask')).toBe(3);
  });

  it('retries a throttled read', async () => {
    const { post } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'throttle', action: 'ListTasks', status: 429, code: 'Throttling.User', count: 1 }],
    });
    expect((await post('ListTasks', { PageSize: 1 })).status).toBe(200);
  });

  it('retries a dropped connection', async () => {
    const { post } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'drop', action: 'GetTask', status: 500, code: 'x', count: 1 }],
    });
    expect((await post('GetTask', { Id: TASK })).status).toBe(200);
  });

  it('answers 504 UpstreamTimeout in words when DataWorks is too slow', async () => {
    const { post } = createProxy(150);
    emulator.faults.configure({ latencyMs: 400 });
    const reply = await post('GetTask', { Id: TASK });
    expect(reply.status).toBe(504);
    expect(reply.body.Code).toBe('UpstreamTimeout');
    expect(reply.body.Message).toMatch(/did not answer in time/);
  });

  it('answers 502 UpstreamUnavailable when nothing listens', async () => {
    const { post } = createProxy();
    await emulator.close();
    const reply = await post('GetTask', { Id: TASK });
    expect(reply.status).toBe(502);
    expect(reply.body.Code).toBe('UpstreamUnavailable');
    emulator = await startEmulator({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'faults-')) });
  });
});

describe('faults on writes', () => {
  it('repeats a throttled save, which DataWorks refused, and it is applied once', async () => {
    const { post } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'throttle', action: 'UpdateTask', status: 429, code: 'Throttling.User', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'after throttling' });
    expect(reply.body).toMatchObject({ Success: true });
    expect(updates()).toBe(2);
    expect(emulator.store.versions(TASK)).toHaveLength(1);
  });

  it('never repeats a save that failed on the server side', async () => {
    const { post } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'error', action: 'UpdateTask', status: 500, code: 'InternalError.System', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'x' });
    expect(reply.status).toBe(500);
    expect(updates()).toBe(1);
  });

  it('reads the task back when the connection drops after the save, and confirms it without repeating', async () => {
    const { post, history } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'drop-after-apply', action: 'UpdateTask', status: 500, code: 'x', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'applied, then dropped' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ Success: true, ConfirmedByReadBack: true });
    expect(updates()).toBe(1);
    expect(emulator.store.versions(TASK)).toHaveLength(1);
    expect(history.list(TASK)[0]?.outcome).toBe('confirmed-by-read-back');
  });

  it('reads the task back when the connection drops before the save, and says it was not applied', async () => {
    const { post } = createProxy();
    emulator.faults.configure({
      next: [{ kind: 'drop', action: 'UpdateTask', status: 500, code: 'x', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'dropped before applying' });
    expect(reply.status).toBe(502);
    expect(reply.body).toMatchObject({ Applied: false });
    expect(reply.body.Message).toMatch(/NOT applied/);
    expect(updates()).toBe(1);
    expect(emulator.store.versions(TASK)).toHaveLength(0);
  });

  it('after a timeout, says the save was not applied yet, and a late landing turns the retry into a conflict', async () => {
    const { post } = createProxy(300);
    const loaded = emulator.store.getTask(TASK)!;
    emulator.faults.configure({
      next: [{ kind: 'delay', action: 'UpdateTask', delayMs: 600, status: 500, code: 'x', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'slow save' });
    expect(reply.status).toBe(504);
    expect(reply.body).toMatchObject({ Code: 'UpstreamTimeout', Applied: false });
    expect(updates()).toBe(1);
    await new Promise((r) => setTimeout(r, 400)); // the slow first attempt lands now
    expect(emulator.store.getTask(TASK)?.Description).toBe('slow save');
    const app = createApp({
      dataworks: createDataWorksClient({
        endpoint: emulator.url,
        getCredentials: () =>
          Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
      }),
      target: 'emulator',
      projectId: DEMO_PROJECT_ID,
      history: openSaveHistory(':memory:'),
    });
    const retry = await app.request('/api/dataworks/UpdateTask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-match': `"${loaded.ModifyTime}"` },
      body: JSON.stringify({ Id: TASK, Description: 'slow save' }),
    });
    expect(retry.status).toBe(409);
    expect(updates()).toBe(1);
  });
});

describe('the admin endpoint', () => {
  it('configures faults over HTTP and reports what was received', async () => {
    const set = await fetch(new URL('/__admin/faults', emulator.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        next: [{ kind: 'error', action: 'GetTask', status: 503, code: 'ServiceUnavailable' }],
      }),
    });
    expect(set.status).toBe(200);
    const { post } = createProxy();
    expect((await post('GetTask', { Id: TASK })).status).toBe(200);
    const received = (await (await fetch(new URL('/__admin/received', emulator.url))).json()) as {
      byAction: Record<string, number>;
    };
    expect(received.byAction.GetTask).toBe(2);
  });
});
