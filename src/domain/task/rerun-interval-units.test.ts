import { describe, expect, it } from 'vitest';
import { fromUnitText, toUnitText, unitFor } from './rerun-interval-units.ts';

describe('RerunInterval in minutes, carried in milliseconds', () => {
  it('reads typed minutes as milliseconds: "5" is five minutes, not 5 ms', () => {
    expect(fromUnitText('5', 'minutes')).toBe(300_000);
    expect(fromUnitText('0.1', 'minutes')).toBe(6000);
    expect(fromUnitText('1.5', 'minutes')).toBe(90_000);
    expect(fromUnitText('90', 'seconds')).toBe(90_000);
    expect(fromUnitText('', 'minutes')).toBeUndefined();
    expect(fromUnitText('five', 'minutes')).toBeNaN();
    expect(fromUnitText('0.0000001', 'minutes')).not.toSatisfy(Number.isInteger); // left for the schema
  });

  it('shows whole minutes in minutes and anything else in exact seconds', () => {
    expect(unitFor(300_000)).toBe('minutes');
    expect(toUnitText(300_000, 'minutes')).toBe('5');
    expect(unitFor(undefined)).toBe('minutes');
    expect(unitFor(0)).toBe('minutes');
    expect(unitFor(90_000)).toBe('seconds');
    expect(toUnitText(90_000, 'seconds')).toBe('90');
    expect(unitFor(1500)).toBe('seconds');
    expect(toUnitText(1500, 'seconds')).toBe('1.5');
  });

  it.each([0, 1, 999, 1000, 61_000, 90_000, 120_000, 1_799_999, 1_800_000])(
    'round-trips %i ms through the box unchanged',
    (ms) => {
      const unit = unitFor(ms);
      expect(fromUnitText(toUnitText(ms, unit), unit)).toBe(ms);
    },
  );
});
