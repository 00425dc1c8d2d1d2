import { describe, expect, it } from 'vitest';
import './cron-words-zh-cn.ts';
import { describeCron } from './describe-cron.ts';

const text = (expression: string, locale: 'en' | 'zh_CN', weekdays: 'spring' | 'quartz' = 'spring') => {
  const result = describeCron(expression, { locale, weekdays });
  return result.ok ? result.text : `error: ${result.error}`;
};

describe('describeCron', () => {
  it.each([
    ['00 30 02 * * ?', 'At 02:30', '每天 02:30'],
    ['00 */5 00-23 * * ?', 'Every 5 minutes', '每 5 分钟一次'],
    ['00 00 00-23/1 * * ?', 'Every hour', '每小时一次（整点）'],
    [
      '00 00 08-18/2 * * ?',
      'On the hour, every 2 hours, between 08:00 and 18:00',
      '每天 08:00 至 18:00，每 2 小时一次',
    ],
    ['00 00 09 ? * MON-FRI', 'At 09:00, Monday through Friday', '每周一至周五 09:00'],
    ['00 00 00 L * ?', 'At 00:00, on the last day of the month', '每月最后一天 00:00'],
    ['00 00 00 ? * FRI#3', 'At 00:00, on the third Friday of the month', '在00:00，限每月的第三个 星期五'],
    ['00 00 00 29 02 ?', 'At 00:00, on day 29 of the month, only in February', '每年 2 月 29 日 00:00'],
  ])('%s', (expression, en, zh) => {
    expect(text(expression, 'en')).toBe(en);
    expect(text(expression, 'zh_CN')).toBe(zh);
  });

  it.each([
    ['00 30 02 ? * MON-FRI', '每周一至周五 02:30'],
    ['00 30 02 ? * SAT,SUN', '每周六、周日 02:30'],
    ['00 30 02 ? * MON,WED-FRI', '每周一、周三至周五 02:30'],
    ['00 */10 08-20 * * ?', '每天 08:00 至 20:59，每 10 分钟一次'],
    ['00 15 00-23/1 * * ?', '每小时一次，在第 15 分钟'],
    ['00 00 08-20/4 * * ?', '每天 08:00 至 20:00，每 4 小时一次'],
    ['00 15 01,13 * * ?', '每天 01:15、13:15'],
    ['00 00 04 01,15 * ?', '每月 1 日、15 日 04:00'],
    ['00 00 04 L * ?', '每月最后一天 04:00'],
    ['00 00 00 01 01,04,07,10 ?', '每年 1 月、4 月、7 月、10 月的 1 日 00:00'],
    ['00 00 00 L 12 ?', '每年 12 月最后一天 00:00'],
    // Beyond the builder's shapes: cronstrue, with full-width commas.
    ['00 00 00 ? * 6L', '在00:00，限每月的最后一个星期六'],
  ])('in natural Chinese: %s -> %s', (expression, zh) => {
    expect(text(expression, 'zh_CN')).toBe(zh);
  });

  it('names the weekday a number means under the chosen numbering', () => {
    expect(text('00 00 09 ? * 1', 'en', 'spring')).toBe('At 09:00, only on Monday');
    expect(text('00 00 09 ? * 1', 'en', 'quartz')).toBe('At 09:00, only on Sunday');
    expect(text('00 00 09 ? * 1', 'zh_CN', 'spring')).toBe('每周一 09:00');
  });

  it('keeps a seconds field that is not zero', () => {
    expect(text('30 00 09 * * ?', 'en')).toBe('At 09:00:30');
  });

  it('returns the validation error for an invalid expression', () => {
    expect(describeCron('0 61 * * * ?', { locale: 'en' })).toEqual({
      ok: false,
      error: 'Minute: 61 at position 3 is out of range 0–59',
    });
  });
});
