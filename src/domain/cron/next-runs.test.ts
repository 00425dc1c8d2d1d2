import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import golden from './fixtures/quartz-golden.json';
import { CronSyntaxError, nextRuns } from './next-runs.ts';

const GoldenSchema = z.object({
  quartzMaxYear: z.number(),
  runsPerCase: z.number(),
  cases: z.array(
    z.object({
      name: z.string(),
      expression: z.string(),
      timeZone: z.string(),
      after: z.string(),
      runs: z.array(z.string()).optional(),
      error: z.string().optional(),
    }),
  ),
});
const vectors = GoldenSchema.parse(golden);

const iso = (dates: Date[]) => dates.map((d) => d.toISOString().replace('.000Z', 'Z'));

function runGolden(c: (typeof vectors.cases)[number]) {
  return nextRuns(c.expression, {
    timeZone: c.timeZone,
    after: new Date(c.after),
    count: vectors.runsPerCase,
    weekdays: 'quartz',
    // Quartz's '*' year ends at its clock's year + 100 (CronExpression.MAX_YEAR), recorded in the fixture.
    maxYear: vectors.quartzMaxYear,
  });
}

/** Local wall time, for asserting DataWorks' daylight-saving rules. */
function toWallTime(date: Date, timeZone: string): string {
  return date.toLocaleString('sv', { timeZone });
}

// DataWorks: "Daily, weekly or monthly tasks scheduled inside the skipped hour: the run is delayed one hour and
// becomes a dry-run" (https://www.alibabacloud.com/help/en/dataworks/user-guide/effect-of-daylight-saving-time-switching-on-scheduling-task-running).
// A dry-run instance does no work, so nextRuns lists no run for that day, as Quartz does; these are the vectors
// where DataWorks would show a dry-run instance one hour after the skipped slot.
const SKIPPED_SLOT_CASES: Record<string, string> = {
  'NY spring daily 02:30': '2025-03-09',
  'NY spring daily 02:00': '2025-03-09',
  'NY spring weekly Sunday 02:30': '2025-03-09',
  'Berlin spring daily 02:30': '2025-03-30',
  'Berlin spring monthly last Sunday 02:00': '2025-03-30',
  'Sydney spring daily 02:30': '2025-10-05',
  'Sydney spring weekly Sunday 02:00': '2025-10-05',
  'Chatham spring daily 03:00': '2025-09-28',
  'Chatham spring daily 02:50': '2025-09-28',
  'Sao Paulo spring daily midnight': '2018-11-04',
  'Sao Paulo spring weekly Sunday midnight': '2018-11-04',
  'Sao Paulo spring monthly 4th': '2018-11-04',
  'Lord Howe spring daily 02:15': '2025-10-05',
};

// Vectors where the engine deliberately departs from Quartz to follow DataWorks. DataWorks documents two rules
// for daylight-saving nights, no run in the skipped hour and one run (the second) in the repeated hour, and Quartz
// already follows both (checked below), so none are needed.
const DATAWORKS_OVER_QUARTZ: Record<string, string> = {};

describe('nextRuns against Quartz 2.3.2 golden vectors', () => {
  it('covers a broad corpus', () => {
    expect(vectors.cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(vectors.cases.filter((c) => c.runs !== undefined && !(c.name in DATAWORKS_OVER_QUARTZ)))(
    '$name: $expression in $timeZone',
    (c) => {
      expect(iso(runGolden(c))).toEqual(c.runs);
    },
  );

  it.each(vectors.cases.filter((c) => c.error !== undefined))('$name: refuses $expression', (c) => {
    expect(() => runGolden(c)).toThrow(CronSyntaxError);
  });
});

describe("nextRuns follows DataWorks' daylight-saving rules", () => {
  const dstCases = vectors.cases.filter(
    (c) => c.runs !== undefined && /spring|fall|DST/.test(c.name) && c.timeZone !== 'UTC',
  );

  it.each(dstCases)('$name: at most one run per wall-clock time', (c) => {
    const walls = runGolden(c).map((d) => toWallTime(d, c.timeZone));
    expect(new Set(walls).size).toBe(walls.length);
  });

  it.each(dstCases)('$name: a repeated wall time runs at its second occurrence', (c) => {
    for (const run of runGolden(c)) {
      const anHourLater = new Date(run.getTime() + 3_600_000);
      const halfAnHourLater = new Date(run.getTime() + 1_800_000);
      // If the same wall time comes again after this run, DataWorks would have kept that one instead.
      expect([toWallTime(anHourLater, c.timeZone), toWallTime(halfAnHourLater, c.timeZone)]).not.toContain(
        toWallTime(run, c.timeZone),
      );
    }
  });

  it('an hourly schedule has 23 runs on a spring-forward day and 24 on a fall-back day (New York)', () => {
    // `after` is one second before local midnight (EST on 9 March, EDT on 2 November).
    const day = (date: string, after: string) =>
      nextRuns('0 0 * * * ?', { timeZone: 'America/New_York', after: new Date(after), count: 30 }).filter(
        (d) => toWallTime(d, 'America/New_York').startsWith(date),
      );
    expect(day('2025-03-09', '2025-03-09T04:59:59Z')).toHaveLength(23);
    expect(day('2025-11-02', '2025-11-02T03:59:59Z')).toHaveLength(24);
  });

  it.each(Object.entries(SKIPPED_SLOT_CASES))('%s: no run on %s, whose slot does not exist', (name, date) => {
    const c = vectors.cases.find((v) => v.name === name);
    expect(c).toBeDefined();
    if (!c) return;
    const days = runGolden(c).map((d) => toWallTime(d, c.timeZone).slice(0, 10));
    expect(days).not.toContain(date);
  });
});

describe('nextRuns weekday numbering', () => {
  const after = new Date('2025-06-01T00:00:00Z'); // a Sunday
  const firstDay = (expression: string, weekdays: 'spring' | 'quartz') =>
    nextRuns(expression, { timeZone: 'UTC', after, count: 1, weekdays })[0]?.toISOString().slice(0, 10);

  it('reads 1 as Monday in spring mode and as Sunday in quartz mode', () => {
    expect(firstDay('0 0 9 ? * 1', 'spring')).toBe('2025-06-02');
    expect(firstDay('0 0 9 ? * 1', 'quartz')).toBe('2025-06-01');
  });

  it('reads 0 and 7 as Sunday in spring mode', () => {
    expect(firstDay('0 0 9 ? * 0', 'spring')).toBe('2025-06-01');
    expect(firstDay('0 0 9 ? * 7', 'spring')).toBe('2025-06-01');
    expect(firstDay('0 0 9 ? * 7', 'quartz')).toBe('2025-06-07');
  });

  it('defaults to spring numbering', () => {
    expect(nextRuns('0 0 9 ? * 1', { timeZone: 'UTC', after, count: 1 })[0]?.toISOString()).toBe(
      '2025-06-02T09:00:00.000Z',
    );
  });

  it('reads names the same in both modes', () => {
    for (const expression of ['0 0 9 ? * MON', '0 0 9 ? * FRI-MON', '0 0 9 ? * MON#2', '0 0 9 ? * FRIL']) {
      expect(iso(nextRuns(expression, { timeZone: 'UTC', after, count: 10, weekdays: 'spring' }))).toEqual(
        iso(nextRuns(expression, { timeZone: 'UTC', after, count: 10, weekdays: 'quartz' })),
      );
    }
  });

  it('maps spring ranges, wrapping ranges, nth and last weekdays to the same days as names', () => {
    const pairs: Array<[string, string]> = [
      ['0 0 9 ? * 1-5', '0 0 9 ? * MON-FRI'],
      ['0 0 9 ? * 5-1', '0 0 9 ? * FRI-MON'],
      ['0 0 9 ? * 0,6', '0 0 9 ? * SUN,SAT'],
      ['0 0 9 ? * 1-7', '0 0 9 ? * MON-SUN'],
      ['0 0 9 ? * */2', '0 0 9 ? * SUN,TUE,THU,SAT'],
      ['0 0 9 ? * 1#2', '0 0 9 ? * MON#2'],
      ['0 0 9 ? * 5L', '0 0 9 ? * FRIL'],
      ['0 0 9 ? * 0L', '0 0 9 ? * SUNL'],
    ];
    for (const [numeric, named] of pairs) {
      expect(iso(nextRuns(numeric, { timeZone: 'UTC', after, count: 12 })), numeric).toEqual(
        iso(nextRuns(named, { timeZone: 'UTC', after, count: 12 })),
      );
    }
  });

  it('refuses 0 in quartz mode and 8 in both', () => {
    expect(() => nextRuns('0 0 9 ? * 0', { timeZone: 'UTC', after, count: 1, weekdays: 'quartz' })).toThrow(
      /out of range 1–7/,
    );
    expect(() => nextRuns('0 0 9 ? * 8', { timeZone: 'UTC', after, count: 1 })).toThrow(/out of range 0–7/);
  });
});

describe('nextRuns window and limits', () => {
  const options = { timeZone: 'Asia/Shanghai', after: new Date('2025-06-01T00:00:00Z'), count: 5 };

  it('returns runs strictly after `after`', () => {
    const [first] = nextRuns('00 00 08 * * ?', { ...options, after: new Date('2025-06-01T00:00:00Z') });
    expect(first?.toISOString()).toBe('2025-06-02T00:00:00.000Z');
  });

  it('includes a run exactly at the start time and none before it', () => {
    const runs = nextRuns('00 00 08 * * ?', { ...options, start: new Date('2025-06-10T00:00:00Z') });
    expect(runs[0]?.toISOString()).toBe('2025-06-10T00:00:00.000Z');
  });

  it('includes a run exactly at the end time and none after it', () => {
    const runs = nextRuns('00 00 08 * * ?', {
      ...options,
      count: 100,
      end: new Date('2025-06-04T00:00:00Z'),
    });
    expect(iso(runs)).toEqual(['2025-06-02T00:00:00Z', '2025-06-03T00:00:00Z', '2025-06-04T00:00:00Z']);
  });

  it('returns nothing when the window has closed', () => {
    expect(nextRuns('00 00 08 * * ?', { ...options, end: new Date('2025-05-01T00:00:00Z') })).toEqual([]);
  });

  it('returns the requested count', () => {
    expect(nextRuns('0 */5 * * * ?', { ...options, count: 100 })).toHaveLength(100);
    expect(nextRuns('0 */5 * * * ?', { ...options, count: 0 })).toEqual([]);
  });

  it('gives up after 2999, as Quartz does', () => {
    const runs = nextRuns('0 0 0 ? 2 MON#5', { ...options, count: 100 });
    expect(runs.length).toBeGreaterThan(20);
    expect(runs.length).toBeLessThan(100);
    expect(runs.at(-1)?.getUTCFullYear()).toBeLessThanOrEqual(2999);
    expect(nextRuns('0 0 0 1 1 ? 3000', { ...options, count: 1 })).toEqual([]);
  });

  it('finds leap days, fifth Mondays of February and other rare days', () => {
    expect(iso(nextRuns('0 0 0 29 2 ?', { ...options, timeZone: 'UTC', count: 2 }))).toEqual([
      '2028-02-29T00:00:00Z',
      '2032-02-29T00:00:00Z',
    ]);
    expect(iso(nextRuns('0 0 0 ? 2 MON#5', { ...options, timeZone: 'UTC', count: 2 }))).toEqual([
      '2044-02-29T00:00:00Z',
      '2072-02-29T00:00:00Z',
    ]);
  });

  it('throws for an unknown time zone', () => {
    expect(() => nextRuns('0 0 0 * * ?', { ...options, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('throws a CronSyntaxError that locates the problem', () => {
    try {
      nextRuns('0 61 * * * ?', options);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CronSyntaxError);
      expect((error as CronSyntaxError).issues).toEqual([
        { field: 'minute', position: 2, length: 2, message: 'Minute: 61 at position 3 is out of range 0–59' },
      ]);
    }
  });

  it('throws for a lone L outside the day fields, which Quartz accepts but cannot compute', () => {
    expect(() => nextRuns('0 0 L * * ?', options)).toThrow(/Hour: 'L' at position 5 selects no value/);
  });
});
