import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkClosure, pageChunkKey, readViteManifest } from '../vite-manifest.ts';
import type { Row } from './measure.ts';

function gzipKb(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
  return bytes / 1024;
}

/** Initial JavaScript of each route: the entry, the route's lazily loaded page, and their static imports. */
export function benchBundle(): Row[] {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/server/build-app-if-stale.ts'], {
    stdio: 'inherit',
  });
  const manifest = readViteManifest('dist');
  if (!manifest) throw new Error('dist/.vite/manifest.json is missing: the build writes it (vite.config.ts)');
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const route = (page: string) => {
    const keys = new Set([
      ...chunkClosure(manifest, entry),
      ...chunkClosure(manifest, pageChunkKey(manifest, page)!),
    ]);
    return gzipKb([...keys].map((k) => manifest[k]!.file));
  };
  const total = gzipKb(
    Object.values(manifest)
      .map((c) => c.file)
      .filter((f) => f.endsWith('.js')),
  );
  return [
    {
      figure: 'initial JavaScript of / (gzip -9)',
      value: `${route('task-list-page.tsx').toFixed(1)} KB`,
      budget: '≤ 160 KB',
    },
    {
      figure: 'initial JavaScript of /tasks/:id (gzip -9)',
      value: `${route('task-page.tsx').toFixed(1)} KB`,
      budget: '≤ 160 KB',
    },
    { figure: 'all JavaScript chunks (gzip -9)', value: `${total.toFixed(1)} KB` },
  ];
}
