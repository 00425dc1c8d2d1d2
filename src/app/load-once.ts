/**
 * A loader that runs `load` once and shares its promise, the way the app loads code on demand: each further
 * `import()` call would run Vite's preload helper again, which looks the chunk's files up in the whole
 * document. After a failure (offline, a new deployment) the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
