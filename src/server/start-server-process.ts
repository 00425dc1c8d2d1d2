import { spawn } from 'node:child_process';

export interface ServerProcess {
  output: () => string;
  /** SIGTERM (graceful) by default; SIGKILL to simulate a crash. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  pid: number | undefined;
}

/**
 * Runs one of the server entry points (`src/server/main.ts`, `src/server/emulator/main.ts`) in its own Node
 * process under tsx, and waits until `readyUrl` answers. Used by the e2e tests and the benchmarks.
 */
export async function startServerProcess(
  script: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited early:\n${output}`);
    try {
      const response = await fetch(readyUrl);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${script} did not answer within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    output: () => output,
    pid: child.pid,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

let nextPort = 20000 + (process.pid % 2000) * 8;

/** A port unlikely to be taken: spaced by process so parallel runs do not collide. */
export function takePort(): number {
  return nextPort++;
}

export interface AppProcess extends ServerProcess {
  /** `http://127.0.0.1:<port>` */
  baseURL: string;
}

/**
 * The app and proxy as `npm start` runs them (after the build), pointed at the embedded emulator, on free
 * ports and the given data folder. Used by the e2e tests and the browser benchmarks.
 */
export async function startAppOnEmulator(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<AppProcess> {
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
  return { ...server, baseURL };
}
