import { describe, expect, it } from 'vitest';
import './cron-words-zh-cn.ts';
import { describeCron } from './describe-cron.ts';

const text = (expression: string, locale: 'en' | 'zh_CN', weekdays: 'spring' | 'quartz' = 'spring') => {
  const result = describeCron(expression, { locale, weekdays });
  return result.ok ? result.text : `error: ${result.error}`;
};

describe('describeCron', () => {
  it.each([
    ['00 30 02 * * ?', 'At 02:30', '在02:30'],
    ['00 */5 00-23 * * ?', 'Every 5 minutes', '每隔 5 分钟'],
    ['00 00 00-23/1 * * ?', 'Every hour', '每小时'],
    [
      '00 00 08-18/2 * * ?',
      'On the hour, every 2 hours, between 08:00 and 18:00',
      '整点, 每隔 2 小时, 在 08:00 和 18:00 之间',
    ],
    ['00 00 09 ? * MON-FRI', 'At 09:00, Monday through Friday', '在09:00, 星期一至星期五'],
    ['00 00 00 L * ?', 'At 00:00, on the last day of the month', '在00:00, 限每月的最后一天'],
    ['00 00 00 ? * FRI#3', 'At 00:00, on the third Friday of the month', '在00:00, 限每月的第三个 星期五'],
    [
      '00 00 00 29 02 ?',
      'At 00:00, on day 29 of the month, only in February',
      '在00:00, 限每月 29 号, 仅于二月份',
    ],
  ])('%s', (expression, en, zh) => {
    expect(text(expression, 'en')).toBe(en);
    expect(text(expression, 'zh_CN')).toBe(zh);
  });

  it('names the weekday a number means under the chosen numbering', () => {
    expect(text('00 00 09 ? * 1', 'en', 'spring')).toBe('At 09:00, only on Monday');
    expect(text('00 00 09 ? * 1', 'en', 'quartz')).toBe('At 09:00, only on Sunday');
    expect(text('00 00 09 ? * 1', 'zh_CN', 'spring')).toBe('在09:00, 仅星期一');
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
