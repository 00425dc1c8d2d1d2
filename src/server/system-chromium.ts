import { existsSync } from 'node:fs';

/**
 * Debian's chromium, which the e2e tests and the browser benchmarks drive (`npx playwright install` cannot
 * download here): PLAYWRIGHT_CHROMIUM_PATH when set, else the first of Debian's paths that exists.
 * Undefined when none does, or when PW_BUNDLED_BROWSER=1 asks for Playwright's own browser on a laptop.
 */
export function findSystemChromium(): string | undefined {
  if (process.env.PW_BUNDLED_BROWSER) return undefined;
  return [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  );
}
