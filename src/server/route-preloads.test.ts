import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouteHtml } from './route-preloads.ts';

function createBuild(withManifest: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(
    join(root, 'index.html'),
    '<html><head><script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" href="/assets/shared-1.js"></head><body></body></html>',
  );
  if (withManifest) {
    mkdirSync(join(root, '.vite'));
    writeFileSync(
      join(root, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared'] },
        _shared: { file: 'assets/shared-1.js' },
        'src/app/pages/task-page.tsx': { file: 'assets/task-page-1.js', imports: ['_shared', '_form'] },
        _form: { file: 'assets/form-1.js' },
        'src/app/pages/task-list-page.tsx': { file: 'assets/task-list-page-1.js' },
      }),
    );
  }
  return root;
}

describe('createRouteHtml', () => {
  it("preloads a task page's chunks on /tasks/:id, once each, and nothing extra elsewhere", () => {
    const html = createRouteHtml(createBuild(true));
    const task = html('/tasks/7002918273648500132');
    expect(task).toContain('<link rel="modulepreload" crossorigin href="/assets/task-page-1.js">');
    expect(task).toContain('<link rel="modulepreload" crossorigin href="/assets/form-1.js">');
    expect(task.match(/shared-1\.js/g)).toHaveLength(1);
    expect(html('/')).toContain('task-list-page-1.js');
    expect(html('/elsewhere')).not.toContain('task-page-1.js');
    expect(html('/projects/531204/tasks/700004500037')).toContain('task-page-1.js');
    expect(html('/projects/531204')).toContain('task-list-page-1.js');
    expect(html('/projects/531204/')).toContain('task-list-page-1.js');
    expect(html('/projects/531204x')).not.toContain('task-list-page-1.js');
  });

  it('serves the page as built when there is no manifest', () => {
    const root = createBuild(false);
    expect(createRouteHtml(root)('/tasks/1')).not.toContain('task-page');
  });
});
