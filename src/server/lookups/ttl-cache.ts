// A value per key, loaded on first use and kept for `ttlMs`: concurrent first requests share one load, and
// a failed load is not kept (the next request tries again). Used for the member directories, which take
// every page of ListProjectMembers to build.

export interface Loaded<V> {
  value: V;
  /** Epoch ms (the cache's clock) when the load finished. */
  loadedAt: number;
}

export interface TtlCacheOptions {
  ttlMs: number;
  /** The clock, for tests. */
  now?: () => number;
}

export function createTtlCache<V>({ ttlMs, now = Date.now }: TtlCacheOptions) {
  const entries = new Map<string, Loaded<V>>();
  const loading = new Map<string, Promise<Loaded<V>>>();

  return {
    /** The kept value while it is younger than the TTL; otherwise the load in flight, or a new one. */
    get(key: string, load: () => Promise<V>): Promise<Loaded<V>> {
      const entry = entries.get(key);
      if (entry && now() - entry.loadedAt < ttlMs) return Promise.resolve(entry);
      const inFlight = loading.get(key);
      if (inFlight) return inFlight;
      const started = load().then(
        (value) => {
          const loaded = { value, loadedAt: now() };
          entries.set(key, loaded);
          loading.delete(key);
          return loaded;
        },
        (error: unknown) => {
          loading.delete(key);
          throw error;
        },
      );
      loading.set(key, started);
      return started;
    },
    /** The kept value while it is younger than the TTL, without loading. */
    peek(key: string): V | undefined {
      const entry = entries.get(key);
      return entry && now() - entry.loadedAt < ttlMs ? entry.value : undefined;
    },
    /** Forgets the key's value (a load in flight still completes and is kept). */
    invalidate(key: string) {
      entries.delete(key);
    },
  };
}
