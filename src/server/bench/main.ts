import { cpus } from 'node:os';
import { benchBatch } from './batch-bench.ts';
import { benchBatchRun } from './batch-run-bench.ts';
import { benchBundle } from './bundle-bench.ts';
import { benchCron } from './cron-bench.ts';
import { benchLighthouse } from './lighthouse-bench.ts';
import { benchLoad } from './load-bench.ts';
import { benchLookups } from './lookup-bench.ts';
import { benchStartup } from './startup-bench.ts';
import { benchStores } from './store-bench.ts';
import { benchTyping } from './typing-bench.ts';
import { printTable } from './measure.ts';
import { benchSearch } from './search-bench.ts';

// `npm run bench`: every figure printed beside its peer, measured in the same run (machines are noisy).
console.log(
  `Benchmarks on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString()}`,
);

printTable(
  'Cron preview (Asia/Shanghai), ours vs cron-parser and croner on the same expressions',
  await benchCron(),
);

printTable(
  'Batch plan (diffs, callouts, requests, CLI) for 2,000 selected tasks, beside building the requests alone',
  await benchBatch(),
);

printTable(
  "Batch run: 2,000 tasks through the proxy's /api/batches to the emulator (real HTTP), beside its rate limit",
  await benchBatchRun(),
);

for (const size of [1_000, 10_000, 100_000])
  printTable(`Picker search (ListTasks by name, PageSize 50), ${size} tasks`, await benchSearch(size));

printTable(
  'Workspace lookups: member search in 5,000 members, resource group and data source pickers; via proxy and direct',
  await benchLookups(),
);

printTable(
  'Load: autocannon saturating, paced open loop, one at a time; the proxy beside the direct path',
  await benchLoad(),
);
printTable(
  'Store: the save history on SQLite beside PostgreSQL (local, durable: fsync on)',
  await benchStores(),
);
printTable('Start-up', await benchStartup());
printTable('Bundle', await benchBundle());
printTable('Lighthouse (desktop, simulated throttling)', await benchLighthouse());
// Three task sizes, a decade apart: how typing latency grows with the number of rows.
printTable('Form responsiveness (Playwright, Debian chromium)', [
  ...(await benchTyping(10, 5)),
  ...(await benchTyping(100, 50)),
  ...(await benchTyping(1000, 500)),
]);
