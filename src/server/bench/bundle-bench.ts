import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startAppOnEmulator } from '../start-server-process.ts';
import { chunkClosure, pageChunkKey, readViteManifest } from '../vite-manifest.ts';
import type { Row } from './measure.ts';
import { findSystemChromium } from '../system-chromium.ts';

const CHROMIUM = findSystemChromium();

function gzipKb(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
  return bytes / 1024;
}

/**
 * The scripts a real browser fetches to open `path` and let it settle, with no scrolling or input, for a
 * reader whose browser prefers `locale` (each language's strings are a chunk of their own).
 */
async function scriptsFetched(base: string, path: string, locale: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 }, locale });
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'))
        scripts.add(url.pathname.slice(1));
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000); // late lazy chunks, had there been any
    return [...scripts];
  } finally {
    await browser.close();
  }
}

/**
 * Initial JavaScript of each route, two ways: what Debian's chromium actually fetches for the first screen
 * (the budget), and, for reference, the static import closure of the entry and the route's page.
 */
export async function benchBundle(): Promise<Row[]> {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/server/build-app-if-stale.ts'], {
    stdio: 'inherit',
  });
  const manifest = readViteManifest('dist');
  if (!manifest) throw new Error('dist/.vite/manifest.json is missing: the build writes it (vite.config.ts)');
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const closure = (page: string) => {
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

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  const server = await startAppOnEmulator(dataDir, { LOG_LEVEL: 'silent' });
  const base = server.baseURL;
  try {
    const rows: Row[] = [];
    for (const [route, path, page] of [
      ['/', '/', 'task-list-page.tsx'],
      ['/tasks/:id', '/tasks/7002918273648500132', 'task-page.tsx'],
    ] as const) {
      for (const locale of ['en', 'zh-CN']) {
        const fetched = await scriptsFetched(base, path, locale);
        rows.push({
          figure: `initial JavaScript of ${route}, ${locale} reader, fetched by the browser (gzip -9)`,
          value: `${gzipKb(fetched).toFixed(1)} KB in ${fetched.length} files`,
          budget: '≤ 160 KB',
        });
      }
      rows.push({
        figure: `  of which the static closure of the entry and the page`,
        value: `${closure(page).toFixed(1)} KB`,
      });
    }
    rows.push({ figure: 'all JavaScript chunks (gzip -9)', value: `${total.toFixed(1)} KB` });
    return rows;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
