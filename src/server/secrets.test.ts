import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ACTIONS, type ActionName } from '#domain/task/dataworks-actions';
import { createApp } from './app.ts';
import { createDataWorksClient } from './dataworks/dataworks-client.ts';
import { EMULATOR_DATA_SOURCE_PASSWORD, NON_MEMBER_OWNER } from './emulator/demo-directory.ts';
import { DEMO_PROJECT_ID } from './emulator/demo-project.ts';
import { DEMO_ACCESS_KEY_SECRET } from './emulator/start-emulator.ts';
import { FINANCE_PROJECT_ID } from './emulator/workspace-seed.ts';
import { createEmulatorTestKit } from './emulator/emulator-test-kit.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import { createLogger } from './logger.ts';

const SECRET = 'CANARY-secret-8f1d2c3b4a5e6f70';
const TOKEN = 'CANARY-sts-token-1a2b3c4d5e6f';

describe('credentials never leave the proxy', () => {
  it('appear in no response, header or log line, whatever the outcome', async () => {
    const kit = createEmulatorTestKit({ emulatorSecret: SECRET });
    const sentAuthorizations: string[] = [];
    // Upstream: the emulator, with the requests' Authorization remembered to search for it later.
    const upstream: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      sentAuthorizations.push(headers.get('authorization') ?? '');
      return kit.fetchInProcess(input, { ...init, headers });
    };
    const client = createDataWorksClient({
      endpoint: new URL('http://127.0.0.1:8790'),
      getCredentials: () =>
        Promise.resolve({ accessKeyId: 'LTAIlocalDemoKeyId', accessKeySecret: SECRET, securityToken: TOKEN }),
      fetch: upstream,
      retry: { attempts: 1 },
    });
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()),
      }),
    });
    logger.debug(
      { accessKeySecret: SECRET, securityToken: TOKEN, headers: { authorization: 'x' } },
      'redaction probe',
    );
    const app = createApp({
      dataworks: client,
      target: 'aliyun',
      projectId: DEMO_PROJECT_ID,
      store: openSqliteStore(':memory:'),
      logger,
    });

    const seen: string[] = [];
    const calls: [string, unknown][] = [
      ['GetTask', { Id: '700004500000' }],
      ['GetTask', { Id: '42' }],
      ['UpdateTask', { Id: '700004500000', Name: 'x' }],
      ['UpdateTask', { Id: 'x' }],
      ['ListTasks', { PageSize: 2 }],
      ['Nope', {}],
    ];
    for (const [action, body] of calls) {
      const response = await app.request(`/api/dataworks/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      seen.push(await response.text(), JSON.stringify([...response.headers]));
    }
    expect(sentAuthorizations.length).toBeGreaterThan(0);
    expect(seen[0], seen[0]).toContain('"Id":"700004500000"'); // the calls really succeeded
    const everything = [...seen, ...lines].join('\n');
    expect(lines.length).toBeGreaterThan(calls.length);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(TOKEN);
    for (const authorization of sentAuthorizations)
      expect(everything).not.toContain(authorization.split('Signature=')[1]);
    expect(everything).not.toContain('ACS3-HMAC-SHA256 Credential');
  });
});

/** A valid body for every action the proxy may call: a new action without one fails tsc. */
const EVERY_ACTION: Record<ActionName, Record<string, unknown>> = {
  GetTask: { Id: '700004500000' },
  ListTasks: { PageSize: 2 },
  UpdateTask: { Id: '700004500000', Description: 'secrets scan' },
  BatchUpdateTasks: { Tasks: [{ Id: '700004500000', Description: 'secrets scan' }] },
  ListUpstreamTasks: { Id: '700004500037' },
  ListDownstreamTasks: { Id: '700004500000' },
  ListTaskOperationLogs: { Id: '700004500000' },
  ListProjectMembers: { PageSize: 100 },
  GetProjectMember: { UserId: '1107550004253538' },
  ListResourceGroups: { ResourceGroupTypes: ['CommonV2', 'ExclusiveScheduler'] },
  ListDataSources: { PageSize: 100 },
  ListImages: {},
  ListProjects: {},
  GetProject: {},
};

describe("a data source's connection secrets never leave the proxy", () => {
  it('appear in no response or log line, through every action and every lookup route', async () => {
    const kit = createEmulatorTestKit();
    const upstreamBodies: string[] = [];
    const upstream: typeof fetch = async (input, init) => {
      const response = await kit.fetchInProcess(input, init);
      upstreamBodies.push(await response.clone().text());
      return response;
    };
    const client = createDataWorksClient({
      endpoint: new URL('http://127.0.0.1:8790'),
      getCredentials: () =>
        Promise.resolve({ accessKeyId: 'LTAIlocalDemoKeyId', accessKeySecret: DEMO_ACCESS_KEY_SECRET }),
      fetch: upstream,
      retry: { attempts: 1 },
    });
    const lines: string[] = [];
    const logger = createLogger({
      level: 'trace',
      destination: new Writable({
        write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()),
      }),
    });
    const app = createApp({
      dataworks: client,
      target: 'emulator',
      projectId: DEMO_PROJECT_ID,
      store: openSqliteStore(':memory:'),
      logger,
    });
    const seen: string[] = [];
    const record = async (response: Response) =>
      seen.push(`${response.status} ${await response.text()}`, JSON.stringify([...response.headers]));
    const statuses = new Map<string, number>();
    for (const action of Object.keys(ACTIONS) as ActionName[]) {
      const response = await app.request(`/api/dataworks/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(EVERY_ACTION[action]),
      });
      statuses.set(action, response.status);
      await record(response);
    }
    const routes = [
      '/api/health',
      '/api/projects',
      ...[
        'members?q=a',
        'members/1107550004253538',
        `members/${NON_MEMBER_OWNER}`,
        'resource-groups',
        'data-sources',
        'images',
      ].map((path) => `/api/projects/${DEMO_PROJECT_ID}/${path}`),
      `/api/projects/${FINANCE_PROJECT_ID}/data-sources`,
      '/api/tasks/700004500000/history',
    ];
    for (const path of routes) {
      const response = await app.request(path);
      statuses.set(path, response.status);
      await record(response);
    }
    // A refused lookup and a failing one: their error answers too.
    kit.emulator.faults.configure({
      next: [
        { kind: 'error', action: 'ListDataSources', status: 403, code: 'Forbidden.Access' },
        { kind: 'error', action: 'ListDataSources', status: 500, code: 'InternalError.System' },
      ],
    });
    await record(await app.request(`/api/projects/${DEMO_PROJECT_ID}/data-sources`));
    await record(await app.request(`/api/projects/${DEMO_PROJECT_ID}/data-sources`));

    expect([...statuses].filter(([, status]) => status !== 200).map(([what]) => what)).toEqual([
      `/api/projects/${DEMO_PROJECT_ID}/members/${NON_MEMBER_OWNER}`,
      `/api/projects/${FINANCE_PROJECT_ID}/data-sources`,
    ]);
    // The secret really came from the emulator, so its absence below means the proxy held it back.
    expect(upstreamBodies.join('\n')).toContain(EMULATOR_DATA_SOURCE_PASSWORD);
    expect(lines.length).toBeGreaterThan(routes.length);
    const everything = [...seen, ...lines].join('\n');
    expect(everything).toContain('mysql_orders');
    expect(everything).not.toContain(EMULATOR_DATA_SOURCE_PASSWORD);
  });

  it('appear in no file of the built app (a fresh build: every script, map and page)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'secrets-bundle-'));
    try {
      await promisify(execFile)(
        process.execPath,
        [
          'node_modules/vite/bin/vite.js',
          'build',
          '--outDir',
          outDir,
          '--emptyOutDir',
          '--logLevel',
          'error',
        ],
        { cwd: join(import.meta.dirname, '../..') },
      );
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
      expect(files.some((file) => file.endsWith('.js'))).toBe(true);
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toContain(EMULATOR_DATA_SOURCE_PASSWORD);
        expect(text, file).not.toContain(DEMO_ACCESS_KEY_SECRET);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
