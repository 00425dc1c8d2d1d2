/** Runs `fn` `runs` times after a warm-up and returns the sorted durations in milliseconds. */
export async function measure(runs: number, fn: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

export interface Row {
  figure: string;
  value: string;
  budget?: string;
}

export function printTable(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.figure.length));
  for (const r of rows)
    console.log(`  ${r.figure.padEnd(width)}  ${r.value}${r.budget ? `   (budget ${r.budget})` : ''}`);
}
