import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Vite's build manifest (`dist/.vite/manifest.json`): which file each module became, and what it imports.

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

export function readViteManifest(staticRoot: string): ViteManifest | undefined {
  const file = join(staticRoot, '.vite', 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ViteManifest) : undefined;
}

/** The key of a lazily loaded page module, e.g. `task-page.tsx`. */
export function pageChunkKey(manifest: ViteManifest, page: string): string | undefined {
  return Object.keys(manifest).find((k) => k.endsWith(`pages/${page}`));
}

/** A chunk and what it imports statically: what the browser fetches once the chunk is asked for. */
export function chunkClosure(manifest: ViteManifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) chunkClosure(manifest, imported, into);
  return into;
}
