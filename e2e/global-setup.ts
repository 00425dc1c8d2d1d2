import { execSync } from 'node:child_process';

/** Builds the app once; each test file starts its own server on its own data folder. */
export default function globalSetup() {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
