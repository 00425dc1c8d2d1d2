import { describe, expect, it } from 'vitest';
import { parseDateTimeText, toScheduleWindow } from './schedule-window.ts';

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

  it('ignores missing or malformed times', () => {
    expect(toScheduleWindow({}, 'Asia/Shanghai')).toEqual({});
    expect(toScheduleWindow({ StartTime: '2026-03-01' }, 'Asia/Shanghai')).toEqual({});
    expect(parseDateTimeText('9999-01-01 00:00:00')).toEqual({
      year: 9999,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });
});
