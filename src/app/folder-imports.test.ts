import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The app's folders import downwards only (.eslint.config.js holds the layers): shared (i18n, api, the loose
// helpers beside this file, components with the form kit) → workspace (lookups and people's names) → features
// (cron-builder, dependency-picker, drafts, history, review) → task-form → pages → app.tsx, main.tsx and the catalogue. This test draws the
// graph the imports make, tests excluded, and fails on a cycle, naming one import for each edge of it, and on a
// folder the lint rules do not know.

const APP = import.meta.dirname;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The files at the top of src/app that assemble the app: its entry, shell and catalogue. */
const APP_FILES = /^(main\.tsx|app\.tsx|catalogue(\.[\w-]+)?\.ts|index\.css)$/;

/** A folder of src/app; the app's own files as one; each loose helper beside them by itself. */
function nodeOf(file: string): string {
  const [first, ...rest] = relative(APP, file).split('/');
  if (rest.length > 0) return `${first}/`;
  return APP_FILES.test(first!) ? '(app)' : first!;
}

/** Every relative import, `import type` and `import()` included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) =>
    resolve(dirname(file), m[1]!),
  );
}

export function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(APP)) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const target of importsOf(file)) {
      const to = nodeOf(target);
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(APP, file)} → ${relative(APP, target)}`);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Map<string, string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  function visit(node: string): string[] | undefined {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  }
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The folders .eslint.config.js gives a layer (its APP_LAYERS). */
function layeredFolders(): string[] {
  const config = readFileSync(join(APP, '../../.eslint.config.js'), 'utf8');
  const layers = /const APP_LAYERS = \[([^;]*)\];/.exec(config)?.[1] ?? '';
  return [...layers.matchAll(/'([\w-]+)'/g)].map((m) => `${m[1]}/`);
}

describe('the import graph of src/app folders', () => {
  it('has no cycle', () => {
    const graph = folderGraph();
    const lines = [...graph.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([from, edges]) => `${from} → ${[...edges.keys()].sort().join(', ') || '(nothing)'}`);
    console.log(`src/app folder imports:\n  ${lines.join('\n  ')}`);
    const cycle = findCycle(graph);
    const named = cycle?.slice(1).map((to, i) => graph.get(cycle[i]!)!.get(to)!);
    expect(named, `a cycle: ${cycle?.join(' → ')}`).toBeUndefined();
  });

  it('gives every folder a layer in .eslint.config.js, whose rules keep the imports downward', () => {
    const folders = [...folderGraph().keys()].filter((node) => node.endsWith('/'));
    expect(folders.filter((folder) => !layeredFolders().includes(folder))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a/', new Map([['b/', 'a/x.ts → b/y.ts']])],
      ['b/', new Map([['a/', 'b/y.ts → a/z.ts']])],
    ]);
    expect(findCycle(graph)).toEqual(['a/', 'b/', 'a/']);
  });
});
