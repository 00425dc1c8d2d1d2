import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { createDataWorksClient } from '../dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID } from '../emulator/demo-project.ts';
import { startEmulator } from '../emulator/start-emulator.ts';
import { formatMs, measure, percentile, type Row } from './measure.ts';

const QUERIES = [
  'dws_',
  'trade',
  'order_detail',
  'ads_user',
  'sku',
  'x_no_match',
  'ods_log_click',
  'finance',
];

/** The picker's rows in view when it opens (overscan included): the GetTask calls that list their outputs. */
const PICKER_ROWS_IN_VIEW = 12;

/** ListTasks by name in a generated project, through the proxy over HTTP and straight to the emulator. */
export async function benchSearch(size: number, runs = 200): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${size}-`));
  const seedStart = performance.now();
  const emulator = await startEmulator({ port: 0, dataDir, projectSize: size, maxRequestsPerSecond: 1e9 });
  const seedMs = performance.now() - seedStart;
  const client = createDataWorksClient({
    endpoint: emulator.url,
    getCredentials: () =>
      Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
  });
  const app = createApp({
    dataworks: client,
    target: 'emulator',
    projectId: DEMO_PROJECT_ID,
    store: openSqliteStore(':memory:'),
  });
  const proxy = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/dataworks/ListTasks`;
  try {
    const direct = await measure(runs, (i) =>
      client.send('ListTasks', {
        ProjectId: DEMO_PROJECT_ID,
        Name: QUERIES[i % QUERIES.length],
        PageSize: 50,
      }),
    );
    const viaProxy = await measure(runs, async (i) => {
      const response = await fetch(proxyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ Name: QUERIES[i % QUERIES.length], PageSize: 50 }),
      });
      await response.json();
    });
    // The dependency picker's outputs: a name search, then GetTask for the rows in view (about 12 at first),
    // in parallel, as the app does to list each result's outputs as options (picker-options.ts).
    const proxyBase = proxyUrl.replace(/ListTasks$/, '');
    const post = async (action: string, body: unknown) =>
      (
        await fetch(`${proxyBase}${action}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json() as Promise<{ PagingInfo?: { Tasks: { Id: string }[] } }>;
    const withOutputs = await measure(Math.max(10, Math.floor(runs / 4)), async (i) => {
      const found = await post('ListTasks', { Name: QUERIES[i % QUERIES.length], PageSize: 50 });
      const inView = (found.PagingInfo?.Tasks ?? []).slice(0, PICKER_ROWS_IN_VIEW);
      await Promise.all(inView.map((t) => post('GetTask', { Id: t.Id })));
    });
    // The task list's search: the proxy's task index (every ListTasks page once), then every word of the
    // query in name or description, filters and sort in memory; fresh reads only the newest changes.
    const listUrl = proxyUrl.replace(
      /\/api\/dataworks\/ListTasks$/,
      `/api/projects/${DEMO_PROJECT_ID}/tasks`,
    );
    const LIST_QUERIES = ['ods orders', 'intraday click', 'finance', 'dws trade payments', 'x_no_match'];
    const indexStart = performance.now();
    const listedBefore = emulator.received.byAction.get('ListTasks') ?? 0;
    await (await fetch(`${listUrl}?q=ods`)).json();
    const indexMs = performance.now() - indexStart;
    const indexPages = (emulator.received.byAction.get('ListTasks') ?? 0) - listedBefore;
    const listSearch = await measure(runs, async (i) => {
      const query = encodeURIComponent(LIST_QUERIES[i % LIST_QUERIES.length]!);
      await (await fetch(`${listUrl}?q=${query}&schedule=daily&sort=name`)).json();
    });
    return [
      { figure: `emulator seed of ${size} tasks (first start)`, value: formatMs(seedMs) },
      {
        figure: `list search: task index first read, ${size} tasks (${indexPages} ListTasks pages)`,
        value: formatMs(indexMs),
      },
      {
        figure: `list search ${size} tasks, every word in name or description + filter + sort (index warm, a page of changes read per search), median / p95`,
        value: `${formatMs(percentile(listSearch, 50))} / ${formatMs(percentile(listSearch, 95))}`,
      },
      {
        figure: `picker search ${size} tasks + outputs of ${PICKER_ROWS_IN_VIEW} results (GetTask) via proxy, median / p95`,
        value: `${formatMs(percentile(withOutputs, 50))} / ${formatMs(percentile(withOutputs, 95))}`,
      },
      {
        figure: `search ${size} tasks via proxy, median / p95`,
        value: `${formatMs(percentile(viaProxy, 50))} / ${formatMs(percentile(viaProxy, 95))}`,
        budget: size === 10_000 ? 'p95 < 100 ms' : undefined,
      },
      {
        figure: `search ${size} tasks direct to emulator, median / p95`,
        value: `${formatMs(percentile(direct, 50))} / ${formatMs(percentile(direct, 95))}`,
      },
    ];
  } finally {
    proxy.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
