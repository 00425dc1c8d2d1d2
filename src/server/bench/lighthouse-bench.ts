import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppOnEmulator } from '../start-server-process.ts';
import type { Row } from './measure.ts';
import { findSystemChromium } from '../system-chromium.ts';

const CHROMIUM = findSystemChromium();
const RUNS = 3;
// Lighthouse 12 sometimes loses the navigation in chromium 156's trace (NO_NAVSTART): such a run is repeated.
const ATTEMPTS_PER_RUN = 4;

type FormFactor = 'desktop' | 'mobile';

interface Run {
  scores: Record<'performance' | 'accessibility' | 'best-practices', number>;
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls', number>;
  failing: string[];
}

/**
 * Lighthouse 12 (Node 20) on /tasks/:id against the emulator, in Debian's chromium: the median of three runs
 * with Lighthouse's desktop preset (the budget: the form factor our users edit tasks on) and, beside it,
 * its default mobile preset (4× CPU slowdown, slow 4G).
 */
export async function benchLighthouse(): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const server = await startAppOnEmulator(dataDir, { LOG_LEVEL: 'silent' });
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const url = `${server.baseURL}/tasks/7002918273648500132`;
    const rows: Row[] = [];
    for (const formFactor of ['desktop', 'mobile'] as const) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(chrome, url, formFactor));
      rows.push(...summarise(formFactor, runs));
    }
    return rows;
  } finally {
    chrome.kill();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runLighthouse(chrome: LaunchedChrome, url: string, formFactor: FormFactor): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError && attempt < ATTEMPTS_PER_RUN) continue;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
      },
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function summarise(formFactor: FormFactor, runs: Run[]): Row[] {
  const m = (key: keyof Run['metrics']) => median(runs.map((r) => r.metrics[key]));
  const s = (key: keyof Run['scores']) => median(runs.map((r) => r.scores[key]));
  const failing = [...new Set(runs.flatMap((r) => r.failing))];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      figure: `Lighthouse ${formFactor}: FCP, LCP, TBT, CLS (median of ${runs.length})`,
      value: `${seconds(m('fcp'))}, ${seconds(m('lcp'))}, ${m('tbt').toFixed(0)} ms, ${m('cls').toFixed(3)}`,
    },
    {
      figure: `Lighthouse ${formFactor}: performance, accessibility, best practices`,
      value:
        `${s('performance')}, ${s('accessibility')}, ${s('best-practices')}` +
        ` (performance per run: ${runs.map((r) => r.scores.performance).join(', ')})` +
        (failing.length ? ` (failing: ${failing.join(', ')})` : ''),
      budget: formFactor === 'desktop' ? '≥ 95, 100, 100' : undefined,
    },
  ];
}
