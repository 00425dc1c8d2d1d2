import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createDataWorksClient } from './dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { startEmulator, type RunningEmulator } from './emulator/start-emulator.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

// Each fault is injected into a real emulator over HTTP, and the proxy's answer is checked.
const TASK = '700004500000';
let emulator: RunningEmulator;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'faults-')) });
});
afterEach(async () => {
  await emulator.close();
});

/** The proxy on the emulator; its clock runs `clock.skewMs` ahead, so a test can step past a settle window. */
function createProxy(timeoutMs = 2000, unknownOutcomeWindowMs?: number) {
  const client = createDataWorksClient({
    endpoint: emulator.url,
    getCredentials: () =>
      Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
    timeoutMs,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
  const store = openSqliteStore(':memory:');
  const { history } = store;
  const clock = { skewMs: 0 };
  const app = createApp({
    dataworks: client,
    target: 'emulator',
    projectId: DEMO_PROJECT_ID,
    store,
    unknownOutcomeWindowMs,
    now: () => Date.now() + clock.skewMs,
  });
  const post = async (action: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(`/api/dataworks/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const outcome = async (saveId: unknown, taskId = TASK) => {
    const response = await app.request(`/api/tasks/${taskId}/saves/${String(saveId)}/outcome`);
    return { status: response.status, body: (await response.json()) as OutcomeReply };
  };
  return { post, outcome, history, clock };
}

interface OutcomeReply {
  Outcome?: 'landed' | 'pending' | 'not-landed';
  SaveId?: number;
  Task?: { Description?: string; ModifyTime?: number };
  LandedAt?: number;
  Code?: string;
}

/** How long a `delay` fault holds a save: far past the proxy's 300 ms timeout and its read-back. */
const SLOW_MS = 1000;

/** Waits until the emulator holds the description (about 3 s at most). */
async function landing(description: string) {
  for (let i = 0; i < 30 && emulator.store.getTask(TASK)?.Description !== description; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(emulator.store.getTask(TASK)?.Description).toBe(description);
}

/** Asks for a save's outcome until it is no longer pending (or gives up after about 3 s). */
async function pollOutcome(outcome: ReturnType<typeof createProxy>['outcome'], saveId: unknown) {
  for (let i = 0; ; i++) {
    const reply = await outcome(saveId);
    if (reply.body.Outcome !== 'pending' || i >= 30) return reply;
    await new Promise((r) => setTimeout(r, 100));
  }
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
    expect(reply.body).toEqual({
      Success: true,
      ConfirmedByReadBack: true,
      SaveId: expect.any(Number) as number,
    });
    expect(reply.body).not.toHaveProperty('RequestId');
    expect(updates()).toBe(1);
    expect(emulator.store.versions(TASK)).toHaveLength(1);
    expect((await history.list(TASK))[0]).toMatchObject({
      id: reply.body.SaveId,
      outcome: 'confirmed-by-read-back',
      requestId: null,
    });
  });

  it('when the connection drops before the save, says it is not confirmed yet, then not landed once the window has passed', async () => {
    const { post, outcome, history, clock } = createProxy(2000, 60_000);
    emulator.faults.configure({
      next: [{ kind: 'drop', action: 'UpdateTask', status: 500, code: 'x', count: 1 }],
    });
    const sentAt = Date.now();
    const reply = await post('UpdateTask', { Id: TASK, Description: 'dropped before applying' });
    expect(reply.status).toBe(502);
    expect(reply.body).toEqual({
      Code: 'UpstreamUnavailable',
      Message: expect.stringMatching(/not confirmed yet: it may still land/) as string,
      Applied: null,
      SaveId: expect.any(Number) as number,
      SettleUntil: expect.any(Number) as number,
    });
    expect(reply.body.SettleUntil).toBeGreaterThanOrEqual(sentAt + 60_000);
    expect(reply.body.SettleUntil).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(updates()).toBe(1);

    expect((await outcome(reply.body.SaveId)).body).toMatchObject({
      Outcome: 'pending',
      SaveId: reply.body.SaveId,
    });
    clock.skewMs = 61_000;
    const settled = await outcome(reply.body.SaveId);
    expect(settled.body).toMatchObject({ Outcome: 'not-landed', SaveId: reply.body.SaveId });
    expect(settled.body.Task?.Description).not.toBe('dropped before applying');
    expect((await history.list(TASK))[0]).toMatchObject({
      outcome: 'not-landed',
      settledAt: expect.any(Number) as number,
    });
    clock.skewMs = 0; // settled for good: the record answers, whatever the clock says
    expect((await outcome(reply.body.SaveId)).body.Outcome).toBe('not-landed');
    expect(emulator.store.versions(TASK)).toHaveLength(0);
    expect(updates()).toBe(1);
  });

  it('after a timeout, says the outcome is unknown, and the outcome route reports the late landing', async () => {
    const { post, outcome, history } = createProxy(300);
    emulator.faults.configure({
      next: [{ kind: 'delay', action: 'UpdateTask', delayMs: SLOW_MS, status: 500, code: 'x', count: 1 }],
    });
    const sentAt = Date.now();
    const reply = await post('UpdateTask', { Id: TASK, Description: 'slow save' });
    expect(reply.status).toBe(504);
    expect(reply.body).toMatchObject({
      Code: 'UpstreamTimeout',
      Applied: null,
      SaveId: expect.any(Number) as number,
    });
    expect(reply.body.Message).toMatch(/did not answer the save in time .*not confirmed yet/);
    expect(reply.body.SettleUntil).toBeGreaterThanOrEqual(sentAt + 300_000);
    expect((await history.list(TASK))[0]).toMatchObject({
      id: reply.body.SaveId,
      outcome: 'unknown',
      status: 504,
      settleUntil: reply.body.SettleUntil,
    });

    const pending = await outcome(reply.body.SaveId);
    expect(pending.body).toMatchObject({ Outcome: 'pending', SaveId: reply.body.SaveId });
    expect(pending.body.Task?.Description).not.toBe('slow save');

    const landed = await pollOutcome(outcome, reply.body.SaveId); // the slow first attempt lands meanwhile
    expect(landed.body.Outcome).toBe('landed');
    expect(landed.body.Task?.Description).toBe('slow save');
    expect(landed.body.LandedAt).toBe(emulator.store.getTask(TASK)?.ModifyTime);
    const record = (await history.list(TASK))[0];
    expect(record).toMatchObject({ outcome: 'landed-late', landedAt: landed.body.LandedAt });
    expect(record?.message).toBe(reply.body.Message);
    expect((await outcome(reply.body.SaveId)).body).toMatchObject({
      Outcome: 'landed',
      LandedAt: landed.body.LandedAt,
      Task: { Description: 'slow save' },
    });
    expect(updates()).toBe(1);
  });

  it('says the outcome is unknown, and pending without a task, when the task cannot be read back either', async () => {
    const { post, outcome } = createProxy(300);
    emulator.faults.configure({
      next: [{ kind: 'delay', action: 'UpdateTask', delayMs: SLOW_MS, status: 500, code: 'x', count: 1 }],
    });
    const saving = post('UpdateTask', { Id: TASK, Description: 'slow and unreadable' });
    while (updates() === 0) await new Promise((r) => setTimeout(r, 10));
    // Reads fail from now on: the read-back after the timeout (3 attempts) and the outcome route's (3).
    emulator.faults.configure({
      next: [{ kind: 'error', action: 'GetTask', status: 503, code: 'ServiceUnavailable', count: 6 }],
    });
    const reply = await saving;
    expect(reply.status).toBe(504);
    expect(reply.body).toMatchObject({ Applied: null, SaveId: expect.any(Number) as number });
    expect(reply.body.Message).toMatch(/could not be read back either, so the save is not confirmed yet/);
    const pending = await outcome(reply.body.SaveId);
    expect(pending.body).toEqual({ Outcome: 'pending', SaveId: reply.body.SaveId });
    expect(emulator.received.byAction.get('GetTask')).toBe(7);
    // Reads work again and the slow save lands: the next question settles it.
    const landed = await pollOutcome(outcome, reply.body.SaveId);
    expect(landed.body).toMatchObject({ Outcome: 'landed', Task: { Description: 'slow and unreadable' } });
  });

  it('answers a retry of a save that landed late with AlreadyApplied, and sends nothing', async () => {
    const { post, history } = createProxy(300);
    const loaded = emulator.store.getTask(TASK)!;
    emulator.faults.configure({
      next: [{ kind: 'delay', action: 'UpdateTask', delayMs: SLOW_MS, status: 500, code: 'x', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'slow save' });
    expect(reply.body.Applied).toBeNull();
    await landing('slow save'); // the slow first attempt lands now

    const retry = await post(
      'UpdateTask',
      { Id: TASK, Description: 'slow save' },
      { 'if-match': `"${loaded.ModifyTime}"` },
    );
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ Success: true, AlreadyApplied: true, SaveId: reply.body.SaveId });
    expect(updates()).toBe(1);
    expect(emulator.store.versions(TASK)).toHaveLength(1);
    expect((await history.list(TASK)).map((s) => s.outcome)).toEqual(['already-applied', 'landed-late']);
  });

  it('answers a different edit on the old version after the own save landed late with a 409 naming that save', async () => {
    const { post } = createProxy(300);
    const loaded = emulator.store.getTask(TASK)!;
    emulator.faults.configure({
      next: [{ kind: 'delay', action: 'UpdateTask', delayMs: SLOW_MS, status: 500, code: 'x', count: 1 }],
    });
    const reply = await post('UpdateTask', { Id: TASK, Description: 'slow save' });
    await landing('slow save');
    const other = await post(
      'UpdateTask',
      { Id: TASK, Description: 'something else' },
      { 'if-match': `"${loaded.ModifyTime}"` },
    );
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      Code: 'Conflict.TaskModified',
      ModifiedBy: {
        User: 'local',
        OwnSave: true,
        SaveId: reply.body.SaveId,
        Time: expect.any(Number) as number,
      },
      Task: { Description: 'slow save' },
    });
    expect(other.body.Message).toMatch(/changed by your own earlier save/);
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
