import type { Messages } from './i18n/messages.ts';

/** A duration in milliseconds as "2 h 5 min 30 s" in the viewer's language. */
export function formatDuration(ms: number, t: Messages): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms > 0 && ms < 1000) return t.durationMilliseconds(ms);
  const total = Math.round(ms / 1000);
  const parts = [
    [Math.floor(total / 3600), t.durationHours],
    [Math.floor((total % 3600) / 60), t.durationMinutes],
    [total % 60, t.durationSeconds],
  ] as const;
  const shown = parts.filter(([n]) => n > 0).map(([n, unit]) => unit(n));
  return shown.length > 0 ? shown.join(' ') : t.durationSeconds(0);
}
