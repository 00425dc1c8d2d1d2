import { createApp, type AppOptions } from './app.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { createEmulatorTestKit } from './emulator/emulator-test-kit.ts';
import { openSaveHistory } from './history/save-history.ts';

/**
 * The proxy on an in-process emulator of the demo project, with an in-memory save history, for tests with
 * no port. `post` calls an action with a JSON body (a string is sent as it is).
 */
export function createTestApp(options: Partial<Omit<AppOptions, 'dataworks' | 'history'>> = {}) {
  const kit = createEmulatorTestKit();
  const history = openSaveHistory(':memory:');
  const app = createApp({
    dataworks: kit.client,
    target: 'emulator',
    projectId: DEMO_PROJECT_ID,
    history,
    ...options,
  });
  const post = (action: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`/api/dataworks/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, post, kit, history, received: kit.emulator.received };
}
