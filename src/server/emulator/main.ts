import { readServerEnv } from '../env.ts';
import { startEmulator } from './start-emulator.ts';

// `npm run emulator`: the local DataWorks emulator on its own, for the official client or the CLI.
const env = readServerEnv(process.env);
const emulator = await startEmulator({
  port: env.EMULATOR_PORT,
  dataDir: env.DATA_DIR,
  accessKeyId: env.EMULATOR_ACCESS_KEY_ID,
  accessKeySecret: env.EMULATOR_ACCESS_KEY_SECRET,
  projectSize: env.EMULATOR_PROJECT_SIZE,
  maxRequestsPerSecond: env.EMULATOR_MAX_RPS,
});
console.log(
  `DataWorks emulator on ${emulator.url.origin} (${emulator.taskCount} tasks in ${env.DATA_DIR}); key ${emulator.accessKeyId}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
