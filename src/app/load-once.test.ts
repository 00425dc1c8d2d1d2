import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once.ts';

describe('loadOnce', () => {
  it('loads once and shares the result', async () => {
    let calls = 0;
    const load = loadOnce(() => Promise.resolve(++calls));
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
    expect(calls).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let calls = 0;
    const load = loadOnce(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(calls),
    );
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
  });
});
