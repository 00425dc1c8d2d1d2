import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataWorksClient } from './dataworks/dataworks-client.ts';
import { createDataWorksRoutes } from './dataworks-routes.ts';

export interface AppOptions {
  dataworks: Pick<DataWorksClient, 'send'>;
  target: 'emulator' | 'aliyun';
  projectId: string;
  /** Folder of the built app (`dist`); omitted in tests of the API alone. */
  staticRoot?: string;
}

export function createApp({ dataworks, target, projectId, staticRoot }: AppOptions) {
  const app = new Hono()
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
        },
        referrerPolicy: 'strict-origin-when-cross-origin',
      }),
    )
    .get('/api/health', (c) => c.json({ ok: true as const, target, projectId }))
    .route('/api/dataworks', createDataWorksRoutes({ dataworks, projectId }));

  app.all('/api/*', (c) => c.json({ Code: 'NotFound', Message: `No API at ${c.req.path}.` }, 404));

  if (staticRoot) {
    const indexHtml = readFileSync(join(staticRoot, 'index.html'), 'utf8');
    app.use(
      '/assets/*',
      serveStatic({
        root: staticRoot,
        onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use('*', serveStatic({ root: staticRoot }));
    // Client-side routes such as /tasks/123 all load the single page.
    app.get('*', (c) => c.html(indexHtml));
  }

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error('proxy: unexpected error', error instanceof Error ? error.message : 'unknown');
    return c.json(
      { Code: 'InternalError', Message: 'The proxy failed unexpectedly; nothing was sent to DataWorks.' },
      500,
    );
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
