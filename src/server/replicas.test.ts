import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from './emulator/start-emulator.ts';
import { startServerProcess, takePort, type ServerProcess } from './start-server-process.ts';
import { startTestPostgres, type TestPostgres } from './store/test-postgres.ts';

// A team's deployment in small: one DataWorks (the emulator in its own process), one PostgreSQL, and two
// proxy replicas (two processes, `npm start`'s main.ts) with the same DATABASE_URL behind an authenticating
// reverse proxy (TRUSTED_IDENTITY_HEADER).
const TASK = '7002918273648500132';
let postgres: TestPostgres;
let emulator: ServerProcess;
let emulatorURL: string;
const replicas: { url: string; process: ServerProcess }[] = [];
const replicaEnv: Record<string, string>[] = [];
/** A replica's batch lease: short, so a killed replica's batch is taken over within the test. */
const LEASE_MS = 1_500;

beforeAll(async () => {
  postgres = await startTestPostgres();
  const databaseUrl = await postgres.createDatabase('editor');
  const emulatorPort = takePort();
  emulatorURL = `http://127.0.0.1:${emulatorPort}`;
  emulator = await startServerProcess(
    'src/server/emulator/main.ts',
    { EMULATOR_PORT: String(emulatorPort), DATA_DIR: mkdtempSync(join(tmpdir(), 'replicas-emulator-')) },
    `${emulatorURL}/__admin/received`,
  );
  for (let i = 0; i < 2; i++) {
    const port = takePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'replica-')),
      DATABASE_URL: databaseUrl,
      DATAWORKS_TARGET: 'aliyun',
      DATAWORKS_ENDPOINT: emulatorURL,
      DATAWORKS_PROJECT_ID: DEMO_PROJECT_ID,
      ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY_SECRET,
      TRUSTED_IDENTITY_HEADER: 'x-forwarded-user',
      BATCH_LEASE_MS: String(LEASE_MS),
      LOG_LEVEL: 'silent',
    };
    replicaEnv.push(env);
    replicas.push({ url, process: await startServerProcess('src/server/main.ts', env, `${url}/api/ready`) });
  }
}, 90_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.process.stop()));
  await emulator?.stop();
  await postgres?.destroy();
});

const call = async (replica: number, path: string, user: string, init: RequestInit = {}) => {
  const response = await fetch(`${replicas[replica]!.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-forwarded-user': user, ...init.headers },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const getTask = async (replica: number) =>
  (
    await call(replica, '/api/dataworks/GetTask', 'reader', {
      method: 'POST',
      body: JSON.stringify({ Id: TASK }),
    })
  ).body.Task as { ModifyTime: number; Description: string };
const save = (replica: number, user: string, description: string, modifyTime: number) =>
  call(replica, '/api/dataworks/UpdateTask', user, {
    method: 'POST',
    headers: { 'if-match': `"${modifyTime}"` },
    body: JSON.stringify({ Id: TASK, Description: description }),
  });
const history = async (replica: number) =>
  (await call(replica, `/api/tasks/${TASK}/history`, 'reader')).body.Saves as {
    user: string;
    outcome: string;
    request: { Description: string };
  }[];
const updatesReceived = async () =>
  ((await (await fetch(`${emulatorURL}/__admin/received`)).json()) as { byAction: Record<string, number> })
    .byAction.UpdateTask ?? 0;

describe('two replicas on one PostgreSQL', () => {
  it('show a save made through one in the other’s history at once, with who made it', async () => {
    const loaded = await getTask(0);
    expect((await save(0, 'alice', 'through A', loaded.ModifyTime)).status).toBe(200);
    expect((await history(1))[0]).toMatchObject({
      user: 'alice',
      outcome: 'saved',
      request: { Description: 'through A' },
    });
    const now = await getTask(1);
    expect((await save(1, 'bob', 'through B', now.ModifyTime)).status).toBe(200);
    expect((await history(0)).slice(0, 2).map((s) => [s.user, s.request.Description])).toEqual([
      ['bob', 'through B'],
      ['alice', 'through A'],
    ]);
  });

  it('name the author of a conflicting save made through the other replica', async () => {
    const loaded = await getTask(1);
    expect((await save(0, 'alice', 'alice first', loaded.ModifyTime)).status).toBe(200);
    const late = await save(1, 'bob', 'bob on the old version', loaded.ModifyTime);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      Code: 'Conflict.TaskModified',
      ModifiedBy: { User: 'alice', OwnSave: false },
    });
  });

  it('while PostgreSQL is down: not ready, health says so, a save is refused and nothing is sent; then recover', async () => {
    const loaded = await getTask(0);
    const sentBefore = await updatesReceived();
    await postgres.stop();
    try {
      const ready = await call(0, '/api/ready', 'probe');
      expect(ready).toMatchObject({
        status: 503,
        body: { ready: false, store: { kind: 'postgres', ok: false } },
      });
      expect(await call(1, '/api/health', 'probe')).toMatchObject({
        status: 200,
        body: { ok: true, projectId: DEMO_PROJECT_ID, store: { kind: 'postgres', ok: false } },
      });
      const refused = await save(0, 'alice', 'not recorded', loaded.ModifyTime);
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ Code: 'Store.Unavailable' });
      expect(refused.body.Message).toContain('was not sent to DataWorks');
      expect(await updatesReceived()).toBe(sentBefore);
      expect((await getTask(1)).Description).toBe(loaded.Description);
    } finally {
      await postgres.start();
    }
    expect((await call(0, '/api/ready', 'probe')).status).toBe(200);
    expect((await save(0, 'alice', 'after the restart', loaded.ModifyTime)).status).toBe(200);
    expect(await updatesReceived()).toBe(sentBefore + 1);
    expect((await history(1))[0]).toMatchObject({
      user: 'alice',
      request: { Description: 'after the restart' },
    });
  });
});

describe('a batch on two replicas', () => {
  const post = (replica: number, path: string, body: unknown = {}) =>
    call(replica, path, 'carol', { method: 'POST', body: JSON.stringify(body) });
  const batchOf = async (replica: number, id: string) =>
    (await call(replica, `/api/batches/${id}`, 'reader')).body.Batch as {
      State: string;
      Tasks: { Id: string; State: string }[];
    };
  const batchCalls = async () =>
    ((await (await fetch(`${emulatorURL}/__admin/received`)).json()) as { byAction: Record<string, number> })
      .byAction.BatchUpdateTasks ?? 0;

  it('interrupted on A (killed mid-call) is resumed on B, each task sent once; two resumes never both run', async () => {
    const listed = await post(0, '/api/dataworks/ListTasks', { ProjectId: DEMO_PROJECT_ID, PageSize: 20 });
    const tasks = (
      listed.body.PagingInfo as {
        Tasks: { Id: string; Name: string; ModifyTime: number; Description?: string }[];
      }
    ).Tasks.filter((t) => t.Id !== TASK).slice(0, 12);
    const created = await post(0, '/api/batches', {
      ProjectId: DEMO_PROJECT_ID,
      Comment: 'replica takeover',
      ChunkSize: 4,
      Tasks: tasks.map((t) => ({
        Id: t.Id,
        Name: t.Name,
        ModifyTime: t.ModifyTime,
        Request: { Id: t.Id, Description: `moved by batch (${t.Name})` },
        Before: { Description: t.Description ?? '' },
      })),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body.Batch as { Id: string }).Id;

    // The first chunk's call waits 2 s in DataWorks, then is applied; A is killed while it waits.
    const callsBefore = await batchCalls();
    await fetch(`${emulatorURL}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        next: [{ kind: 'delay', action: 'BatchUpdateTasks', delayMs: 2_000, count: 1 }],
      }),
    });
    expect((await post(0, `/api/batches/${id}/run`)).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await replicas[0]!.process.stop('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 2_000 + LEASE_MS));

    const interrupted = await batchOf(1, id);
    expect(interrupted.State).toBe('interrupted');
    expect(interrupted.Tasks.filter((t) => t.State === 'sending')).toHaveLength(4);

    // A restarted beside B: both told to resume at once; one runs it, the other is refused.
    replicas[0]!.process = await startServerProcess(
      'src/server/main.ts',
      replicaEnv[0]!,
      `${replicas[0]!.url}/api/ready`,
    );
    const [onA, onB] = await Promise.all([
      post(0, `/api/batches/${id}/run`),
      post(1, `/api/batches/${id}/run`),
    ]);
    expect([onA.status, onB.status].sort()).toEqual([202, 409]);

    let batch = await batchOf(1, id);
    for (let i = 0; i < 100 && batch.State !== 'done'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      batch = await batchOf(1, id);
    }
    expect(batch.State).toBe('done');
    expect(batch.Tasks.map((t) => t.State)).toEqual(tasks.map(() => 'saved'));
    // The first chunk, sent by A before it died, was settled by reading it back, not sent again: 3 calls.
    expect((await batchCalls()) - callsBefore).toBe(3);
    for (const t of tasks) {
      const read = await post(1, '/api/dataworks/GetTask', { Id: t.Id });
      expect((read.body.Task as { Description: string }).Description).toBe(`moved by batch (${t.Name})`);
    }
  }, 60_000);
});
