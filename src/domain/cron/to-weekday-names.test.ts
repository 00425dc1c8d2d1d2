import { describe, expect, it } from 'vitest';
import { toNameList, toWeekdayNames } from './to-weekday-names.ts';

describe('toWeekdayNames', () => {
  it.each([
    ['0 0 9 ? * 1', 'spring', '0 0 9 ? * MON'],
    ['0 0 9 ? * 1', 'quartz', '0 0 9 ? * SUN'],
    ['0 0 9 ? * 0', 'spring', '0 0 9 ? * SUN'],
    ['0 0 9 ? * 7', 'spring', '0 0 9 ? * SUN'],
    ['0 0 9 ? * 7', 'quartz', '0 0 9 ? * SAT'],
    ['0 0 9 ? * 1-5', 'spring', '0 0 9 ? * MON-FRI'],
    ['0 0 9 ? * 2-6', 'quartz', '0 0 9 ? * MON-FRI'],
    ['0 0 9 ? * 5-1', 'spring', '0 0 9 ? * SUN,MON,FRI,SAT'],
    ['0 0 9 ? * 1,3,5', 'spring', '0 0 9 ? * MON,WED,FRI'],
    ['0 0 9 ? * 1/2', 'spring', '0 0 9 ? * SUN,MON,WED,FRI'],
    ['0 0 9 ? * 1#2', 'spring', '0 0 9 ? * MON#2'],
    ['0 0 9 ? * 2#2', 'quartz', '0 0 9 ? * MON#2'],
    ['0 0 9 ? * 5L', 'spring', '0 0 9 ? * FRIL'],
    ['0 0 9 ? * SUN-TUE,6', 'spring', '0 0 9 ? * SUN-TUE,SAT'],
  ] as const)('%s (%s) -> %s', (expression, weekdays, expected) => {
    expect(toWeekdayNames(expression, weekdays)).toEqual({ expression: expected, changed: true });
  });

  it.each(['0 0 9 ? * MON-FRI', '0 0 9 ? * *', '0 0 9 * * ?', '0 0 9 ? * L', '0 0 9 ? * MON#2', 'not cron'])(
    'leaves %s unchanged',
    (expression) => {
      expect(toWeekdayNames(expression, 'spring')).toEqual({ expression, changed: false });
    },
  );

  it('keeps the rest of the text as written', () => {
    expect(toWeekdayNames('00  00 09 ? *  1 ', 'spring').expression).toBe('00  00 09 ? *  MON ');
  });
});

describe('toNameList', () => {
  it('compresses runs of three or more days into ranges', () => {
    expect(toNameList([2, 3, 4, 5, 6])).toBe('MON-FRI');
    expect(toNameList([1, 7])).toBe('SUN,SAT');
    expect(toNameList([1, 2])).toBe('SUN,MON');
    expect(toNameList([1, 2, 3, 4, 5, 6, 7])).toBe('SUN-SAT');
  });
});
