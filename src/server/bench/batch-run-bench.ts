import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchRecord, CreateBatchRequest } from '#domain/batch/batch-contract';
import { BATCH_DEFAULT_CHUNK_SIZE } from '#domain/task/batch-update-request';
import { createApp } from '../app.ts';
import { createDataWorksClient } from '../dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID, generateProject } from '../emulator/demo-project.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from '../emulator/start-emulator.ts';
import { readServerEnv } from '../env.ts';
import { startServerProcess, takePort } from '../start-server-process.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Row } from './measure.ts';

// A 2,000-task batch through the proxy's /api/batches to the emulator (its own process, real HTTP, its rate
// limit EMULATOR_MAX_RPS): total time, calls, and this process's memory (the proxy's) before and after.

const SIZE = 2_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchBatchRun(): Promise<Row[]> {
  const maxRps = readServerEnv(process.env).EMULATOR_MAX_RPS;
  const emulatorPort = takePort();
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const emulator = await startServerProcess(
    'src/server/emulator/main.ts',
    {
      EMULATOR_PORT: String(emulatorPort),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-batch-emulator-')),
      EMULATOR_PROJECT_SIZE: String(SIZE),
      EMULATOR_MAX_RPS: String(maxRps),
    },
    `${emulatorUrl}/__admin/received`,
  );
  const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'bench-batch-proxy-')));
  try {
    const dataworks = createDataWorksClient({
      endpoint: new URL(emulatorUrl),
      getCredentials: () =>
        Promise.resolve({ accessKeyId: DEMO_ACCESS_KEY_ID, accessKeySecret: DEMO_ACCESS_KEY_SECRET }),
    });
    const app = createApp({ dataworks, target: 'aliyun', projectId: DEMO_PROJECT_ID, store });
    // The emulator seeds the same generated project: the plan is made from it.
    const tasks = generateProject({ size: SIZE }).tasks.filter((t) => t.ProjectId === DEMO_PROJECT_ID);
    const batch: CreateBatchRequest = {
      ProjectId: DEMO_PROJECT_ID,
      Comment: 'bench: hand over',
      ChunkSize: BATCH_DEFAULT_CHUNK_SIZE,
      Tasks: tasks.map((t) => ({
        Id: t.Id,
        Name: t.Name,
        ModifyTime: t.ModifyTime!,
        Request: { Id: t.Id, Description: `handed over ${t.Id}` },
        Before: { Id: t.Id, Description: t.Description ?? '' },
      })),
    };
    const received = async () =>
      (
        (await (await fetch(`${emulatorUrl}/__admin/received`)).json()) as {
          byAction: Record<string, number>;
        }
      ).byAction;
    const before = process.memoryUsage();
    const receivedBefore = await received();
    const start = performance.now();
    const post = (path: string, body?: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = (await (await post('/api/batches', batch)).json()) as { Batch: BatchRecord };
    const journaled = performance.now();
    await post(`/api/batches/${created.Batch.Id}/run`);
    await app.batchRunner.settled(created.Batch.Id);
    const total = performance.now() - start;
    const after = process.memoryUsage();
    const done = (await (await app.request(`/api/batches/${created.Batch.Id}`)).json()) as {
      Batch: BatchRecord;
    };
    const receivedAfter = await received();
    const delta = (action: string) => (receivedAfter[action] ?? 0) - (receivedBefore[action] ?? 0);
    const chunks = Math.ceil(tasks.length / BATCH_DEFAULT_CHUNK_SIZE);
    return [
      {
        figure: 'tasks, chunk size',
        value: `${tasks.length}, ${BATCH_DEFAULT_CHUNK_SIZE} (${chunks} chunks)`,
      },
      { figure: "emulator's rate limit (EMULATOR_MAX_RPS)", value: `${maxRps} requests/s` },
      {
        figure: 'journal written (validate, check workspace, write)',
        value: `${(journaled - start).toFixed(0)} ms`,
      },
      { figure: 'total (journal + run to done)', value: `${(total / 1000).toFixed(2)} s` },
      {
        figure: 'final state',
        value: `${done.Batch.State}: ${done.Batch.Counts.saved} saved, ${done.Batch.Counts.failed} failed, ${done.Batch.Counts.conflict} conflicts`,
      },
      {
        figure: 'BatchUpdateTasks calls (runner / emulator)',
        value: `${done.Batch.Calls} / ${delta('BatchUpdateTasks')}`,
      },
      { figure: 'ListTasks calls (workspace check + re-reads)', value: String(delta('ListTasks')) },
      { figure: 'proxy heapUsed before → after', value: `${mb(before.heapUsed)} → ${mb(after.heapUsed)}` },
      { figure: 'proxy RSS before → after', value: `${mb(before.rss)} → ${mb(after.rss)}` },
    ];
  } finally {
    await store.close();
    await emulator.stop();
  }
}
