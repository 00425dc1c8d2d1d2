import { describe, expect, it } from 'vitest';
import { resolveScriptParameters } from './resolve-script-parameters.ts';

const scheduledTime = new Date('2026-01-01T02:30:00+08:00');

describe('resolveScriptParameters', () => {
  it('resolves each value and rebuilds the string as PreviewTaskParameters does', () => {
    const result = resolveScriptParameters('bizdate=$bizdate dt=$[yyyymmdd-1] hh=$[hh24] ds=${yyyy-mm-dd}', {
      scheduledTime,
    });
    expect(result.success && result.data.text).toBe('bizdate=20251231 dt=20251231 hh=02 ds=2025-12-31');
    expect(result.success && [result.data.bizdate, result.data.cyctime]).toEqual([
      '20251231',
      '20260101023000',
    ]);
    expect(result.success && result.data.parameters.map(({ name, resolved }) => [name, resolved])).toEqual([
      ['bizdate', '20251231'],
      ['dt', '20251231'],
      ['hh', '02'],
      ['ds', '2025-12-31'],
    ]);
  });

  it('keeps the whitespace between entries', () => {
    const result = resolveScriptParameters('  a=$[mi]\tb=x ', { scheduledTime });
    expect(result.success && result.data.text).toBe('  a=30\tb=x ');
  });

  it('joins datetime from two parameters, since a value holds no space', () => {
    const result = resolveScriptParameters('datetime1=$[yyyy-mm-dd] datetime2=$[hh24:mi:ss]', {
      scheduledTime,
    });
    expect(result.success && result.data.parameters.map((parameter) => parameter.resolved).join(' ')).toBe(
      '2026-01-01 02:30:00',
    );
  });

  it('reports issues at their position in the whole string and fails the whole run', () => {
    const result = resolveScriptParameters('a=$bizdate b=${hh24} c=$[yyyymmdd', { scheduledTime });
    expect(result).toEqual({
      success: false,
      issues: [
        expect.objectContaining({ code: 'time-token-in-business-date', start: 15, end: 19 }),
        expect.objectContaining({ code: 'unclosed-expression', start: 23, end: 33 }),
      ],
    });
  });

  it('reports malformed entries before resolving anything', () => {
    expect(resolveScriptParameters('a=1 $bizdate', { scheduledTime })).toMatchObject({
      success: false,
      issues: [{ code: 'missing-equals', start: 4, end: 12 }],
    });
  });

  it('places warnings and unresolved IDs in the whole string', () => {
    const result = resolveScriptParameters('y=$[yyyy-1] t=$taskid', { scheduledTime });
    expect(result.success && result.data.warnings).toMatchObject([
      { code: 'day-offset-on-coarse-format', start: 8 },
    ]);
    expect(result.success && result.data.parameters[1]?.unresolved).toMatchObject([
      { text: '$taskid', start: 14 },
    ]);
    expect(result.success && result.data.text).toBe('y=2025 t=$taskid');
  });

  it('resolves nothing from an empty string', () => {
    expect(resolveScriptParameters('', { scheduledTime })).toMatchObject({
      success: true,
      data: { text: '', parameters: [], bizdate: '20251231' },
    });
  });
});
