import { describe, expect, it } from 'vitest';
import { nextRuns } from '#domain/cron/next-runs';
import { validateCron } from '#domain/cron/validate-cron';
import { localizeValidationMessage } from './localize-validation-message.ts';

// One expression for each message the cron engine writes (parse-cron.ts, validate-cron.ts).
const BAD = [
  '0 0 12 * *',
  '0 0 0 1 * MON',
  '0 0 0 L,15 * ?',
  '0 0 0 ? * 2,6L',
  '0 0 0 ? * 2#1,3#2',
  '0 0 MON * * ?',
  '0 0 0 1 FOO ?',
  '0 0 0 ? * FOO',
  '0 0 0 1 JAN-FOO ?',
  '0 0 0 ? * MON-FOO',
  '0 0 0 ?xy * *',
  '0 ? * * * ?',
  '0 0 0 ? * ?',
  '0 0/ * * * ?',
  '0 */x * * * ?',
  '0 0 0 L- * ?',
  '0 0 0 L-31 * ?',
  '0 -5 * * * ?',
  '0 0/5x * * * ?',
  '0 0 5L * * ?',
  '0 0 5W * * ?',
  '0 0 0 32W * ?',
  '0 0 0 5#2 * ?',
  '0 0 1- * * ?',
  '0 0 0 ? * MON#6',
  '0 61 * * * ?',
  '0 0 0 ? * 8',
  '0 0/70 * * * ?',
  '0 0 0 1 1 ? 2030-2020',
  '30 00 02 * * ?',
  '00 00 02 * * ? 2030',
  '00 */2 * * * ?',
  '00 00 22-02 * * ?',
];

const chinese = (message: string) => localizeValidationMessage(message, 'zh-CN');

describe('cron messages in Chinese', () => {
  it.each(BAD)('%s: every message is Chinese, its position counted from 1', (expression) => {
    const result = validateCron(expression, { dialect: 'dataworks' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      const zh = chinese(error.message);
      expect(zh, error.message).not.toBe(error.message);
      expect(zh).not.toMatch(/\b(at position|is|must|the|of)\b/);
      // The field count names where the expression ends: its last character.
      const position = error.field === 'expression' ? expression.length : error.position + 1;
      expect(zh).toContain(`第 ${position} 个字符`);
      expect(zh).toMatch(/^[\u4e00-\u9fff]+(字段)?：/);
    }
  });

  it('says which field and where, in natural Chinese', () => {
    const result = validateCron('00 */2 * * * ?', { dialect: 'dataworks' });
    const error = result.ok ? undefined : result.errors[0];
    expect(error?.message).toBe(
      "Minute: '*/2' at position 4 runs every 2 minutes; DataWorks runs a minute schedule at most every 5 minutes",
    );
    expect(chinese(error?.message ?? '')).toBe(
      "分钟字段：第 4 个字符的 '*/2' 每 2 分钟运行一次；DataWorks 按分钟调度的间隔至少为 5 分钟",
    );
  });

  it('the numeric-weekday warning is Chinese too', () => {
    const [warning] = validateCron('00 00 02 ? * 1', { dialect: 'dataworks', weekdays: 'spring' }).warnings;
    expect(chinese(warning?.message ?? '')).toBe(
      "星期字段：第 14 个字符的 '1' 是数字：Spring 读作 MON，Quartz 读作 SUN；此处按 Spring 解读。请改写为星期名称以消除歧义",
    );
  });

  it('a schedule that selects no value', () => {
    let message = '';
    try {
      nextRuns('0 0 L * * ?', { after: new Date(0), count: 1, timeZone: 'UTC', weekdays: 'spring' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(chinese(message)).toMatch(/^小时字段：第 5 个字符的 'L' 没有选中任何值$/);
  });
});
