import { useI18n } from '../i18n/i18n.tsx';
import type { en } from './history-messages.en.ts';

// The history panel's strings, one module per language (history-messages.<locale>.ts), loaded with the reader's language.
export type HistoryMessages = typeof en;

export function useHistoryMessages(): HistoryMessages {
  return useI18n().catalogue.history;
}
