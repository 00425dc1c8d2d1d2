import { describe, expect, it } from 'vitest';
import { chunk } from './chunk.ts';

describe('chunk', () => {
  it('cuts a list into runs of the size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(chunk([1, 2], 100)).toEqual([[1, 2]]);
  });
  it('refuses a size that is not a whole number of at least 1', () => {
    expect(() => chunk([1], 0)).toThrow(/chunk size/);
    expect(() => chunk([1], 1.5)).toThrow(/chunk size/);
  });
});
