import { describe, expect, it } from 'vitest';
import { scheduleRuns, toScheduleWindow } from './schedule-runs.ts';

const iso = (runs: Date[] | null) => runs?.map((run) => run.toISOString()) ?? null;
const shanghai = { weekdays: 'spring', timeZone: 'Asia/Shanghai' } as const;

describe('schedule window', () => {
  it('reads StartTime and EndTime as wall times on the scheduling zone clock', () => {
    const trigger = { StartTime: '2026-03-01 00:00:00', EndTime: '2026-12-31 23:59:59' };
    expect(toScheduleWindow(trigger, 'Asia/Shanghai')).toEqual({
      start: new Date('2026-02-28T16:00:00Z'),
      end: new Date('2026-12-31T15:59:59Z'),
    });
    expect(toScheduleWindow(trigger, 'UTC')).toEqual({
      start: new Date('2026-03-01T00:00:00Z'),
      end: new Date('2026-12-31T23:59:59Z'),
    });
    expect(toScheduleWindow(trigger, 'America/New_York').start).toEqual(new Date('2026-03-01T05:00:00Z'));
  });

  it('reads a time in a daylight-saving gap after the gap, and a repeated end time at its later instant', () => {
    expect(toScheduleWindow({ StartTime: '2026-03-08 02:30:00' }, 'America/New_York').start).toEqual(
      new Date('2026-03-08T07:30:00Z'),
    );
    expect(toScheduleWindow({ EndTime: '2026-11-01 01:30:00' }, 'America/New_York').end).toEqual(
      new Date('2026-11-01T06:30:00Z'),
    );
  });

  it('ignores missing or malformed times, and reads 9999-01-01', () => {
    expect(toScheduleWindow({}, 'Asia/Shanghai')).toEqual({});
    expect(toScheduleWindow({ StartTime: '2026-03-01' }, 'Asia/Shanghai')).toEqual({});
    expect(toScheduleWindow({ EndTime: ' 9999-01-01 00:00:00 ' }, 'UTC')).toEqual({
      end: new Date('9999-01-01T00:00:00Z'),
    });
  });
});

describe('scheduleRuns', () => {
  const after = new Date('2026-05-01T00:00:00Z');

  it('fires in the zone of the settings, within StartTime-EndTime on that zone clock', () => {
    const trigger = {
      Type: 'Scheduler',
      Cron: '00 00 09 * * ?',
      StartTime: '2026-05-03 09:00:00',
      EndTime: '2026-05-05 09:00:00',
    };
    expect(iso(scheduleRuns(trigger, { after, count: 10, settings: shanghai }))).toEqual([
      '2026-05-03T01:00:00.000Z',
      '2026-05-04T01:00:00.000Z',
      '2026-05-05T01:00:00.000Z',
    ]);
    const tokyo = { ...shanghai, timeZone: 'Asia/Tokyo' };
    expect(iso(scheduleRuns(trigger, { after, count: 10, settings: tokyo }))).toEqual([
      '2026-05-03T00:00:00.000Z',
      '2026-05-04T00:00:00.000Z',
      '2026-05-05T00:00:00.000Z',
    ]);
  });

  it('stops at `until` or EndTime, whichever comes first', () => {
    const trigger = { Cron: '00 00 09 * * ?', EndTime: '2026-05-10 09:00:00' };
    const options = { after, count: 100, settings: shanghai };
    expect(scheduleRuns(trigger, { ...options, until: new Date('2026-05-03T12:00:00Z') })).toHaveLength(3);
    expect(scheduleRuns(trigger, { ...options, until: new Date('2027-01-01T00:00:00Z') })).toHaveLength(10);
  });

  it('reads numeric weekdays by the settings', () => {
    const trigger = { Cron: '00 00 09 ? * 1' };
    const weekday = (weekdays: 'spring' | 'quartz') =>
      scheduleRuns(trigger, { after, count: 1, settings: { ...shanghai, weekdays } })?.[0]?.getUTCDay();
    expect(weekday('spring')).toBe(1); // Monday 09:00 in Shanghai is Monday 01:00 UTC
    expect(weekday('quartz')).toBe(0);
  });

  it('has no runs for a Manual trigger or without a cron, and null for a cron that does not parse', () => {
    const options = { after, count: 5, settings: shanghai };
    expect(scheduleRuns({ Type: 'Manual', Cron: '00 00 09 * * ?' }, options)).toEqual([]);
    expect(scheduleRuns({ Cron: '  ' }, options)).toEqual([]);
    expect(scheduleRuns({}, options)).toEqual([]);
    expect(scheduleRuns({ Cron: '00 00 00 1 * MON' }, options)).toBeNull();
  });
});
