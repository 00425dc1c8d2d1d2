import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, takePort } from '../src/server/start-server-process.ts';

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
  const port = takePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = await startServerProcess(
    'src/server/main.ts',
    {
      PORT: String(port),
      EMULATOR_PORT: String(takePort()),
      DATA_DIR: dataDir,
      DATAWORKS_TARGET: 'emulator',
      ...env,
    },
    `${baseURL}/api/health`,
  );
  return { baseURL, dataDir, output: server.output, stop: server.stop };
}
