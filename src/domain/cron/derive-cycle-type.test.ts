import { describe, expect, it } from 'vitest';
import { deriveCycleType } from './derive-cycle-type.ts';

describe('deriveCycleType', () => {
  it.each([
    ['00 */5 00-23 * * ?', 'NotDaily'],
    ['00 00 00-23/1 * * ?', 'NotDaily'],
    ['00 00 01,13 * * ?', 'NotDaily'],
    ['00 00 00 * * ?', 'Daily'],
    ['00 30 02 * * ?', 'Daily'],
    ['00 00 09 ? * MON-FRI', 'Daily'],
    ['00 00 00 L * ?', 'Daily'],
    ['00 00 00 29 02 ?', 'Daily'],
    ['00 00 00-00 * * ?', 'Daily'],
  ])('%s is %s', (expression, expected) => {
    expect(deriveCycleType(expression)).toBe(expected);
  });

  it("falls back to Alibaba's text rule for an expression that does not parse", () => {
    expect(deriveCycleType('00 */5 * * * MON')).toBe('NotDaily');
    expect(deriveCycleType('00 30 02 * * MON')).toBe('Daily');
  });
});
