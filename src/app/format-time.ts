// The app's two ways of writing an instant, on one cache of Intl formatters (building one costs more than
// formatting a hundred runs with it).
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, timeZone: string | undefined, kind: 'instant' | 'run') {
  const key = `${kind}|${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      ...(kind === 'instant' ? { timeZoneName: 'short' } : { weekday: 'short' }),
    });
    formats.set(key, format);
  }
  return format;
}

/** An instant in the viewer's zone, with the zone named (DESIGN.md: times always carry their zone). */
export function formatInstant(epochMs: number | undefined, locale: string, timeZone?: string): string {
  if (epochMs === undefined) return '—';
  return dateTimeFormat(locale, timeZone, 'instant').format(new Date(epochMs));
}

/**
 * A scheduled run on a zone's clock, `2026-05-04 Mon 06:15` (the weekday in the reader's language), the same
 * in the preview, the review and its callouts so that runs can be compared by eye. The zone is not repeated
 * on every run: the heading of each list names it.
 */
export function formatRun(instant: Date, locale: string, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of dateTimeFormat(locale, timeZone, 'run').formatToParts(instant))
    parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.weekday} ${parts.hour}:${parts.minute}`;
}
