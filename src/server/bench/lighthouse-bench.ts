import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, takePort } from '../start-server-process.ts';
import type { Row } from './measure.ts';

const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Lighthouse 12 (Node 20) on /tasks/:id against the emulator, in Debian's chromium. */
export async function benchLighthouse(): Promise<Row[]> {
  const port = takePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const server = await startServerProcess(
    'src/server/main.ts',
    {
      PORT: String(port),
      EMULATOR_PORT: String(takePort()),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DATAWORKS_TARGET: 'emulator',
    },
    `http://127.0.0.1:${port}/api/health`,
  );
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
    const result = await lighthouse(`http://127.0.0.1:${port}/tasks/7002918273648500132`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'simulate',
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    const metric = (id: string) => result?.lhr.audits[id]?.displayValue ?? '?';
    return [
      {
        figure: 'Lighthouse /tasks/:id metrics: FCP, LCP, TBT, CLS',
        value: `${metric('first-contentful-paint')}, ${metric('largest-contentful-paint')}, ${metric('total-blocking-time')}, ${metric('cumulative-layout-shift')}`,
      },
      {
        figure: 'Lighthouse /tasks/:id: performance, accessibility, best practices',
        value: `${score('performance')}, ${score('accessibility')}, ${score('best-practices')}${failing.length ? ` (failing: ${failing.join(', ')})` : ''}`,
        budget: '≥ 95, 100, 100',
      },
    ];
  } finally {
    chrome.kill();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
