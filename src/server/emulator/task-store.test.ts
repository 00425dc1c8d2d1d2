import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from './demo-project.ts';
import { openTaskStore } from './task-store.ts';

const TASK_ID = '700004500000';

describe('the task store', () => {
  it('keeps tasks and versions across a reopen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = openTaskStore(dir);
    const project = createDemoProject();
    store.seed(project.tasks, project.clientUniqueCodes);
    const before = store.getTask(TASK_ID)!;
    store.saveTask({ ...before, Name: 'renamed' }, before);
    store.close();
    const reopened = openTaskStore(dir);
    expect(reopened.getTask(TASK_ID)?.Name).toBe('renamed');
    expect(reopened.versions(TASK_ID).map((v) => v.task.Name)).toEqual([before.Name]);
    expect(reopened.count()).toBe(project.tasks.length);
    reopened.close();
  });

  it('survives a kill -9 in the middle of writes: readable, and no committed write lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-crash-'));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/emulator/task-store-crash-writer.ts', dir, TASK_ID],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let lastCommitted = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const numbers = [...chunk.toString().matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
        lastCommitted = Math.max(lastCommitted, ...numbers);
        if (lastCommitted >= 200) child.kill('SIGKILL');
      });
      child.once('exit', () => resolve());
    });
    expect(lastCommitted).toBeGreaterThanOrEqual(200);

    const raw = new Database(join(dir, 'emulator.sqlite'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = openTaskStore(dir);
    const task = store.getTask(TASK_ID)!;
    const written = Number(/write (\d+)/.exec(task.Description ?? '')?.[1]);
    expect(written).toBeGreaterThanOrEqual(lastCommitted);
    expect(store.versions(TASK_ID)).toHaveLength(written);
    store.close();
  });
});
