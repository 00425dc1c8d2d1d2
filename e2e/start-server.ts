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
