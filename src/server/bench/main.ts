import { cpus } from 'node:os';
import { printTable } from './measure.ts';
import { benchSearch } from './search-bench.ts';

// `npm run bench`: every figure printed beside its peer, measured in the same run (machines are noisy).
console.log(
  `Benchmarks on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString()}`,
);

for (const size of [1_000, 10_000])
  printTable(`Picker search (ListTasks by name, PageSize 50), ${size} tasks`, await benchSearch(size));
