import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** A chunk and what it imports statically: what the browser will fetch once the chunk is asked for. */
function closure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  into = new Set<string>(),
): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, into);
  return into;
}

/**
 * `index.html` for each client route, with `<link rel="modulepreload">` for that route's lazily loaded page:
 * the browser fetches it beside the entry instead of after it has run, one round trip less before the
 * first paint. Reads Vite's manifest; without one it serves the page as built.
 */
export function createRouteHtml(staticRoot: string): (path: string) => string {
  const html = readFileSync(join(staticRoot, 'index.html'), 'utf8');
  const manifestFile = join(staticRoot, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return () => html;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const withPreloads = (page: string) => {
    const key = Object.keys(manifest).find((k) => k.endsWith(`pages/${page}`));
    if (!key) return html;
    const links = [...closure(manifest, key)]
      .filter((k) => !html.includes(`/${manifest[k]!.file}`))
      .map((k) => `<link rel="modulepreload" crossorigin href="/${manifest[k]!.file}">`)
      .join('');
    return html.replace('</head>', `${links}</head>`);
  };
  const taskPage = withPreloads('task-page.tsx');
  const listPage = withPreloads('task-list-page.tsx');
  return (path) => (path.startsWith('/tasks/') ? taskPage : path === '/' ? listPage : html);
}
