import { z } from 'zod';
import { DEFAULT_SCHEDULE_SETTINGS, type ScheduleSettings } from '#domain/cron/dataworks-schedule';
import { isValidTimeZone } from '#domain/params/wall-time';

// The one reader of process.env: every setting the server takes, with its default.
const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATA_DIR: z.string().default('.data'),
  /** The shared store of a team's replicas (PostgreSQL); without it, SQLite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\/[^/]+\/[^/?]+/,
      'must be a PostgreSQL URL: postgres://user:password@host:5432/database',
    )
    .refine((v) => URL.canParse(v), 'must be a PostgreSQL URL: postgres://user:password@host:5432/database')
    .optional(),
  DATAWORKS_ENDPOINT: z.string().optional(),
  DATAWORKS_REGION: z
    .string()
    .regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'must be a region ID such as cn-hangzhou')
    .optional(),
  /** The default workspace (of `/` and `/tasks/:id`); alone, the only one served. */
  DATAWORKS_PROJECT_ID: z.string().regex(/^\d+$/, 'must be the numeric workspace ID').optional(),
  /** The workspaces served: comma-separated IDs, or `*` for every workspace the AccessKey can see. */
  DATAWORKS_PROJECT_IDS: z
    .string()
    .regex(/^\s*(\*|\d+(\s*,\s*\d+)*)\s*$/, 'must be numeric workspace IDs separated by commas, or *')
    .optional(),
  DATAWORKS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** How the deployment's DataWorks reads a numeric cron weekday: `spring` (1 = Monday) or `quartz` (1 = Sunday). */
  DATAWORKS_WEEKDAY_NUMBERING: z.enum(['spring', 'quartz']).default(DEFAULT_SCHEDULE_SETTINGS.weekdays),
  /** The region's scheduling zone (IANA), which GetTask does not return. */
  DATAWORKS_SCHEDULE_TIME_ZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai or UTC')
    .default(DEFAULT_SCHEDULE_SETTINGS.timeZone),
  /** How long a save whose outcome is unknown (timeout, dropped connection) may still land: 5 minutes. */
  UNKNOWN_OUTCOME_WINDOW_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(300_000),
  /** How long the proxy keeps a workspace's member directory (every ListProjectMembers page): 5 minutes. */
  MEMBER_DIRECTORY_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  /** How long a batch runner's lease lasts unless renewed: another replica may resume the batch after it. */
  BATCH_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  /** The first wait after a throttled BatchUpdateTasks call, doubled each time up to 30 s. */
  BATCH_BACKOFF_MS: z.coerce.number().int().min(1).max(60_000).default(1_000),
  /** `emulator` forces the embedded emulator even when credentials are configured. */
  DATAWORKS_TARGET: z.enum(['auto', 'emulator', 'aliyun']).default('auto'),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(8790),
  EMULATOR_ACCESS_KEY_ID: z.string().optional(),
  EMULATOR_ACCESS_KEY_SECRET: z.string().optional(),
  EMULATOR_PROJECT_SIZE: z.coerce.number().int().min(1).max(200_000).optional(),
  /** Requests per second per key before the emulator answers Throttling.User. */
  EMULATOR_MAX_RPS: z.coerce.number().int().min(1).default(200),
  ALIBABA_CLOUD_ACCESS_KEY_ID: z.string().optional(),
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: z.string().optional(),
  ALIBABA_CLOUD_SECURITY_TOKEN: z.string().optional(),
  ALIBABA_CLOUD_PROFILE: z.string().optional(),
  ALIBABA_CLOUD_CREDENTIALS_FILE: z.string().optional(),
  ALIBABA_CLOUD_ROLE_ARN: z.string().optional(),
  ALIBABA_CLOUD_OIDC_TOKEN_FILE: z.string().optional(),
  ALIBABA_CLOUD_CREDENTIALS_URI: z.string().optional(),
  HOME: z.string().optional(),
  /** Required to listen beyond loopback (or TRUSTED_IDENTITY_HEADER); the app asks for it once. */
  ACCESS_TOKEN: z.string().min(16, 'must be at least 16 characters: use a long random secret').optional(),
  /** e.g. x-forwarded-user, set by an authenticating reverse proxy; recorded as "who" in the history. */
  TRUSTED_IDENTITY_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'must be a header name')
    .transform((v) => v.toLowerCase())
    .optional(),
  /** Extra Host values the server answers to (comma-separated host:port), e.g. behind a reverse proxy. */
  ALLOWED_HOSTS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServerEnv = z.infer<typeof EnvSchema>;

/** The deployment's schedule settings, which the app reads from `GET /api/health`. */
export function toScheduleSettings(env: ServerEnv): ScheduleSettings {
  return { weekdays: env.DATAWORKS_WEEKDAY_NUMBERING, timeZone: env.DATAWORKS_SCHEDULE_TIME_ZONE };
}

export function readServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}
