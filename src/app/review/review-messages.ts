import { useI18n } from '../i18n/i18n.tsx';
import type { en } from './review-messages.en.ts';

// Strings of the review, conflict, draft, history and error views, one module per language
// (review-messages.<locale>.ts), loaded with the reader's language.
export type ReviewMessages = typeof en;

export function useReviewMessages(): ReviewMessages {
  return useI18n().catalogue.review;
}
