import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres-store.ts';
import { describeStoreSuite } from './store-suite.ts';
import { StoreUnavailableError } from './store.ts';
import { startTestPostgres, type TestPostgres } from './test-postgres.ts';

// A real PostgreSQL server (Debian's postgresql package), made for this file and removed after it.
let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await server?.destroy();
});

let databases = 0;
const newDatabase = () => server.createDatabase(`suite_${++databases}`);

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describeStoreSuite('postgres', async () => {
  const url = await newDatabase();
  return {
    open: () => openPostgresStore({ url }),
    exec: (sql) => onDatabase(url, async (c) => void (await c.query(sql))),
    versions: () =>
      onDatabase(url, async (c) =>
        (await c.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).rows.map(
          (r) => r.version,
        ),
      ),
  };
});

describe('the postgres store while PostgreSQL is down', () => {
  it('fails each call with StoreUnavailableError, ping answers false, and both recover after a restart', async () => {
    const url = await newDatabase();
    const errors: unknown[] = [];
    const store = await openPostgresStore({ url, onError: (e) => errors.push(e) });
    try {
      const before = await store.history.record({
        taskId: '1',
        time: 1,
        user: 'alice',
        request: { Id: '1', Name: 'n' },
        before: {},
        requestId: null,
        outcome: 'saved',
        status: 200,
        message: null,
      });
      await server.stop();
      expect(await store.ping()).toBe(false);
      await expect(store.history.list('1')).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.history.get(before)).rejects.toThrow(/PostgreSQL store is unavailable/);
      expect(errors.length).toBeGreaterThan(0);
      await server.start();
      expect(await store.ping()).toBe(true);
      expect((await store.history.list('1')).map((r) => r.id)).toEqual([before]);
    } finally {
      await store.close();
    }
  });

  it('refuses to open while PostgreSQL cannot be reached', async () => {
    const url = await newDatabase();
    await server.stop();
    try {
      await expect(openPostgresStore({ url })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await server.start();
    }
  });
});

describe('describing the store', () => {
  it('names host, port and database, never the credentials', async () => {
    const url = await newDatabase();
    const store = await openPostgresStore({ url });
    await store.close();
    expect(store.location).toMatch(/^127\.0\.0\.1:\d+\/suite_\d+$/);
    expect(store.location).not.toContain('postgres:');
  });
});
