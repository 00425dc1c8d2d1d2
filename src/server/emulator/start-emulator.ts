import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createEmulatorApp } from './create-emulator-app.ts';
import { createDemoProject, DEMO_OWNERS, generateProject } from './demo-project.ts';
import { openTaskStore } from './task-store.ts';
import { createOtherWorkspacesTasks } from './workspace-seed.ts';

export const DEMO_ACCESS_KEY_ID = 'LTAIlocalDemoKeyId';
export const DEMO_ACCESS_KEY_SECRET = 'localDemoKeySecret';

export interface StartEmulatorOptions {
  port: number;
  dataDir: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  /** Seed size of the demo workspace when the store is empty: 72 tasks unless a size is given. */
  projectSize?: number;
  maxRequestsPerSecond?: number;
}

export interface RunningEmulator {
  url: URL;
  accessKeyId: string;
  accessKeySecret: string;
  taskCount: number;
  received: ReturnType<typeof createEmulatorApp>['received'];
  faults: ReturnType<typeof createEmulatorApp>['faults'];
  store: ReturnType<typeof openTaskStore>;
  close: () => Promise<void>;
}

/** Opens the store (seeding it the first time) and serves the emulator on 127.0.0.1 only. */
export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const store = openTaskStore(options.dataDir);
  if (store.count() === 0) {
    const project = options.projectSize
      ? generateProject({ size: options.projectSize })
      : createDemoProject();
    store.seed(project.tasks, project.clientUniqueCodes);
    for (const other of createOtherWorkspacesTasks()) store.seed(other.tasks, other.clientUniqueCodes);
  }
  const accessKeyId = options.accessKeyId ?? DEMO_ACCESS_KEY_ID;
  const accessKeySecret = options.accessKeySecret ?? DEMO_ACCESS_KEY_SECRET;
  const { app, received, faults } = createEmulatorApp({
    store,
    keys: new Map([[accessKeyId, { secret: accessKeySecret, user: DEMO_OWNERS[0]! }]]),
    maxRequestsPerSecond: options.maxRequestsPerSecond,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    accessKeyId,
    accessKeySecret,
    taskCount: store.count(),
    received,
    faults,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
      }),
  };
}
