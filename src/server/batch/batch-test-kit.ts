import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchRecord, CreateBatchRequest } from '#domain/batch/batch-contract';
import { createApp, type AppOptions } from '../app.ts';
import { createDataWorksClient, type DataWorksClient } from '../dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID } from '../emulator/demo-project.ts';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator.ts';
import type { TaskFaultSchema } from '../emulator/fault-injection.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import type { z } from 'zod';

// The emulator on a real port, and proxies (createApp) on one SQLite store file, to run batches through.

export async function startBatchEmulator(): Promise<RunningEmulator & { client: DataWorksClient }> {
  const emulator = await startEmulator({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'batch-emulator-')) });
  const client = createDataWorksClient({
    endpoint: emulator.url,
    getCredentials: () =>
      Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
    // The runner does its own backoff on throttling: one attempt per call, so its count is the emulator's.
    retry: { attempts: 1 },
  });
  return { ...emulator, client };
}

export type Send = Pick<DataWorksClient, 'send'>['send'];

export function createBatchProxy(
  dataworks: Pick<DataWorksClient, 'send'>,
  options: { store?: Store; dataDir?: string } & Partial<Omit<AppOptions, 'dataworks' | 'store'>> = {},
) {
  const store =
    options.store ?? openSqliteStore(options.dataDir ?? mkdtempSync(join(tmpdir(), 'batch-proxy-')));
  const app = createApp({
    dataworks,
    target: 'emulator',
    projectId: DEMO_PROJECT_ID,
    access: { identityHeader: 'x-forwarded-user' },
    batch: { backoffMs: 5, ...options.batch },
    ...options,
    store,
  });
  const call = async (method: string, path: string, body?: unknown, user = 'alice') => {
    const response = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-forwarded-user': user },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const batchOf = (r: { body: Record<string, unknown> }) => r.body.Batch as BatchRecord;
  return {
    app,
    store,
    call,
    create: (batch: CreateBatchRequest) => call('POST', '/api/batches', batch),
    run: (id: string) => call('POST', `/api/batches/${id}/run`),
    cancel: (id: string) => call('POST', `/api/batches/${id}/cancel`),
    get: async (id: string) => batchOf(await call('GET', `/api/batches/${id}`)),
    /** Runs the batch to its end in this proxy and answers it. */
    async runToEnd(id: string) {
      const started = await call('POST', `/api/batches/${id}/run`);
      if (started.status !== 202) throw new Error(`run: ${started.status} ${JSON.stringify(started.body)}`);
      await app.batchRunner.settled(id);
      return batchOf(await call('GET', `/api/batches/${id}`));
    },
  };
}

/** A batch setting each task's Description, planned from the emulator's tasks as they are now. */
export function planDescriptions(
  emulator: RunningEmulator,
  ids: readonly string[],
  text: string,
  chunkSize = 5,
): CreateBatchRequest {
  return {
    ProjectId: DEMO_PROJECT_ID,
    Comment: `batch: ${text}`,
    ChunkSize: chunkSize,
    Tasks: ids.map((Id) => {
      const task = emulator.store.getTask(Id)!;
      return {
        Id,
        Name: task.Name,
        ModifyTime: task.ModifyTime!,
        Request: { Id, Description: `${text} ${Id}` },
        Before: { Id, Description: task.Description ?? '' },
      };
    }),
  };
}

/** Faults set over HTTP, as e2e tests set them. */
export async function injectFaults(
  emulator: RunningEmulator,
  settings: { tasks?: z.input<typeof TaskFaultSchema>[]; next?: Record<string, unknown>[] },
) {
  const response = await fetch(new URL('/__admin/faults', emulator.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (!response.ok) throw new Error(`faults: ${response.status} ${await response.text()}`);
}
