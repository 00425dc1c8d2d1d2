import { useI18n } from '../i18n/i18n.tsx';
import type { en } from './draft-messages.en.ts';

// The draft banner's strings, one module per language (draft-messages.<locale>.ts), loaded with the reader's language.
export type DraftMessages = typeof en;

export function useDraftMessages(): DraftMessages {
  return useI18n().catalogue.drafts;
}
