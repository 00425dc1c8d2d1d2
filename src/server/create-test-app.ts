import { createApp, type AppOptions } from './app.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { createEmulatorTestKit } from './emulator/emulator-test-kit.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

/**
 * The proxy on an in-process emulator of the demo project, with an in-memory SQLite store, for tests with
 * no port. `post` calls an action with a JSON body (a string is sent as it is).
 */
export function createTestApp(options: Partial<Omit<AppOptions, 'dataworks'>> = {}) {
  const kit = createEmulatorTestKit();
  const store = options.store ?? openSqliteStore(':memory:');
  const app = createApp({
    dataworks: kit.client,
    target: 'emulator',
    projectId: DEMO_PROJECT_ID,
    ...options,
    store,
  });
  const post = (action: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`/api/dataworks/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, post, kit, store, history: store.history, received: kit.emulator.received };
}
