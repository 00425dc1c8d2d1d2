import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, takePort } from '../start-server-process.ts';
import { formatMs, type Row } from './measure.ts';

async function waitFor(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** `npm start` (app already built) until /api/health answers, on a fresh data folder. */
async function timeNpmStart(): Promise<number> {
  const port = takePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      PORT: String(port),
      EMULATOR_PORT: String(takePort()),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DATAWORKS_TARGET: 'emulator',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`, Date.now() + 60_000);
    return performance.now() - started;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The emulator restarting on a folder that already holds a 10,000-task project. */
async function timeEmulatorLoad(size: number): Promise<{ seedMs: number; loadMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-emulator-'));
  const env = { DATA_DIR: dataDir, EMULATOR_PROJECT_SIZE: String(size) };
  const time = async () => {
    const port = takePort();
    const started = performance.now();
    const emulator = await startServerProcess(
      'src/server/emulator/main.ts',
      { ...env, EMULATOR_PORT: String(port) },
      `http://127.0.0.1:${port}/__admin/received`,
    );
    const ms = performance.now() - started;
    await emulator.stop();
    return ms;
  };
  try {
    const seedMs = await time();
    const loadMs = await time();
    return { seedMs, loadMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchStartup(): Promise<Row[]> {
  const starts = [await timeNpmStart(), await timeNpmStart(), await timeNpmStart()].sort((a, b) => a - b);
  const emulator = await timeEmulatorLoad(10_000);
  return [
    {
      figure: '`npm start` to the first /api/health answer (median of 3)',
      value: formatMs(starts[1]!),
      budget: '< 2 s',
    },
    { figure: 'emulator process start, seeding 10,000 tasks (first run)', value: formatMs(emulator.seedMs) },
    {
      figure: 'emulator process start on an existing 10,000-task project',
      value: formatMs(emulator.loadMs),
      budget: '< 1 s',
    },
  ];
}
