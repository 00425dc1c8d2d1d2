import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL server for tests and benchmarks: a cluster made with Debian's initdb in a temp
 * folder, on a free loopback port, run by an unprivileged user when this process is root (initdb refuses
 * root), and removed with everything in it by `destroy` (or when the process exits).
 */
export interface TestPostgres {
  /** A fresh database's URL, owned by the cluster's superuser. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown: connections are ended), as an outage would. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with its data. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export interface TestPostgresOptions {
  /** fsync and synchronous commit on, as a real deployment runs: for the benchmarks. Off by default. */
  durable?: boolean;
}

/** initdb and pg_ctl: from PG_BIN, Debian's /usr/lib/postgresql/<version>/bin (newest), or PATH. */
export function findPostgresBin(): string {
  const candidates = [process.env.PG_BIN];
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian))
    candidates.push(
      ...readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => join(debian, v, 'bin')),
    );
  for (const dir of candidates)
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    const dir = initdb.slice(0, initdb.lastIndexOf('/'));
    if (initdb && existsSync(join(dir, 'pg_ctl'))) return dir;
  } catch {
    // not on PATH either
  }
  throw new Error(
    "PostgreSQL's initdb and pg_ctl were not found (looked in PG_BIN, /usr/lib/postgresql/<version>/bin and PATH). The store tests need a real PostgreSQL server: install Debian's postgresql package (apt-get install postgresql; .ci/run does), or set PG_BIN to the folder holding initdb and pg_ctl.",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** As root, commands run as `nobody`, owner of the cluster's folder; otherwise as this user. */
function unprivileged(): {
  wrap: (cmd: string, args: string[]) => [string, string[]];
  uid?: number;
  gid?: number;
} {
  if (process.getuid?.() !== 0) return { wrap: (cmd, args) => [cmd, args] };
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return {
    wrap: (cmd, args) => ['runuser', ['-u', 'nobody', '--', cmd, ...args]],
    uid: id('-u'),
    gid: id('-g'),
  };
}

export async function startTestPostgres({
  durable = false,
}: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const user = unprivileged();
  const dir = mkdtempSync(join(tmpdir(), 'task-editor-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  writeFileSync(join(dir, 'pwfile'), password);
  if (user.uid !== undefined) {
    chownSync(dir, user.uid, user.gid!);
    chownSync(join(dir, 'pwfile'), user.uid, user.gid!);
  }
  const as = (tool: string, args: string[]) => run(...user.wrap(join(bin, tool), args));
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=60',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  const pgCtl = (args: string[]) => as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), ...args]);
  const forceStop = () => {
    try {
      execFileSync(...user.wrap(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), {
        stdio: 'ignore',
      });
    } catch {
      // not running
    }
  };
  const remove = () => {
    forceStop();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);

  try {
    await as('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--pwfile',
      join(dir, 'pwfile'),
      '-A',
      'scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    await pgCtl(['-o', settings, '-w', '-t', '30', 'start']);
  } catch (error) {
    remove();
    throw error;
  }
  const urlOf = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;

  return {
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: urlOf('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return urlOf(name);
    },
    stop: async () => void (await pgCtl(['-m', 'fast', '-w', 'stop'])),
    start: async () => void (await pgCtl(['-o', settings, '-w', '-t', '30', 'start'])),
    async destroy() {
      process.removeListener('exit', remove);
      await pgCtl(['-m', 'fast', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
