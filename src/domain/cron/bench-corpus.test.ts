import { describe, expect, it } from 'vitest';
import { BENCH_CORPUS } from './bench-corpus.ts';
import { nextRuns } from './next-runs.ts';

describe('BENCH_CORPUS', () => {
  it.each(BENCH_CORPUS)('%s computes a preview', (expression) => {
    const runs = nextRuns(expression, {
      timeZone: 'Asia/Shanghai',
      after: new Date('2025-06-01T00:00:00Z'),
      count: 100,
    });
    const sorted = [...runs].sort((a, b) => a.getTime() - b.getTime());
    expect(runs).toEqual(sorted);
  });

  it('includes a schedule that never fires, to time the whole search', () => {
    expect(
      nextRuns('00 00 00 31 2 ?', { timeZone: 'UTC', after: new Date('2025-06-01T00:00:00Z'), count: 100 }),
    ).toEqual([]);
  });
});
