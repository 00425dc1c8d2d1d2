import type { ServerEnv } from '../env.ts';
import type { DataWorksClient } from './dataworks-client.ts';
import { listVisibleWorkspaces, type WorkspaceAllowList } from './served-workspaces.ts';

export interface WorkspaceSettings {
  allow: WorkspaceAllowList;
  /** Undefined for `*` without DATAWORKS_PROJECT_ID: the first workspace ListProjects names, read at start. */
  defaultId: string | undefined;
}

/**
 * DATAWORKS_PROJECT_IDS and DATAWORKS_PROJECT_ID as the workspaces served and the default one. With neither,
 * `fallback` (the emulator serves every seeded workspace, the demo one first); undefined when there is none
 * (real DataWorks needs one of them).
 */
export function readWorkspaceSettings(
  env: Pick<ServerEnv, 'DATAWORKS_PROJECT_ID' | 'DATAWORKS_PROJECT_IDS'>,
  fallback?: WorkspaceSettings,
): WorkspaceSettings | undefined {
  const single = env.DATAWORKS_PROJECT_ID;
  const listed = env.DATAWORKS_PROJECT_IDS?.trim();
  if (listed === '*') return { allow: '*', defaultId: single };
  if (listed) {
    const ids = [...new Set(listed.split(',').map((id) => id.trim()))];
    if (single && !ids.includes(single))
      throw new Error(
        `DATAWORKS_PROJECT_ID ${single} is not in DATAWORKS_PROJECT_IDS (${ids.join(', ')}): the default workspace must be one that is served.`,
      );
    return { allow: ids, defaultId: single ?? ids[0] };
  }
  if (single) return { allow: [single], defaultId: single };
  return fallback;
}

/** The default workspace of `*` with none named: the first ListProjects names (lowest ID). */
export async function resolveDefaultWorkspace(
  settings: WorkspaceSettings,
  dataworks: Pick<DataWorksClient, 'send'>,
): Promise<string> {
  if (settings.defaultId) return settings.defaultId;
  const visible = await listVisibleWorkspaces(dataworks).catch((error: unknown) => {
    throw new Error(
      `DATAWORKS_PROJECT_IDS=* needs ListProjects to choose the default workspace, which failed (${error instanceof Error ? error.message : String(error)}): set DATAWORKS_PROJECT_ID too.`,
    );
  });
  const first = visible.sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))[0];
  if (!first)
    throw new Error('DATAWORKS_PROJECT_IDS=* but ListProjects lists no workspace for this AccessKey.');
  return first;
}
