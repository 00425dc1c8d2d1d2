import { describe, expect, it } from 'vitest';
import { daysFromCivil, fromWall, createWallFields, getZoneClock, toWall, WALL_FIELD } from './zone-clock.ts';

const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('getZoneClock', () => {
  it('reads offsets from the zone', () => {
    expect(getZoneClock('Asia/Shanghai').offsetAt(Date.parse('2025-06-01T00:00:00Z'))).toBe(8 * 3_600_000);
    expect(getZoneClock('Asia/Kolkata').offsetAt(Date.parse('2025-06-01T00:00:00Z'))).toBe(5.5 * 3_600_000);
    expect(getZoneClock('America/New_York').offsetAt(Date.parse('2025-03-09T06:59:59Z'))).toBe(
      -5 * 3_600_000,
    );
    expect(getZoneClock('America/New_York').offsetAt(Date.parse('2025-03-09T07:00:00Z'))).toBe(
      -4 * 3_600_000,
    );
    expect(getZoneClock('UTC').offsetAt(0)).toBe(0);
  });

  it('moves a wall time in a spring-forward gap forward by the gap, as java.util.Calendar does', () => {
    const clock = getZoneClock('America/New_York');
    expect(new Date(clock.instantOf(wall('2025-03-09T02:30:00'))).toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
  });

  it('resolves a repeated wall time to its later occurrence, as java.util.Calendar does', () => {
    const clock = getZoneClock('America/New_York');
    expect(new Date(clock.instantOf(wall('2025-11-02T01:30:00'))).toISOString()).toBe(
      '2025-11-02T06:30:00.000Z',
    );
  });

  it('follows the zone rule in far-future years', () => {
    const clock = getZoneClock('Europe/Berlin');
    // Last Sunday of March 2999 is the 31st; 2999-03-30 is still winter time.
    expect(clock.offsetAt(Date.parse('2999-03-30T12:00:00Z'))).toBe(3_600_000);
    expect(clock.offsetAt(Date.parse('2999-03-31T12:00:00Z'))).toBe(7_200_000);
  });

  it('throws for an unknown zone', () => {
    expect(() => getZoneClock('Nowhere/Special')).toThrow(RangeError);
  });
});

describe('wall arithmetic', () => {
  it('normalizes overflowing fields like a lenient calendar', () => {
    const fields = createWallFields();
    fromWall(toWall(2025, 1, 29, 24, 60, 0), fields);
    expect([...fields]).toEqual([2025, 2, 2, 1, 0, 0, 1]);
    expect(fields[WALL_FIELD.dayOfWeek]).toBe(1); // 2 March 2025 was a Sunday
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
});
