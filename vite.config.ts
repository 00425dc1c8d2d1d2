import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const serverPort = process.env.PORT ?? '8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { outDir: 'dist', sourcemap: true, manifest: true },
  server: { proxy: { '/api': `http://127.0.0.1:${serverPort}` } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    // The JSON report lets .ci/run print one "N passed, N failed" line for the whole run.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-output/vitest.json' },
  },
});
