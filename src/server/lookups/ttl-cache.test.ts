import { describe, expect, it } from 'vitest';
import { createTtlCache } from './ttl-cache.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('createTtlCache', () => {
  it('keeps a value for the TTL, then loads again (injected clock)', async () => {
    let time = 1_000;
    const cache = createTtlCache<string>({ ttlMs: 300_000, now: () => time });
    let loads = 0;
    const load = () => Promise.resolve(`v${++loads}`);
    expect(await cache.get('530876', load)).toEqual({ value: 'v1', loadedAt: 1_000 });
    time += 299_999;
    expect(await cache.get('530876', load)).toEqual({ value: 'v1', loadedAt: 1_000 });
    time += 1;
    expect(await cache.get('530876', load)).toEqual({ value: 'v2', loadedAt: 301_000 });
    expect(await cache.get('531204', load)).toMatchObject({ value: 'v3' }); // per key
    expect(loads).toBe(3);
  });

  it('shares one load between concurrent first requests', async () => {
    const cache = createTtlCache<string>({ ttlMs: 60_000 });
    const pending = deferred<string>();
    let loads = 0;
    const load = () => (loads++, pending.promise);
    const all = Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    pending.resolve('shared');
    expect((await all).map((l) => l.value)).toEqual(['shared', 'shared', 'shared']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load: every waiter gets the error, the next request loads again', async () => {
    const cache = createTtlCache<string>({ ttlMs: 60_000 });
    const failing = deferred<string>();
    const first = cache.get('k', () => failing.promise);
    const second = cache.get('k', () => Promise.resolve('unused'));
    failing.reject(new Error('403 Forbidden.Access'));
    await expect(first).rejects.toThrow('Forbidden.Access');
    await expect(second).rejects.toThrow('Forbidden.Access');
    expect((await cache.get('k', () => Promise.resolve('ok'))).value).toBe('ok');
  });

  it('with a TTL of 0 loads every time, still sharing a load in flight', async () => {
    const cache = createTtlCache<number>({ ttlMs: 0 });
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    await Promise.all([cache.get('k', load), cache.get('k', load)]);
    await cache.get('k', load);
    expect(loads).toBe(2);
  });
});
