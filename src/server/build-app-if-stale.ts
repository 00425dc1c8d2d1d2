import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// `npm start` builds the app only when a source is newer than the last build, so a restart is fast.
const SOURCES = ['src/app', 'src/domain', 'index.html', 'vite.config.ts', 'public', 'package-lock.json'];
const BUILT = 'dist/index.html';

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (Math.max(...SOURCES.map(newestModification)) > builtAt) {
  console.log('Building the app (sources changed since the last build)…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
