import { describe, expect, it } from 'vitest';
import { DOCUMENTED_VECTORS, type DocumentedVector } from './fixtures/documented-vectors.ts';
import { resolveParameter, type ParameterContext } from './resolve-parameter.ts';
import { resolveScriptParameters } from './resolve-script-parameters.ts';
import { toBackfillScheduledTime } from './to-backfill-scheduled-time.ts';

const SHANGHAI = 'Asia/Shanghai';

function resolveOk(expression: string, context: ParameterContext): string {
  const result = resolveParameter(expression, context);
  if (!result.success) throw new Error(`${expression}: ${JSON.stringify(result.issues)}`);
  return result.data.value;
}

/** Resolves at a wall time written `yyyy-mm-dd hh:mm:ss` in Asia/Shanghai (UTC+8, no DST). */
function at(wall: string, expression: string): string {
  return resolveOk(expression, { scheduledTime: new Date(`${wall.replace(' ', 'T')}+08:00`) });
}

function resolveVector(vector: DocumentedVector, expression: string, atOverride?: string): string {
  const timeZone = vector.zone ?? SHANGHAI;
  const scheduledTime = vector.backfill
    ? toBackfillScheduledTime(vector.backfill.businessDate, vector.backfill.timeOfDay, timeZone)
    : new Date(atOverride ?? vector.at ?? '');
  if (!scheduledTime) throw new Error(`${vector.id}: bad backfill input`);
  const context = { scheduledTime, timeZone, ids: vector.ids };
  if (!vector.script) return resolveOk(expression, context);
  const result = resolveScriptParameters(expression, { ...context, mode: vector.script });
  if (!result.success) throw new Error(`${vector.id}: ${JSON.stringify(result.issues)}`);
  if (vector.position === undefined) return result.data.text;
  return result.data.parameters[vector.position]?.resolved ?? '(no such position)';
}

describe('the documented vectors', () => {
  it('number 112, as the reference counts them', () => {
    expect(DOCUMENTED_VECTORS).toHaveLength(112);
    expect(new Set(DOCUMENTED_VECTORS.map((vector) => vector.id)).size).toBe(112);
  });

  it.each(DOCUMENTED_VECTORS)('$id: $expression gives $expected', (vector) => {
    expect(resolveVector(vector, vector.expression)).toBe(vector.expected);
    for (const spelling of vector.also ?? []) expect(resolveVector(vector, spelling)).toBe(vector.expected);
    if (vector.normalDay) {
      expect(resolveVector(vector, vector.expression, vector.normalDay.at)).toBe(vector.normalDay.expected);
    }
  });
});

// Reference §7 K: derived from the rules, not quoted. T = 2026-01-01 02:30:00, B = 2025-12-31.
const DERIVED_NEW_YEAR: [string, string][] = [
  ['$bizdate', '20251231'],
  ['$cyctime', '20260101023000'],
  ['$gmtdate', '20260101'],
  ['$bizmonth', '202512'],
  ['$[yyyymmdd]', '20260101'],
  ['${yyyymmdd}', '20251231'],
  ['$[hh24]', '02'],
  ['$[mi]', '30'],
  ['$[ss]', '00'],
  ['$[yyyymmdd-1]', '20251231'],
  ['${yyyymmdd-1}', '20251230'],
  ['${yyyymm}', '202512'],
  ['${yyyymm-1}', '202511'],
  ['${yyyy}', '2025'],
  ['${yyyy-1}', '2024'],
  ['$[add_months(yyyymmdd,-1)]', '20251201'],
  ['$[add_months(yyyymmdd,-12)]', '20250101'],
  ['$[hh24miss-1/24]', '013000'],
  ['$[yyyymmddhh24miss-30/24/60]', '20260101020000'],
  ['$[yyyy-mm-dd-7]', '2025-12-25'],
  ['${yyyy-mm-dd-7}', '2025-12-24'],
  ['$[yyyymmdd-3/24]', '20251231'],
  ['$[hh24-3/24]', '23'],
  ['$[yyyymmdd-1-1/24]', '20251231'],
];

const DERIVED_EDGES: [string, string, string][] = [
  ['2026-01-01 00:00:00', '${yyyymmdd}', '20251231'],
  ['2026-01-01 00:00:00', '$[yyyymmddhh24-1/24]', '2025123123'],
  ['2026-01-01 00:00:00', '$[yyyymmdd-1/24]', '20251231'],
  ['2026-01-01 00:00:00', '$[hh24-1/24]', '23'],
  ['2026-01-01 23:00:00', '${yyyymmdd}', '20251231'],
  ['2026-01-01 23:00:00', '$[yyyymmddhh24-1/24]', '2026010122'],
  ['2026-01-01 00:05:00', '$[yyyymmddhh24miss-10/24/60]', '20251231235500'],
  ['2024-03-01 00:00:00', '$bizdate', '20240229'],
  ['2024-03-01 00:00:00', '${yyyymm-1}', '202401'],
  ['2024-03-01 00:00:00', '${yyyymmdd-365}', '20230301'],
  ['2024-03-01 00:00:00', '$[add_months(yyyymmdd,-12)]', '20230301'],
  ['2024-03-01 00:00:00', '$bizmonth', '202402'],
  ['2024-02-29 10:00:00', '$[add_months(yyyymmdd,-12)]', '20230228'],
  ['2024-02-29 10:00:00', '$[add_months(yyyymmdd,12)]', '20250228'],
  ['2024-02-29 10:00:00', '$[add_months(yyyymmdd,-1)]', '20240129'],
  ['2025-03-01 00:00:00', '${yyyymmdd}', '20250228'],
  ['2025-03-01 00:00:00', '${yyyymm}', '202502'],
  ['2025-03-01 00:00:00', '$bizmonth', '202502'],
  ['2025-03-02 00:00:00', '$bizmonth', '202502'],
  ['2025-04-01 00:00:00', '${yyyymm-1}', '202502'],
  ['2025-04-01 00:00:00', '${mm}', '03'],
  ['2025-01-31 08:00:00', '$[add_months(yyyymmdd,1)]', '20250228'],
  // Ambiguous in the docs (Oracle would give 20250331); a plain clamp is what is documented.
  ['2025-02-28 08:00:00', '$[add_months(yyyymmdd,1)]', '20250328'],
];

describe('derived vectors (reference §7 K)', () => {
  it.each(DERIVED_NEW_YEAR)('on 2026-01-01 02:30, %s gives %s', (expression, expected) => {
    expect(at('2026-01-01 02:30:00', expression)).toBe(expected);
  });

  it.each(DERIVED_EDGES)('on %s, %s gives %s', (wall, expression, expected) => {
    expect(at(wall, expression)).toBe(expected);
  });

  it('a backfill for 2025-12-31 at 02:30 resolves like the run of 2026-01-01 02:30', () => {
    const scheduledTime = toBackfillScheduledTime('2025-12-31', '02:30', SHANGHAI);
    expect(scheduledTime).toEqual(new Date('2026-01-01T02:30:00+08:00'));
  });
});

describe('month ends, year ends and leap days', () => {
  it('scheduled 2024-03-01, the business date is the leap day', () => {
    expect(at('2024-03-01 00:00:00', '$bizdate')).toBe('20240229');
    expect(at('2024-03-01 00:00:00', '${yyyy-mm-dd}')).toBe('2024-02-29');
  });

  it('$[yyyymmdd-1] on 2025-01-01 is the last day of 2024', () => {
    expect(at('2025-01-01 00:00:00', '$[yyyymmdd-1]')).toBe('20241231');
    expect(at('2025-01-01 00:00:00', '${yyyymmdd}')).toBe('20241231');
    expect(at('2025-01-01 00:00:00', '${yyyy}')).toBe('2024');
    expect(at('2025-01-01 00:00:00', '$bizmonth')).toBe('202412');
  });

  it('add_months from 2024-01-31 clamps to the last day of each shorter month', () => {
    const from = '2024-01-31 09:00:00';
    expect(at(from, '$[add_months(yyyymmdd,1)]')).toBe('20240229');
    expect(at(from, '$[add_months(yyyymmdd,2)]')).toBe('20240331');
    expect(at(from, '$[add_months(yyyymmdd,3)]')).toBe('20240430');
    expect(at(from, '$[add_months(yyyymmdd,13)]')).toBe('20250228');
    expect(at(from, '$[add_months(yyyymmdd,-2)]')).toBe('20231130');
    expect(at(from, '$[add_months(yyyy-mm-dd hh24:mi,1)]')).toBe('2024-02-29 09:00');
  });

  it('add_months shifts months first, then the fraction of a day', () => {
    // Reference §3.4, `$[add_months(yyyymmdd,12*N)-M/24/60]`.
    expect(at('2025-03-01 00:05:00', '$[add_months(yyyymmddhh24mi,-12*1)-10/24/60]')).toBe('202402292355');
    expect(at('2025-03-01 00:05:00', '$[add_months(yyyymm,-1)]')).toBe('202502');
  });

  it('${...} months and years from a business date on a month end', () => {
    expect(at('2025-04-01 00:00:00', '${yyyymm-1}')).toBe('202502');
    expect(at('2024-03-01 00:00:00', '${yyyy-mm-dd-1}')).toBe('2024-02-28');
    expect(at('2025-03-01 00:00:00', '${yyyymmdd+1}')).toBe('20250301');
    expect(at('2025-03-01 00:00:00', '${yyyymmdd-7*2}')).toBe('20250214');
    expect(at('2025-03-01 00:00:00', '${yy+1}')).toBe('26');
  });

  it('$[...] weeks, hours and minutes across a year end', () => {
    expect(at('2026-01-03 00:10:00', '$[yyyymmdd-7*1]')).toBe('20251227');
    expect(at('2026-01-01 00:10:00', '$[yyyy-mm-dd hh24:mi:ss-11/24/60]')).toBe('2025-12-31 23:59:00');
    expect(at('2025-12-31 23:30:00', '$[yyyymmddhh24mi+1/24]')).toBe('202601010030');
  });

  it('$[hh] counts a 12-hour clock as Oracle HH12 does', () => {
    expect(at('2025-06-01 14:05:00', '$[hh]')).toBe('02');
    expect(at('2025-06-01 00:05:00', '$[hh12]')).toBe('12');
    expect(at('2025-06-01 12:05:00', '$[hh24]-$[hh]')).toBe('12-12');
  });
});

describe('values around expressions', () => {
  it('keeps literal text around expressions and resolves several in one value', () => {
    expect(at('2023-10-28 00:00:00', '${yyyymm}01')).toBe('20231001');
    expect(at('2023-10-28 06:00:00', 'p_${yyyymmdd}_$[hh24]')).toBe('p_20231027_06');
    expect(at('2023-10-28 06:00:00', 'abc')).toBe('abc');
    expect(at('2023-10-28 06:00:00', '')).toBe('');
  });

  it("drops quotes around a constant, as the archived docs show type='aaa'", () => {
    expect(at('2023-10-28 06:00:00', "'aaa'")).toBe('aaa');
    expect(at('2023-10-28 06:00:00', '"123"')).toBe('123');
    expect(at('2023-10-28 06:00:00', "'a")).toBe("'a");
  });

  it('leaves IDs only an instance knows in place, listed as unresolved', () => {
    const result = resolveParameter('t$taskid-$jobid', { scheduledTime: new Date('2025-01-01T00:00:00Z') });
    expect(result.success && result.data.value).toBe('t$taskid-$jobid');
    expect(result.success && result.data.unresolved.map(({ text, start }) => [text, start])).toEqual([
      ['$taskid', 1],
      ['$jobid', 9],
    ]);
    const known = resolveParameter('$jobid/$nodeid/$taskid', {
      scheduledTime: new Date('2025-01-01T00:00:00Z'),
      ids: { jobid: '7', nodeid: '8', taskid: '9' },
    });
    expect(known.success && known.data).toEqual({ value: '7/8/9', unresolved: [], warnings: [] });
  });

  it('leaves workflow parameters in place, listed as unresolved', () => {
    const result = resolveParameter('${workflow.region}', {
      scheduledTime: new Date('2025-01-01T00:00:00Z'),
    });
    expect(result.success && result.data.value).toBe('${workflow.region}');
    expect(result.success && result.data.unresolved).toHaveLength(1);
  });

  it('keeps an unknown $name as written, with a warning', () => {
    const result = resolveParameter('pa$$word$bizdat', { scheduledTime: new Date('2025-01-01T00:00:00Z') });
    expect(result.success && result.data.value).toBe('pa$$word$bizdat');
    expect(result.success && result.data.warnings.map((warning) => warning.code)).toEqual([
      'unknown-system-parameter',
      'unknown-system-parameter',
    ]);
  });

  it('warns that $[yyyy-1] shifts a day, not a year (reference §9.3)', () => {
    const result = resolveParameter('$[yyyy-1]', { scheduledTime: new Date('2026-06-15T08:00:00+08:00') });
    expect(result.success && result.data.value).toBe('2026');
    expect(result.success && result.data.warnings).toMatchObject([
      { code: 'day-offset-on-coarse-format', start: 6, end: 8 },
    ]);
    const fraction = resolveParameter('$[yyyy-15/24/60]', {
      scheduledTime: new Date('2026-06-15T08:00:00+08:00'),
    });
    expect(fraction.success && fraction.data.warnings).toEqual([]);
  });
});

describe('time zones', () => {
  const instant = new Date('2025-07-01T20:30:00Z');

  it('reads the scheduled time in the scheduling zone, Asia/Shanghai by default', () => {
    expect(resolveOk('$cyctime $bizdate', { scheduledTime: instant })).toBe('20250702043000 20250701');
    expect(resolveOk('$cyctime $bizdate', { scheduledTime: instant, timeZone: 'UTC' })).toBe(
      '20250701203000 20250630',
    );
    expect(resolveOk('$cyctime', { scheduledTime: instant, timeZone: 'America/Los_Angeles' })).toBe(
      '20250701133000',
    );
    expect(resolveOk('$[hh24mi-1/24]', { scheduledTime: instant, timeZone: 'Asia/Kolkata' })).toBe('0100');
  });

  it('whole days keep the clock time across a DST change; fractions count real hours', () => {
    // 2025-03-31 00:30 CEST: the day before began in CET. One calendar day back is 2025-03-30 00:30.
    const scheduledTime = new Date('2025-03-31T00:30:00+02:00');
    const timeZone = 'Europe/Berlin';
    expect(resolveOk('$[yyyymmddhh24mi-1]', { scheduledTime, timeZone })).toBe('202503300030');
    expect(resolveOk('$[yyyymmddhh24mi-24/24]', { scheduledTime, timeZone })).toBe('202503300030');
    // That day had 23 hours, so 23 real hours back is also 00:30.
    expect(resolveOk('$[yyyymmddhh24mi-23/24]', { scheduledTime, timeZone })).toBe('202503300030');
    expect(resolveOk('$[yyyymmddhh24mi-22/24]', { scheduledTime, timeZone })).toBe('202503300130');
    expect(resolveOk('${yyyymmdd}', { scheduledTime, timeZone })).toBe('20250330');
  });

  it('drops milliseconds, as cyctime has none', () => {
    expect(resolveOk('$[ss]', { scheduledTime: new Date('2025-07-01T20:30:59.999Z') })).toBe('59');
  });
});

describe('malformed expressions', () => {
  const scheduledTime = new Date('2025-07-20T10:30:00+08:00');
  const issuesOf = (expression: string) => {
    const result = resolveParameter(expression, { scheduledTime });
    return result.success ? [] : result.issues.map(({ code, start, end }) => ({ code, start, end }));
  };

  it.each([
    ['${hh24}', 'time-token-in-business-date', 2, 6],
    ['${yyyy-mm-dd-1/24}', 'fraction-in-business-date', 14, 15],
    ['${yyyymmdd', 'unclosed-expression', 0, 10],
    ['x$[yyyymmdd-1', 'unclosed-expression', 1, 13],
    ['${}', 'empty-expression', 0, 3],
    ['$[ ]', 'empty-expression', 0, 4],
    ['$[YYYYMMDD]', 'unknown-format-token', 2, 10],
    ['$[yyyymmddT]', 'unknown-format-token', 10, 11],
    ['$[yyy]', 'unknown-format-token', 4, 5],
    ['${abc}', 'unknown-format-token', 2, 5],
    ['$[-1]', 'missing-format', 2, 4],
    ['$[yyyymmdd1]', 'invalid-offset', 10, 11],
    ['$[yyyymmdd-]', 'invalid-offset', 11, 11],
    ['$[yyyymmdd-1/0]', 'invalid-offset', 13, 14],
    ['$[yyyymmdd-x]', 'unknown-format-token', 11, 12],
    ['$[yyyymmdd-1*]', 'invalid-offset', 13, 13],
    ['$[add_months(yyyymmdd)]', 'invalid-add-months', 2, 22],
    ['$[add_months(yyyymmdd,-1/2)]', 'invalid-offset', 24, 25],
    ['$[add_months(yyyymmdd-1,1)]', 'invalid-add-months', 21, 23],
    ['$[add_months(yyyymmdd,1)1]', 'invalid-offset', 24, 25],
    ['$[yyyymmdd-99999999]', 'out-of-range', 2, 19],
    ['${yyyy+99999999999}', 'out-of-range', 2, 18],
    ['$[yyyymmdd-99999999999999999999]', 'out-of-range', 11, 31],
    ['${bdp.system.nothing}', 'unknown-variable', 2, 20],
  ])('%s is refused: %s at %i-%i', (expression, code, start, end) => {
    expect(issuesOf(expression)).toEqual([{ code, start, end }]);
  });

  it('reports every bad expression of a value, not only the first', () => {
    expect(issuesOf('${hh24}_$[mi]_$[xx]').map((issue) => issue.code)).toEqual([
      'time-token-in-business-date',
      'unknown-format-token',
    ]);
  });

  it('refuses an invalid scheduled time or time zone', () => {
    expect(resolveParameter('$bizdate', { scheduledTime: new Date('nope') })).toMatchObject({
      success: false,
      issues: [{ code: 'invalid-scheduled-time' }],
    });
    expect(resolveParameter('$bizdate', { scheduledTime, timeZone: 'Mars/Olympus' })).toMatchObject({
      success: false,
      issues: [{ code: 'invalid-time-zone' }],
    });
  });
});
