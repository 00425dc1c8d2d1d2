import { describe, expect, it } from 'vitest';
import { toCalendarWeeks, toSchedulePreview, type PreviewRow } from './to-schedule-preview.ts';

const zone = 'Asia/Shanghai';
const settings = { weekdays: 'spring', timeZone: zone } as const;

function texts(rows: PreviewRow[]): string[] {
  return rows.map((row) => (row.parameters?.success ? row.parameters.data.text : 'failed'));
}

describe('schedule preview', () => {
  it('lists the next runs in the scheduling zone, within the effective window', () => {
    const preview = toSchedulePreview({
      cron: '00 15 06 ? * MON,THU',
      settings,
      now: new Date('2026-05-01T00:00:00+08:00'),
      count: 4,
      startTime: '2026-05-05 00:00:00',
      endTime: '2026-05-14 06:15:00',
    });
    expect(preview.ok && preview.rows.map((row) => row.instant.toISOString())).toEqual([
      '2026-05-06T22:15:00.000Z',
      '2026-05-10T22:15:00.000Z',
      '2026-05-13T22:15:00.000Z',
    ]);
  });

  it('marks runs by Recurrence', () => {
    const input = { cron: '00 00 02 * * ?', settings, now: new Date(0), count: 2 };
    const statuses = (recurrence?: string) => {
      const preview = toSchedulePreview({ ...input, recurrence });
      return preview.ok ? preview.rows.map((row) => row.status) : [];
    };
    expect(statuses()).toEqual(['run', 'run']);
    expect(statuses('Skip')).toEqual(['dry-run', 'dry-run']);
    expect(statuses('Pause')).toEqual(['paused', 'paused']);
  });

  it('resolves parameters per run across a month end, a year end and a leap day', () => {
    const parameters = 'bizdate=$bizdate month=$[yyyymm] last=$[yyyymmdd-1] next=${yyyymmdd+1}';
    const at = (cron: string, now: string) => {
      const preview = toSchedulePreview({ cron, settings, now: new Date(now), count: 2, parameters });
      return preview.ok ? texts(preview.rows) : [];
    };
    // Month end: the runs of 1 Mar and 1 Apr; the business date is the day before.
    expect(at('00 30 02 01 * ?', '2026-02-15T00:00:00+08:00')).toEqual([
      'bizdate=20260228 month=202603 last=20260228 next=20260301',
      'bizdate=20260331 month=202604 last=20260331 next=20260401',
    ]);
    // Year end: 1 Jan's run belongs to the last day of the year before.
    expect(at('00 00 00 * * ?', '2026-12-31T12:00:00+08:00')).toEqual([
      'bizdate=20261231 month=202701 last=20261231 next=20270101',
      'bizdate=20270101 month=202701 last=20270101 next=20270102',
    ]);
    // Leap day: a 1 Mar run in 2028 has 29 Feb as its business date.
    expect(at('00 00 01 L 02 ?', '2027-03-01T00:00:00+08:00')).toEqual([
      'bizdate=20280228 month=202802 last=20280228 next=20280229',
      'bizdate=20290227 month=202902 last=20290227 next=20290228',
    ]);
    expect(at('00 00 01 01 03 ?', '2028-01-01T00:00:00+08:00')[0]).toBe(
      'bizdate=20280229 month=202803 last=20280229 next=20280301',
    );
  });

  it('reports a failed parameter per run instead of failing the preview', () => {
    const preview = toSchedulePreview({
      cron: '00 00 00 * * ?',
      settings,
      now: new Date(0),
      count: 1,
      parameters: 'a=$[yyyymmdd',
    });
    expect(preview.ok && preview.rows[0]?.parameters?.success).toBe(false);
  });

  it('refuses an expression Quartz refuses, and shows nothing for an empty one', () => {
    expect(toSchedulePreview({ cron: '00 00 00 1 * MON', settings, now: new Date(0), count: 1 })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(toSchedulePreview({ cron: '', settings, now: new Date(0), count: 1 })).toEqual({
      ok: false,
      reason: 'empty',
    });
  });
});

describe('calendar strip', () => {
  // Wednesday 6 May 2026, 10:00 in Shanghai.
  const now = new Date('2026-05-06T10:00:00+08:00');

  it('buckets runs by their date in the scheduling zone, weeks from Monday', () => {
    const runs = [
      '2026-05-06T23:30:00+08:00', // Wed 6th in Shanghai, Wed 6th 15:30 UTC
      '2026-05-07T00:30:00+08:00', // Thu 7th in Shanghai, still Wed 6th in UTC
      '2026-05-07T06:00:00+08:00', // Thu 7th in Shanghai, Wed 6th 22:00 UTC
      '2026-05-11T06:00:00+08:00', // Mon 11th in Shanghai, Sun 10th in UTC
    ].map((text) => new Date(text));
    const weeks = toCalendarWeeks(runs, { timeZone: zone, now, weeks: 2, complete: true });
    expect(weeks.map((week) => week.map((day) => day.count))).toEqual([
      [null, null, 1, 2, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 0],
    ]);
    expect(weeks[0]?.[0]).toMatchObject({ date: '2026-05-04', past: true });
    const utc = toCalendarWeeks(runs, { timeZone: 'UTC', now, weeks: 1, complete: true });
    expect(utc[0]?.map((day) => day.count)).toEqual([null, null, 3, 0, 0, 0, 1]);
  });

  it('leaves days past a cut run list uncounted', () => {
    const runs = ['2026-05-07T06:00:00+08:00', '2026-05-08T06:00:00+08:00'].map((text) => new Date(text));
    const weeks = toCalendarWeeks(runs, { timeZone: zone, now, weeks: 1, complete: false });
    expect(weeks[0]?.map((day) => day.count)).toEqual([null, null, 0, 1, null, null, null]);
  });

  it('counts every day of five weeks', () => {
    const preview = toSchedulePreview({ cron: '00 */30 00-23 * * ?', settings, now, count: 10 });
    const counts = preview.ok ? preview.weeks.flat().map((day) => day.count) : [];
    // Today (Wednesday) from 10:30 on, strictly after 10:00.
    expect(counts.slice(2, 4)).toEqual([27, 48]);
    expect(counts.at(-1)).toBe(48);
  });
});
