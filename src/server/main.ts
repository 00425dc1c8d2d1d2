import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createDataWorksClient } from './dataworks/dataworks-client.ts';
import { resolveTarget } from './dataworks/resolve-target.ts';
import {
  readWorkspaceSettings,
  resolveDefaultWorkspace,
  type WorkspaceSettings,
} from './dataworks/workspace-settings.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { startEmulator } from './emulator/start-emulator.ts';
import { configureSchedule } from '#domain/cron/dataworks-schedule';
import { readServerEnv, toScheduleSettings } from './env.ts';
import { createLogger } from './logger.ts';
import { whyUnsafeBinding } from './request-guards.ts';
import { openStore } from './store/open-store.ts';

// `npm start`: the proxy and the built app; with no DataWorks credentials, the embedded emulator too.
const env = readServerEnv(process.env);
const unsafe = whyUnsafeBinding(env.HOST, env.ACCESS_TOKEN, env.TRUSTED_IDENTITY_HEADER);
if (unsafe) {
  console.error(unsafe);
  process.exit(1);
}
const logger = createLogger({ level: env.LOG_LEVEL });
// Before anything validates a cron: the proxy, the embedded emulator and (through /api/health) the app agree.
configureSchedule(toScheduleSettings(env));
const target = await resolveTarget(env);

let client: ReturnType<typeof createDataWorksClient>;
let workspaces: WorkspaceSettings;
let closeEmulator = async () => {};
let targetLine: string;
if (target.kind === 'emulator') {
  const emulator = await startEmulator({
    port: env.EMULATOR_PORT,
    dataDir: env.DATA_DIR,
    accessKeyId: env.EMULATOR_ACCESS_KEY_ID,
    accessKeySecret: env.EMULATOR_ACCESS_KEY_SECRET,
    projectSize: env.EMULATOR_PROJECT_SIZE,
    maxRequestsPerSecond: env.EMULATOR_MAX_RPS,
  });
  closeEmulator = emulator.close;
  // With no workspace configured, the emulator serves all its seeded workspaces, the demo one by default.
  workspaces = readWorkspaceSettings(env, { allow: '*', defaultId: DEMO_PROJECT_ID })!;
  client = createDataWorksClient({
    endpoint: emulator.url,
    getCredentials: () =>
      Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
    timeoutMs: env.DATAWORKS_TIMEOUT_MS,
  });
  targetLine = `target: local DataWorks emulator at ${emulator.url.origin} (no cloud credentials found; ${emulator.taskCount} tasks in ${env.DATA_DIR})`;
} else {
  workspaces = target.workspaces;
  client = createDataWorksClient({
    endpoint: target.endpoint,
    getCredentials: target.getCredentials,
    timeoutMs: env.DATAWORKS_TIMEOUT_MS,
  });
  targetLine = `target: Alibaba Cloud DataWorks at ${target.endpoint.origin}, workspaces ${workspaces.allow === '*' ? '* (every one the key can see)' : workspaces.allow.join(', ')} (credentials: ${target.credentialSource})`;
}

const projectId = await resolveDefaultWorkspace(workspaces, client).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
// The store before the port opens: its migrations run first, and a store it cannot use stops the start.
let store: Awaited<ReturnType<typeof openStore>>;
try {
  store = await openStore({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    onError: (err: unknown) =>
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'store unavailable'),
  });
} catch (error) {
  console.error(`The store cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
  await closeEmulator();
  process.exit(1);
}
const storeLine = `store: ${store.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} at ${store.location}, schema version ${store.schemaVersion}`;
const hostNames =
  env.HOST === '0.0.0.0' || env.HOST === '::'
    ? ['localhost', '127.0.0.1']
    : [env.HOST, 'localhost', '127.0.0.1'];
const allowedHosts = new Set([
  ...hostNames.map((h) => `${h}:${env.PORT}`.toLowerCase()),
  ...(env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean),
]);
const staticRoot = existsSync('dist/index.html') ? 'dist' : undefined;
const app = createApp({
  dataworks: client,
  target: target.kind,
  projectId,
  projectIds: workspaces.allow,
  store,
  unknownOutcomeWindowMs: env.UNKNOWN_OUTCOME_WINDOW_MS,
  memberDirectoryTtlMs: env.MEMBER_DIRECTORY_TTL_MS,
  batch: { leaseMs: env.BATCH_LEASE_MS, backoffMs: env.BATCH_BACKOFF_MS },
  staticRoot,
  logger,
  access: { accessToken: env.ACCESS_TOKEN, identityHeader: env.TRUSTED_IDENTITY_HEADER },
  allowedHosts: env.HOST === '0.0.0.0' || env.HOST === '::' ? new Set() : allowedHosts,
});
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info: AddressInfo) => {
  console.log(targetLine);
  console.log(storeLine);
  console.log(`Task Editor for DataWorks: open http://${info.address}:${info.port}/`);
  if (!staticRoot)
    console.log('(the app is not built: run `npm run build`, or use `npm run dev` for the dev server)');
});

// Graceful shutdown: stop accepting, let in-flight requests finish, then close the stores.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void Promise.all([store.close(), closeEmulator()]).then(() => process.exit(0));
    });
    // Keep-alive sockets turn idle as their last response ends: close them as they do.
    const idle = server as unknown as { closeIdleConnections?: () => void };
    setInterval(() => idle.closeIdleConnections?.(), 50).unref();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
