import { describe, expect, it } from 'vitest';
import { toCanonicalCron } from './to-canonical-cron.ts';

describe('toCanonicalCron', () => {
  it('writes the zero-padded DataWorks form', () => {
    expect(toCanonicalCron('0 0 * * * ?')).toBe('00 00 00-23/1 * * ?');
    expect(toCanonicalCron('0 30 2 * * ?')).toBe('00 30 02 * * ?');
  });

  it('leaves steps, L-n offsets and nth numbers unpadded', () => {
    expect(toCanonicalCron('0 0/5 8-18 * * ?')).toBe('00 00/5 08-18 * * ?');
    expect(toCanonicalCron('0 0 0 L-3 * ?')).toBe('00 00 00 L-3 * ?');
    expect(toCanonicalCron('0 0 0 ? * MON#2')).toBe('00 00 00 ? * MON#2');
  });

  it('keeps a year field, which only the DataWorks validator refuses', () => {
    expect(toCanonicalCron('0 0 0 1 1 ? 2030')).toBe('00 00 00 01 01 ? 2030');
  });

  it('returns null for an expression that does not parse', () => {
    expect(toCanonicalCron('0 61 * * * ?')).toBeNull();
  });
});
