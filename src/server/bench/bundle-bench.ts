import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './measure.ts';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** A chunk and everything it imports statically: what the browser fetches before the chunk runs. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, into);
  return into;
}

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
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const pageKey = (name: string) => Object.keys(manifest).find((k) => k.endsWith(`pages/${name}`))!;
  const route = (page: string) => {
    const keys = new Set([...closure(manifest, entry), ...closure(manifest, pageKey(page))]);
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
