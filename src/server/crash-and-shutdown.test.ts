import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startServerProcess, takePort } from './start-server-process.ts';

// The real server in its own process (emulator in-process), as `npm start` runs it.
async function startServer(dataDir: string) {
  const port = takePort();
  const emulatorPort = takePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServerProcess(
    'src/server/main.ts',
    {
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      DATA_DIR: dataDir,
      DATAWORKS_TARGET: 'emulator',
      LOG_LEVEL: 'silent',
    },
    `${base}/api/health`,
  );
  const post = async (action: string, body: unknown) => {
    const response = await fetch(`${base}/api/dataworks/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { server, post, emulatorUrl: `http://127.0.0.1:${emulatorPort}` };
}

const TASK = '7002918273648500132';

describe('the server process', () => {
  it('loses no acknowledged update to a kill -9 in the middle of updates, and its stores stay readable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
    const { server, post } = await startServer(dataDir);
    const acknowledged = new Set<string>();
    let n = 0;
    const writers = [0, 1, 2].map(async () => {
      for (;;) {
        const k = ++n;
        try {
          const description = `update ${k}`;
          const reply = await post('UpdateTask', { Id: TASK, Description: description });
          if (reply.status === 200) acknowledged.add(description);
        } catch {
          return; // the server is gone
        }
      }
    });
    while (acknowledged.size < 60) await new Promise((r) => setTimeout(r, 5));
    await server.stop('SIGKILL');
    await Promise.all(writers);

    for (const file of ['emulator.sqlite', 'history.sqlite']) {
      const db = new Database(join(dataDir, file), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true }), file).toBe('ok');
      db.close();
    }
    const restarted = await startServer(dataDir);
    try {
      const read = await restarted.post('GetTask', { Id: TASK });
      expect(read.status).toBe(200);
      const current = (read.body.Task as { Description: string }).Description;
      // Each update keeps the content it replaced as a version: every description ever written is either
      // a kept version or the current one.
      const store = new Database(join(dataDir, 'emulator.sqlite'), { readonly: true });
      const kept = store
        .prepare<[string], { body: string }>('SELECT body FROM task_versions WHERE task_id = ?')
        .all(TASK)
        .map((r) => (JSON.parse(r.body) as { Description: string }).Description);
      store.close();
      const written = new Set([...kept, current]);
      const lost = [...acknowledged].filter((d) => !written.has(d));
      expect(lost).toEqual([]);
      expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    } finally {
      await restarted.server.stop();
    }
  }, 60_000);

  it('finishes in-flight requests on SIGTERM, then exits cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
    const { server, post, emulatorUrl } = await startServer(dataDir);
    await fetch(`${emulatorUrl}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ next: [{ kind: 'delay', action: 'UpdateTask', delayMs: 800 }] }),
    });
    const inFlight = post('UpdateTask', { Id: TASK, Description: 'saved during shutdown' });
    await new Promise((r) => setTimeout(r, 300));
    const stopped = server.stop('SIGTERM');
    const reply = await inFlight;
    await stopped;
    expect(reply.status).toBe(200);
    expect(server.output()).not.toMatch(/Error/);
    const restarted = await startServer(dataDir);
    try {
      const read = await restarted.post('GetTask', { Id: TASK });
      expect((read.body.Task as { Description: string }).Description).toBe('saved during shutdown');
    } finally {
      await restarted.server.stop();
    }
  }, 60_000);
});
