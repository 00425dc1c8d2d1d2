import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkClosure, pageChunkKey, readViteManifest } from './vite-manifest.ts';

/**
 * `index.html` for each client route, with `<link rel="modulepreload">` for that route's lazily loaded page:
 * the browser fetches it beside the entry instead of after it has run, one round trip less before the
 * first paint. Reads Vite's manifest; without one it serves the page as built.
 */
export function createRouteHtml(staticRoot: string): (path: string) => string {
  const html = readFileSync(join(staticRoot, 'index.html'), 'utf8');
  const manifest = readViteManifest(staticRoot);
  if (!manifest) return () => html;
  const withPreloads = (page: string) => {
    const key = pageChunkKey(manifest, page);
    if (!key) return html;
    const links = [...chunkClosure(manifest, key)]
      .filter((k) => !html.includes(`/${manifest[k]!.file}`))
      .map((k) => `<link rel="modulepreload" crossorigin href="/${manifest[k]!.file}">`)
      .join('');
    return html.replace('</head>', `${links}</head>`);
  };
  const taskPage = withPreloads('task-page.tsx');
  const listPage = withPreloads('task-list-page.tsx');
  return (path) => {
    // The same pages under `/projects/:projectId` and at the single-workspace addresses `/` and `/tasks/:id`.
    const rest = path.replace(/^\/projects\/\d+(?=\/|$)/, '') || '/';
    return rest.startsWith('/tasks/') ? taskPage : rest === '/' ? listPage : html;
  };
}
