import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ServerEnv } from '../env.ts';
import type { SigningCredentials } from './sign-request.ts';
import { readWorkspaceSettings, type WorkspaceSettings } from './workspace-settings.ts';

export type Target =
  | { kind: 'emulator' }
  | {
      kind: 'aliyun';
      endpoint: URL;
      workspaces: WorkspaceSettings;
      credentialSource: string;
      getCredentials: () => Promise<SigningCredentials>;
    };

/** `https://dataworks.<region>.aliyuncs.com`, or DATAWORKS_ENDPOINT given as a host or a URL. */
export function resolveEndpoint(
  env: Pick<ServerEnv, 'DATAWORKS_ENDPOINT' | 'DATAWORKS_REGION'>,
): URL | undefined {
  const endpoint = env.DATAWORKS_ENDPOINT?.trim();
  if (endpoint) return new URL(/^https?:\/\//.test(endpoint) ? endpoint : `https://${endpoint}`);
  if (env.DATAWORKS_REGION) return new URL(`https://dataworks.${env.DATAWORKS_REGION}.aliyuncs.com`);
  return undefined;
}

/** The region the emulator stands for (the aliyun CLI command the review offers names it): Shanghai. */
export const EMULATOR_REGION = 'cn-shanghai';

/**
 * The deployment's region: DATAWORKS_REGION, else read from the endpoint's host
 * (`dataworks[-vpc].<region>.aliyuncs.com`), else undefined (an endpoint that names no region).
 */
export function resolveRegion(
  env: Pick<ServerEnv, 'DATAWORKS_ENDPOINT' | 'DATAWORKS_REGION'>,
): string | undefined {
  if (env.DATAWORKS_REGION) return env.DATAWORKS_REGION;
  const host = resolveEndpoint(env)?.hostname ?? '';
  return /^dataworks(?:-vpc)?\.([a-z]{2,}(?:-[a-z0-9]+)+)\.aliyuncs\.com$/.exec(host)?.[1];
}

/**
 * Which link of Alibaba Cloud's default credential chain is configured here, if any. Only then is the chain
 * used: the chain's last resort asks the ECS metadata service, which must not be probed on a laptop.
 */
export function findCredentialSource(
  env: ServerEnv,
  fileExists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.ALIBABA_CLOUD_ACCESS_KEY_ID && env.ALIBABA_CLOUD_ACCESS_KEY_SECRET)
    return env.ALIBABA_CLOUD_SECURITY_TOKEN ? 'environment (STS token)' : 'environment';
  if (env.ALIBABA_CLOUD_ROLE_ARN && env.ALIBABA_CLOUD_OIDC_TOKEN_FILE) return 'OIDC role';
  const home = env.HOME ?? homedir();
  if (fileExists(join(home, '.aliyun', 'config.json')))
    return `Aliyun CLI profile ${env.ALIBABA_CLOUD_PROFILE ?? '(current)'}`;
  const credentialsFile = env.ALIBABA_CLOUD_CREDENTIALS_FILE ?? join(home, '.alibabacloud', 'credentials');
  if (fileExists(credentialsFile)) return `credentials file ${credentialsFile}`;
  if (env.ALIBABA_CLOUD_CREDENTIALS_URI) return 'credentials URI';
  return undefined;
}

type CredentialModule = typeof import('@alicloud/credentials');

/** Credentials from the chain, refreshed by the library when they are temporary (STS, roles). */
async function createChainCredentials(): Promise<() => Promise<SigningCredentials>> {
  const module = (await import('@alicloud/credentials')) as CredentialModule & {
    default: { default?: unknown };
  };
  const Credential = (module.default.default ?? module.default) as unknown as new () => {
    getCredential: () => Promise<{ accessKeyId: string; accessKeySecret: string; securityToken?: string }>;
  };
  const chain = new Credential();
  return async () => {
    const c = await chain.getCredential();
    return {
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      securityToken: c.securityToken || undefined,
    };
  };
}

/** Real DataWorks when credentials are configured (or asked for), else the embedded emulator. */
export async function resolveTarget(env: ServerEnv, fileExists?: (path: string) => boolean): Promise<Target> {
  if (env.DATAWORKS_TARGET === 'emulator') return { kind: 'emulator' };
  const source = findCredentialSource(env, fileExists);
  if (!source && env.DATAWORKS_TARGET !== 'aliyun') return { kind: 'emulator' };
  const endpoint = resolveEndpoint(env);
  if (!endpoint)
    throw new Error(
      'DataWorks credentials are configured but no endpoint: set DATAWORKS_REGION (e.g. cn-hangzhou) or DATAWORKS_ENDPOINT.',
    );
  const workspaces = readWorkspaceSettings(env);
  if (!workspaces)
    throw new Error(
      'DataWorks credentials are configured but no workspace: set DATAWORKS_PROJECT_ID to the workspace ID, or DATAWORKS_PROJECT_IDS to several (or *).',
    );
  return {
    kind: 'aliyun',
    endpoint,
    workspaces,
    credentialSource: source ?? 'default chain',
    getCredentials: await createChainCredentials(),
  };
}
