import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewSaveRecord } from '../history/save-history.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { startTestPostgres } from '../store/test-postgres.ts';
import { formatMs, measure, percentile, type Row } from './measure.ts';

const TASK = '7002918273648500132';
const HISTORY_SIZE = 1_000;

const entry = (i: number, taskId = TASK): NewSaveRecord => ({
  taskId,
  time: 1_794_909_600_000 + i,
  user: `user${i % 7}`,
  request: { Id: taskId, Description: `change ${i}`, Trigger: { Type: 'Scheduler', Cron: '00 00 02 * * ?' } },
  before: { Description: `before ${i}`, Trigger: { Type: 'Scheduler', Cron: '00 00 01 * * ?' } },
  requestId: null,
  outcome: 'unknown',
  status: 0,
  message: 'Sent to DataWorks; its answer is not recorded yet.',
  settleUntil: 1_794_909_900_000 + i,
});

/** The store's share of one save (its record before sending, its conclusion after), and history reads. */
async function benchOne(label: string, store: Store, runs: number): Promise<Row[]> {
  const { history } = store;
  const saveMs = await measure(runs, async (i) => {
    const id = await history.record(entry(i, `9${i}`));
    await history.conclude(id, { outcome: 'saved', status: 200, requestId: `R-${i}`, message: null });
  });
  for (let i = 0; i < HISTORY_SIZE; i++) await history.record(entry(i));
  const listMs = await measure(runs, () => history.list(TASK));
  const changesMs = await measure(runs, () => history.changes(TASK));
  const allMs = await measure(Math.ceil(runs / 4), () => history.list(TASK, HISTORY_SIZE));
  const row = (figure: string, sorted: number[]): Row => ({
    figure: `${label}: ${figure}`,
    value: `p50 ${formatMs(percentile(sorted, 50))}, p99 ${formatMs(percentile(sorted, 99))}`,
  });
  return [
    row("a save's record (insert before sending + conclusion after)", saveMs),
    row(`history of a task with ${HISTORY_SIZE} records: newest 100 (GET /history)`, listMs),
    row(
      `history of a task with ${HISTORY_SIZE} records: its changes (newest 50, before a conflict)`,
      changesMs,
    ),
    row(`history of a task with ${HISTORY_SIZE} records: all ${HISTORY_SIZE}`, allMs),
  ];
}

/**
 * SQLite (history.sqlite, WAL, synchronous=FULL) beside PostgreSQL (a local cluster with fsync and
 * synchronous commit on, over loopback TCP), measured in the same run.
 */
export async function benchStores(runs = 500): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const postgres = await startTestPostgres({ durable: true });
  try {
    const sqlite = openSqliteStore(dir);
    const sqliteRows = await benchOne('SQLite', sqlite, runs);
    await sqlite.close();
    const pg = await openPostgresStore({ url: await postgres.createDatabase('bench') });
    const pgRows = await benchOne('PostgreSQL', pg, runs);
    await pg.close();
    return sqliteRows.flatMap((row, i) => [row, pgRows[i]!]);
  } finally {
    await postgres.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
