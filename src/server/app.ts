import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { scheduleSettings } from '#domain/cron/dataworks-schedule';
import type { AppVariables } from './app-variables.ts';
import { createBatchRoutes } from './batch-routes.ts';
import { createBatchRunner, type BatchRunnerOptions } from './batch/run-batch.ts';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';
import { createServedWorkspaces, type WorkspaceAllowList } from './dataworks/served-workspaces.ts';
import { createDataWorksRoutes } from './dataworks-routes.ts';
import { EMULATOR_REGION } from './dataworks/resolve-target.ts';
import { createHistoryRoutes } from './history-routes.ts';
import { createLogger } from './logger.ts';
import { createLookupRoutes, DEFAULT_DIRECTORY_TTL_MS } from './lookup-routes.ts';
import { createMemberDirectories } from './lookups/member-directories.ts';
import { createTaskIndex } from './task-index/task-index.ts';
import { createTaskSearchRoutes } from './task-search-routes.ts';
import { errorBody, ProxyError, proxyError } from './proxy-error.ts';
import { createRouteHtml } from './route-preloads.ts';
import { accessGuard, sameOriginGuard, type AccessOptions } from './request-guards.ts';
import { createStoreHealthRoutes, storeUnavailableBody } from './store/store-health.ts';
import { StoreUnavailableError, type Store } from './store/store.ts';

export interface AppOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  target: 'emulator' | 'aliyun';
  /** The default workspace: of `/`, `/tasks/:id`, and of a request that names none. */
  /** The deployment's region (DATAWORKS_REGION or the endpoint's) for the aliyun CLI command; the emulator's by default. */
  region?: string;
  projectId: string;
  /** DATAWORKS_PROJECT_IDS: the workspaces served (`*`: every one the key can see); the default alone if omitted. */
  projectIds?: WorkspaceAllowList;
  /** Where the save history is kept: SQLite, or PostgreSQL shared by the replicas. */
  store: Store;
  /** Folder of the built app (`dist`); omitted in tests of the API alone. */
  staticRoot?: string;
  logger?: Logger;
  access?: AccessOptions;
  /** `host:port` values the Host header may carry; empty allows any (tests without a Host). */
  allowedHosts?: ReadonlySet<string>;
  /** UNKNOWN_OUTCOME_WINDOW_MS: how long a save with an unknown outcome may still land (5 minutes). */
  unknownOutcomeWindowMs?: number;
  /** MEMBER_DIRECTORY_TTL_MS: how long a workspace's member directory is kept (5 minutes). */
  memberDirectoryTtlMs?: number;
  /** TASK_INDEX_FRESH_MS: how old the task list's index may be before a search reads the newest changes. */
  taskIndexFreshMs?: number;
  /** The batch runner's lease and throttling backoff (BATCH_LEASE_MS, BATCH_BACKOFF_MS), and its name. */
  batch?: Pick<
    BatchRunnerOptions,
    'leaseMs' | 'backoffMs' | 'backoffMaxMs' | 'maxThrottled' | 'owner' | 'sleep'
  >;
  /** The proxy's clock, for tests. */
  now?: () => number;
}

export function createApp(options: AppOptions) {
  const { dataworks, target, projectId, store, staticRoot, unknownOutcomeWindowMs, now } = options;
  const { history } = store;
  const region = options.region ?? (target === 'emulator' ? EMULATOR_REGION : null);
  const logger = options.logger ?? createLogger({ level: 'silent' });
  const access = options.access ?? {};
  const directoryTtl = options.memberDirectoryTtlMs ?? DEFAULT_DIRECTORY_TTL_MS;
  const members = createMemberDirectories({ dataworks, ttlMs: directoryTtl, now });
  const workspaces = createServedWorkspaces({
    dataworks,
    allow: options.projectIds ?? [projectId],
    defaultId: projectId,
    ttlMs: directoryTtl,
    now,
  });

  const batchRunner = createBatchRunner({
    dataworks,
    journal: store.batches,
    now,
    ...options.batch,
    onError: (error, batchId) =>
      logger.error({ batchId, err: error instanceof Error ? error.message : 'unknown' }, 'batch run stopped'),
  });

  const app = new Hono<{ Variables: AppVariables }>()
    .use(async (c, next) => {
      const start = performance.now();
      const requestId = randomUUID();
      c.set('requestId', requestId);
      c.header('x-request-id', requestId);
      await next();
      // Built only when logged, with c.get: each read of c.var copies every variable into a new object.
      if (!logger.isLevelEnabled('info') || !c.req.path.startsWith('/api/')) return;
      logger.info({
        reqId: requestId,
        method: c.req.method,
        path: c.req.path,
        action: c.get('action'),
        taskId: c.get('taskId'),
        user: c.get('user'),
        status: c.res.status,
        durationMs: Math.round((performance.now() - start) * 10) / 10,
      });
    })
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
        referrerPolicy: 'no-referrer',
      }),
    )
    .route(
      '/api',
      createStoreHealthRoutes(store, () => ({ target, projectId, region, schedule: scheduleSettings() })),
    )
    .use('/api/*', sameOriginGuard(options.allowedHosts ?? new Set()), accessGuard(access))
    .route(
      '/api/dataworks',
      createDataWorksRoutes({ dataworks, workspaces, history, unknownOutcomeWindowMs, now }),
    )
    .route('/api/tasks', createHistoryRoutes({ history, batches: store.batches, dataworks, now }))
    .route(
      '/api/batches',
      createBatchRoutes({ journal: store.batches, runner: batchRunner, workspaces, dataworks, now }),
    )
    .route(
      '/api/projects',
      createLookupRoutes({ dataworks, workspaces, members, directoryTtlMs: directoryTtl, now }),
    )
    .route(
      '/api/projects',
      createTaskSearchRoutes({
        dataworks,
        workspaces,
        index: createTaskIndex({ dataworks, freshMs: options.taskIndexFreshMs, now }),
        ownerName: (projectId, userId) => members.nameOf(projectId, userId),
      }),
    );

  app.all('/api/*', (c) => proxyError(404, 'NotFound', `No API at ${c.req.path}.`));

  if (staticRoot) {
    app.use('*', compress());
    const routeHtml = createRouteHtml(staticRoot);
    app.use(
      '/assets/*',
      serveStatic({
        root: staticRoot,
        onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use('*', serveStatic({ root: staticRoot }));
    // Client-side routes such as /tasks/123 all load the single page.
    app.get('*', (c) => c.html(routeHtml(c.req.path)));
  }

  app.onError((error, c) => {
    if (error instanceof ProxyError) return c.json(error.body, error.status);
    if (error instanceof HTTPException) return error.getResponse(); // Hono's own, none expected
    if (error instanceof StoreUnavailableError) return c.json(storeUnavailableBody(error), 503);
    logger.error(
      { reqId: c.get('requestId'), err: error instanceof Error ? error.message : 'unknown' },
      'unexpected error',
    );
    const message = 'The proxy failed unexpectedly; nothing was sent to DataWorks.';
    return c.json(errorBody('InternalError', message), 500);
  });
  return Object.assign(app, { batchRunner });
}
