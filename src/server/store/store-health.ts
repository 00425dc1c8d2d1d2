import { Hono } from 'hono';
import type { AppVariables } from '../app-variables.ts';
import { errorBody } from '../proxy-error.ts';
import type { Store, StoreUnavailableError } from './store.ts';

/** The answer to a request that needed the store while it was unavailable (a save has its own). */
export function storeUnavailableBody(error: StoreUnavailableError) {
  return errorBody(
    'Store.Unavailable',
    `The editor's store (${error.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}) is unavailable; nothing was changed. Try again once it is back.`,
  );
}

/**
 * `GET /api/health`: the process answers, with what the app needs to know about the deployment and the
 * store's state (200 even while the store is down). `GET /api/ready`: 503 while the store is unreachable,
 * so a load balancer sends no traffic to a replica that could not record a save.
 */
export function createStoreHealthRoutes<T extends Record<string, unknown>>(
  store: Store,
  deployment: () => T,
) {
  const storeState = async () => ({ kind: store.kind, ok: await store.ping() });
  return new Hono<{ Variables: AppVariables }>()
    .get('/health', async (c) => c.json({ ok: true as const, ...deployment(), store: await storeState() }))
    .get('/ready', async (c) => {
      const state = await storeState();
      if (state.ok) return c.json({ ready: true, store: state });
      const message = `Not ready: the store (${store.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} at ${store.location}) does not answer.`;
      return c.json({ ready: false, store: state, message }, 503);
    });
}
