import { useI18n } from '../i18n/i18n.tsx';
import type { en } from './dependency-messages.en.ts';

// The picker's strings, one module per language (dependency-messages.<locale>.ts), loaded with the reader's
// language.
export type DependencyMessages = typeof en;

export function useDependencyMessages(): DependencyMessages {
  return useI18n().catalogue.dependency;
}
