import { describe, expect, it } from 'vitest';
import { toCycleType } from './cycle-type.ts';

describe('toCycleType', () => {
  it.each([
    ['00 30 02 * * ?', 'Daily'],
    ['00 00 04 L * ?', 'Daily'],
    ['00 00 03 ? * MON-FRI', 'Daily'],
    ['00 00 00-23/1 * * ?', 'NotDaily'],
    ['00 */5 00-23 * * ?', 'NotDaily'],
    ['00 00 08,20 * * ?', 'NotDaily'],
    ['00 15 * * * ?', 'NotDaily'],
  ])('%s is %s', (cron, expected) => {
    expect(toCycleType(cron)).toBe(expected);
  });

  it('is undefined without a cron to derive it from', () => {
    expect(toCycleType(undefined)).toBeUndefined();
    expect(toCycleType('00 00')).toBeUndefined();
  });
});
