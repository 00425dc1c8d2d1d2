import { describe, expect, it } from 'vitest';
import { formatDateTime, formatInstant, formatRun } from './format-time.ts';

const AT = Date.UTC(2026, 11, 3, 9, 33); // 2026-12-03 09:33 UTC

describe('formatDateTime', () => {
  it('writes yyyy-mm-dd hh:mm (UTC±hh:mm) in both languages, never GMT', () => {
    expect(formatInstant(AT, 'en', 'Asia/Shanghai')).toBe('2026-12-03 17:33 (UTC+08:00)');
    expect(formatInstant(AT, 'zh-CN', 'Asia/Shanghai')).toBe('2026-12-03 17:33 (UTC+08:00)');
    expect(formatInstant(AT, 'en', 'Europe/Berlin')).toBe('2026-12-03 10:33 (UTC+01:00)');
    expect(formatInstant(AT, 'en', 'UTC')).toBe('2026-12-03 09:33 (UTC+00:00)');
    expect(formatInstant(AT, 'en', 'America/St_Johns')).toBe('2026-12-03 06:03 (UTC-03:30)');
    expect(formatInstant(undefined, 'en')).toBe('—');
  });

  it('names the zone when asked, and writes runs with the weekday and no zone', () => {
    expect(formatDateTime(AT, 'zh-CN', { timeZone: 'Asia/Shanghai', zone: 'name' })).toBe(
      '2026-12-03 17:33 (UTC+08:00, Asia/Shanghai)',
    );
    expect(formatRun(new Date(AT), 'en', 'Asia/Shanghai')).toBe('2026-12-03 Thu 17:33');
    expect(formatRun(new Date(AT), 'zh-CN', 'Asia/Shanghai')).toBe('2026-12-03 周四 17:33');
  });
});
