import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppOnEmulator } from '../src/server/start-server-process.ts';

export interface RunningServer {
  baseURL: string;
  dataDir: string;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export function createDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'task-editor-e2e-'));
}

/** Starts the server as `npm start` does (after the build), on free ports and the given data folder. */
export async function startServer(
  dataDir: string = createDataDir(),
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const server = await startAppOnEmulator(dataDir, env);
  return { baseURL: server.baseURL, dataDir, output: server.output, stop: server.stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerWithFaults extends RunningServer {
  /** Queues faults on the emulator (`POST /__admin/faults`); resolves false if the emulator refused them. */
  injectFaults: (faults: Record<string, unknown>[]) => Promise<boolean>;
  /** Faults on chosen tasks inside BatchUpdateTasks calls (`fail`, `omit`). */
  injectTaskFaults: (faults: Record<string, unknown>[]) => Promise<boolean>;
  clearFaults: () => Promise<void>;
  /** The emulator's port: a restart on the same data folder keeps the same DataWorks. */
  emulatorPort: number;
  /** How many changes the emulator has applied to a task. */
  versions: (id: string) => Promise<number>;
  /** The task as the proxy reads it now (GetTask). */
  getTask: (id: string) => Promise<Record<string, unknown>>;
}

/** The server on an emulator at a known port, so a test can inject faults into what DataWorks answers. */
export async function startServerWithFaults(env: Record<string, string> = {}): Promise<ServerWithFaults> {
  const port = await freePort();
  const emulatorURL = `http://127.0.0.1:${port}`;
  const server = await startServer(undefined, { EMULATOR_PORT: String(port), ...env });
  return {
    ...server,
    emulatorPort: port,
    versions: async (id) =>
      ((await (await fetch(`${emulatorURL}/__admin/versions/${id}`)).json()) as { Count: number }).Count,
    injectFaults: async (faults) =>
      (
        await fetch(`${emulatorURL}/__admin/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ next: faults }),
        })
      ).ok,
    injectTaskFaults: async (tasks) =>
      (
        await fetch(`${emulatorURL}/__admin/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tasks }),
        })
      ).ok,
    clearFaults: async () => void (await fetch(`${emulatorURL}/__admin/faults`, { method: 'DELETE' })),
    getTask: async (id) => {
      const response = await fetch(`${server.baseURL}/api/dataworks/GetTask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ Id: id }),
      });
      return ((await response.json()) as { Task: Record<string, unknown> }).Task;
    },
  };
}
