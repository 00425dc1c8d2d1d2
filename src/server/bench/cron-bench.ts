import { Cron } from 'croner';
import { CronExpressionParser } from 'cron-parser';
import { BENCH_CORPUS } from '#domain/cron/bench-corpus';
import { nextRuns } from '#domain/cron/next-runs';
import { formatMs, measure, percentile, type Row } from './measure.ts';

const TIME_ZONE = 'Asia/Shanghai';
const AFTER = new Date('2026-11-25T00:00:00Z');

type Engine = (expression: string, count: number) => unknown;

const ENGINES: Record<string, Engine> = {
  ours: (e, count) => nextRuns(e, { timeZone: TIME_ZONE, after: AFTER, count, weekdays: 'quartz' }),
  'cron-parser 5': (e, count) =>
    CronExpressionParser.parse(e, { currentDate: AFTER, tz: TIME_ZONE }).take(count),
  croner: (e, count) => new Cron(e, { timezone: TIME_ZONE, legacyMode: false }).nextRuns(count, AFTER),
};

/** Median over the corpus of each expression's median time, and the worst expression's median. */
async function benchEngine(engine: Engine, count: number, runsPerExpression: number) {
  const medians: number[] = [];
  let worst = { ms: 0, expression: '' };
  let unsupported = 0;
  for (const expression of BENCH_CORPUS) {
    try {
      engine(expression, count);
    } catch {
      unsupported += 1;
      continue;
    }
    const times = await measure(runsPerExpression, () => engine(expression, count));
    const median = percentile(times, 50);
    medians.push(median);
    if (median > worst.ms) worst = { ms: median, expression };
  }
  return {
    median: percentile(
      medians.sort((a, b) => a - b),
      50,
    ),
    worst,
    unsupported,
  };
}

export async function benchCron(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, engine] of Object.entries(ENGINES)) {
    const r = await benchEngine(engine, 100, name === 'ours' ? 50 : 5);
    rows.push({
      figure: `${name}: 100-run preview, median / worst (${BENCH_CORPUS.length} expressions)`,
      value: `${formatMs(r.median)} / ${formatMs(r.worst.ms)} (${r.worst.expression})${r.unsupported ? `; refuses ${r.unsupported}` : ''}`,
      budget: name === 'ours' ? 'median < 1 ms, worst < 16 ms' : undefined,
    });
  }
  for (const count of [10, 100, 1000]) {
    const r = await benchEngine(ENGINES.ours!, count, 20);
    rows.push({ figure: `ours: ${count}-run preview, median over the corpus`, value: formatMs(r.median) });
  }
  return rows;
}
