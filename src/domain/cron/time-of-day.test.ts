import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, parseTimeOfDay, stepTimeOfDay } from './time-of-day.ts';

describe('time of day, 24-hour', () => {
  it.each([
    ['02:30', { hour: 2, minute: 30 }],
    ['2:30', { hour: 2, minute: 30 }],
    ['23:59', { hour: 23, minute: 59 }],
    ['0000', { hour: 0, minute: 0 }],
    ['17：45', { hour: 17, minute: 45 }],
  ])('reads %s', (text, time) => expect(parseTimeOfDay(text)).toEqual(time));

  it.each(['', '24:00', '12:60', '7pm', '07:30 PM', '1:5', '123'])('refuses %j', (text) =>
    expect(parseTimeOfDay(text)).toBeNull(),
  );

  it('writes hh:mm and steps round the clock', () => {
    expect(formatTimeOfDay({ hour: 7, minute: 5 })).toBe('07:05');
    expect(stepTimeOfDay({ hour: 23, minute: 59 }, 'minute', 1)).toEqual({ hour: 0, minute: 0 });
    expect(stepTimeOfDay({ hour: 0, minute: 0 }, 'minute', -1)).toEqual({ hour: 23, minute: 59 });
    expect(stepTimeOfDay({ hour: 0, minute: 10 }, 'hour', -1)).toEqual({ hour: 23, minute: 10 });
  });
});
