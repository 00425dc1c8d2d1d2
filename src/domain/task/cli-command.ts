import { API_VERSION } from './dataworks-actions.ts';
import type { UpdateTaskRequest } from './update-task-request.ts';

// The aliyun CLI calls an RPC API as `aliyun <product> <Action> --Param value`; nested parameters are
// JSON text (https://www.alibabacloud.com/help/en/cli/parameter-format-overview). DataWorks' product code
// is dataworks-public; `--version` selects API 2024-05-18 over the CLI's older default.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for POSIX shells: bare when harmless, else in single quotes with `'` written as `'\''`. */
export function quotePosix(value: string): string {
  if (SAFE.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * `aliyun dataworks-public UpdateTask --region cn-shanghai --Id 123 --Name '...' --Trigger '{...}'`. Objects are
 * written as JSON text; a string is taken as it is (BatchUpdateTasks' `Tasks`, already JSON text with exact IDs).
 */
export function toAliyunCliCommand(
  request: UpdateTaskRequest | Readonly<Record<string, unknown>>,
  options: { region: string; action?: string },
): string {
  const words = [
    'aliyun',
    'dataworks-public',
    options.action ?? 'UpdateTask',
    '--region',
    quotePosix(options.region),
    '--version',
    API_VERSION,
  ];
  for (const [name, value] of Object.entries(request)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    words.push(`--${name}`, quotePosix(text));
  }
  return words.join(' ');
}
