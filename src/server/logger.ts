import pino, { type DestinationStream, type Logger } from 'pino';

// Paths redacted wherever they appear in a log object: the proxy must never write a credential.
export const REDACTED_PATHS = [
  'accessKeySecret',
  'securityToken',
  'authorization',
  '*.accessKeySecret',
  '*.securityToken',
  '*.authorization',
  'headers.authorization',
  'headers["x-acs-security-token"]',
  'headers["x-access-token"]',
];

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    options.destination,
  );
}
