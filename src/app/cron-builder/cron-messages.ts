import { useI18n } from '../i18n/i18n.tsx';
import type { en } from './cron-messages.en.ts';

// The cron builder's strings live beside it, one module per language (cron-messages.<locale>.ts), loaded with
// the reader's language; the Chinese object must have every key of the English one.
export type CronMessages = typeof en;

export function useCronMessages(): CronMessages {
  return useI18n().catalogue.cron;
}
