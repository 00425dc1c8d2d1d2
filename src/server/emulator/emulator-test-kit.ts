import { createDataWorksClient } from '../dataworks/dataworks-client.ts';
import { createEmulatorApp } from './create-emulator-app.ts';
import { createDemoProject, DEMO_OWNERS } from './demo-project.ts';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from './start-emulator.ts';
import { openTaskStore } from './task-store.ts';
import { createOtherWorkspacesTasks } from './workspace-seed.ts';

/** An in-process emulator on the demo tenant (three workspaces' tasks) and a client signed with the demo key, for tests with no port. */
export function createEmulatorTestKit(
  options: {
    now?: () => Date;
    secret?: string;
    emulatorSecret?: string;
    maxRequestsPerSecond?: number;
    maxTasksPerBatch?: number;
  } = {},
) {
  const store = openTaskStore(':memory:');
  const project = createDemoProject();
  store.seed(project.tasks, project.clientUniqueCodes);
  for (const other of createOtherWorkspacesTasks()) store.seed(other.tasks, other.clientUniqueCodes);
  const emulator = createEmulatorApp({
    store,
    keys: new Map([
      [
        DEMO_ACCESS_KEY_ID,
        { secret: options.emulatorSecret ?? DEMO_ACCESS_KEY_SECRET, user: DEMO_OWNERS[0]! },
      ],
    ]),
    now: options.now,
    maxRequestsPerSecond: options.maxRequestsPerSecond,
    maxTasksPerBatch: options.maxTasksPerBatch,
  });
  // fetch derives Host from the URL; Hono's in-memory request needs it set by hand.
  const fetchInProcess: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const headers = new Headers(init?.headers);
    headers.set('host', url.host);
    return Promise.resolve(emulator.app.request(url.href, { ...init, headers }));
  };
  const client = createDataWorksClient({
    endpoint: new URL('http://127.0.0.1:8790'),
    getCredentials: () =>
      Promise.resolve({
        accessKeyId: DEMO_ACCESS_KEY_ID,
        accessKeySecret: options.secret ?? DEMO_ACCESS_KEY_SECRET,
      }),
    fetch: fetchInProcess,
    now: options.now,
  });
  return { store, project, emulator, client, fetchInProcess };
}
