import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { indexMembers, searchMembers } from '#domain/workspace/member-search';
import type { MembersReply } from '#domain/workspace/lookup-contract';
import { createApp } from '../app.ts';
import { createDataWorksClient } from '../dataworks/dataworks-client.ts';
import { DEMO_PROJECT_ID } from '../emulator/demo-project.ts';
import { startEmulator } from '../emulator/start-emulator.ts';
import { LARGE_PROJECT_ID, LARGE_PROJECT_MEMBER_COUNT } from '../emulator/workspace-seed.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { loadEveryPage } from '../lookups/load-pages.ts';
import { formatMs, measure, percentile, type Row } from './measure.ts';

/** What people type in the Owner picker: Chinese fragments, English names, IDs, and a miss. */
const MEMBER_QUERIES = [
  '王',
  '张伟',
  'li',
  'Chen',
  'alice',
  '2100000',
  '1107550004253538',
  '欣怡',
  'zz-nobody',
];

const median = (sorted: number[]) => percentile(sorted, 50);
const pair = (sorted: number[]) => `${formatMs(median(sorted))} / ${formatMs(percentile(sorted, 95))}`;

/**
 * The pickers' lookups through the proxy over HTTP, each beside the direct path: member search in the
 * 5,000-member workspace (the first load, with its pages, and searches once loaded), and the resource group
 * and data source pickers' first results.
 */
export async function benchLookups(runs = 200): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-lookups-'));
  const emulator = await startEmulator({ port: 0, dataDir, maxRequestsPerSecond: 1e9 });
  const client = createDataWorksClient({
    endpoint: emulator.url,
    getCredentials: () =>
      Promise.resolve({ accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret }),
  });
  const servers: ReturnType<typeof serve>[] = [];
  /** A fresh proxy (an empty member directory) serving `projectId`, over HTTP. */
  const startProxy = async (projectId: string) => {
    const app = createApp({
      dataworks: client,
      target: 'emulator',
      projectId,
      store: openSqliteStore(':memory:'),
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/projects/${projectId}`;
  };
  const getJson = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as unknown;
  };

  try {
    // First loads: a fresh proxy each time, the 5,000 members read page by page (4 in flight), taking turns
    // with the same pages read straight from the emulator; one round of each first, untimed (JIT warm-up).
    const firstLoads: number[] = [];
    const directLoads: number[] = [];
    let pages = 0;
    for (let round = 0; round <= 5; round++) {
      const base = await startProxy(LARGE_PROJECT_ID);
      let start = performance.now();
      const reply = (await getJson(`${base}/members?q=${encodeURIComponent('王')}`)) as MembersReply;
      const viaProxy = performance.now() - start;
      pages = reply.Pages;
      start = performance.now();
      await loadEveryPage(client, 'ListProjectMembers', { ProjectId: LARGE_PROJECT_ID }, 'ProjectMembers');
      const direct = performance.now() - start;
      if (round === 0) continue;
      firstLoads.push(viaProxy);
      directLoads.push(direct);
    }
    firstLoads.sort((a, b) => a - b);
    directLoads.sort((a, b) => a - b);

    // Searches once loaded: through the proxy, and the in-memory search alone.
    const membersBase = await startProxy(LARGE_PROJECT_ID);
    await getJson(`${membersBase}/members`);
    const viaProxy = await measure(runs, (i) =>
      getJson(`${membersBase}/members?q=${encodeURIComponent(MEMBER_QUERIES[i % MEMBER_QUERIES.length]!)}`),
    );
    const { items } = await loadEveryPage(
      client,
      'ListProjectMembers',
      { ProjectId: LARGE_PROJECT_ID },
      'ProjectMembers',
    );
    const index = indexMembers(
      items.map((m) => ({
        UserId: String(m.UserId),
        Name: String(m.UserName),
        Status: String(m.Status),
        Roles: [],
      })),
    );
    const inMemory = await measure(runs * 5, (i) =>
      searchMembers(index, MEMBER_QUERIES[i % MEMBER_QUERIES.length]!, 50),
    );

    // The resource group and data source pickers: every request reads DataWorks (no cache), so each is a
    // picker's first results. The first request of a fresh proxy is timed apart.
    const demoBase = await startProxy(DEMO_PROJECT_ID);
    const coldStart = performance.now();
    await getJson(`${demoBase}/resource-groups`);
    const coldGroups = performance.now() - coldStart;
    const groups = await measure(runs, () => getJson(`${demoBase}/resource-groups`));
    const groupsDirect = await measure(runs, () =>
      client.send('ListResourceGroups', {
        ProjectId: DEMO_PROJECT_ID,
        ResourceGroupTypes: ['CommonV2', 'ExclusiveScheduler'],
        PageSize: 100,
      }),
    );
    const sources = await measure(runs, () => getJson(`${demoBase}/data-sources`));
    const sourcesDirect = await measure(runs, () =>
      client.send('ListDataSources', { ProjectId: DEMO_PROJECT_ID, PageSize: 100 }),
    );

    return [
      {
        figure: `member directory first load, ${LARGE_PROJECT_MEMBER_COUNT} members via proxy, median / worst of 5`,
        value: `${formatMs(median(firstLoads))} / ${formatMs(firstLoads.at(-1)!)} (${pages} pages of 100, 4 in flight)`,
      },
      {
        figure: `member directory load direct to emulator (same pages), median / worst of 5`,
        value: `${formatMs(median(directLoads))} / ${formatMs(directLoads.at(-1)!)}`,
      },
      {
        figure: `member search in ${LARGE_PROJECT_MEMBER_COUNT} once loaded, via proxy, median / p95`,
        value: pair(viaProxy),
        budget: 'p95 < 50 ms',
      },
      { figure: 'member search, the in-memory search alone, median / p95', value: pair(inMemory) },
      { figure: 'resource group picker, first request of a fresh proxy', value: formatMs(coldGroups) },
      {
        figure: 'resource group picker via proxy, median / p95',
        value: pair(groups),
        budget: 'first results < 100 ms',
      },
      { figure: 'ListResourceGroups direct to emulator, median / p95', value: pair(groupsDirect) },
      {
        figure: 'data source picker via proxy, median / p95',
        value: pair(sources),
        budget: 'first results < 100 ms',
      },
      { figure: 'ListDataSources direct to emulator, median / p95', value: pair(sourcesDirect) },
    ];
  } finally {
    for (const server of servers) server.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
