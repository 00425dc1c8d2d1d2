import { defineConfig, devices } from '@playwright/test';
import { findSystemChromium } from '../src/server/system-chromium.ts';

const systemChromium = findSystemChromium();

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '../.test-output/playwright.json' }]],
  timeout: 60_000,
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: systemChromium
          ? {
              executablePath: systemChromium,
              args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-dev-shm-usage',
                '--disable-quic',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                '--disable-default-apps',
                '--disable-extensions',
                '--no-first-run',
                '--no-default-browser-check',
              ],
            }
          : {},
      },
    },
  ],
});
