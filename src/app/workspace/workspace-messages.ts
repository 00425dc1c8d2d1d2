import { useI18n } from '../i18n/i18n.tsx';
import type { en } from './workspace-messages.en.ts';

// The workspace lookups' strings, one module per language (workspace-messages.<locale>.ts), loaded with the
// reader's language.
export type WorkspaceMessages = typeof en;

export function useWorkspaceMessages(): WorkspaceMessages {
  return useI18n().catalogue.workspace;
}
