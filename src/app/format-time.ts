// The app's one way of writing a date and time, `2026-12-03 17:33 (UTC+08:00)`, the same in English and
// Chinese (no "GMT+1", no locale-dependent order), on one cache of Intl formatters (building one costs more
// than formatting a hundred runs with it).
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, timeZone: string | undefined, withOffset: boolean) {
  const key = `${locale}|${timeZone ?? ''}|${withOffset}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      ...(withOffset ? { timeZoneName: 'longOffset' } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

export interface DateTimeOptions {
  /** The clock to read it on; the viewer's when absent. */
  timeZone?: string;
  /** The weekday in the reader's language after the date (`2026-05-04 Mon 06:15`), for runs. */
  weekday?: boolean;
  /** `(UTC+08:00)` after the time (the default); 'name' adds the zone's name: `(UTC+08:00, Asia/Shanghai)`. */
  zone?: boolean | 'name';
}

/**
 * `2026-12-03 17:33 (UTC+08:00)`: every date and time the app shows goes through here (DESIGN.md: times carry
 * their zone). Lists of runs leave the zone out (`zone: false`) because their heading names it.
 */
export function formatDateTime(
  instant: Date | number,
  locale: string,
  options: DateTimeOptions = {},
): string {
  const zone = options.zone ?? true;
  const parts: Record<string, string> = {};
  for (const part of dateTimeFormat(locale, options.timeZone, zone !== false).formatToParts(instant))
    parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const text = options.weekday ? `${date} ${parts.weekday} ${time}` : `${date} ${time}`;
  if (zone === false) return text;
  // longOffset writes GMT+08:00, or GMT alone for UTC itself.
  const offset = (parts.timeZoneName ?? 'GMT').replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, 'UTC');
  const name =
    zone === 'name' ? `, ${options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}` : '';
  return `${text} (${offset}${name})`;
}

/** An instant in the viewer's zone with its offset, or a dash when unknown. */
export function formatInstant(epochMs: number | undefined, locale: string, timeZone?: string): string {
  if (epochMs === undefined) return '—';
  return formatDateTime(epochMs, locale, { timeZone });
}

/**
 * A scheduled run on a zone's clock, `2026-05-04 Mon 06:15` (the weekday in the reader's language), the same
 * in the preview, the review and its callouts so that runs can be compared by eye. The zone is not repeated on
 * every run: the heading of each list names it.
 */
export function formatRun(instant: Date, locale: string, timeZone: string): string {
  return formatDateTime(instant, locale, { timeZone, weekday: true, zone: false });
}
