import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.ts';
import { en } from './i18n/messages.en.ts';
import { zhCN } from './i18n/messages.zh-CN.ts';

describe('formatDuration', () => {
  it('writes milliseconds as hours, minutes and seconds', () => {
    expect(formatDuration(120_000, en)).toBe('2 min');
    expect(formatDuration(1_800_000, en)).toBe('30 min');
    expect(formatDuration(7_290_000, en)).toBe('2 h 1 min 30 s');
    expect(formatDuration(0, en)).toBe('0 s');
    expect(formatDuration(500, en)).toBe('500 ms');
  });

  it('speaks Chinese', () => {
    expect(formatDuration(3_600_000, zhCN)).toBe('1 小时');
  });

  it('gives nothing for a value that is not a duration', () => {
    expect(formatDuration(Number.NaN, en)).toBe('');
    expect(formatDuration(-1, en)).toBe('');
  });
});
