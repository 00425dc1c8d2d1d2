/** An instant in the viewer's zone, with the zone named (DESIGN.md: times always carry their zone). */
export function formatInstant(epochMs: number | undefined, locale: string, timeZone?: string): string {
  if (epochMs === undefined) return '—';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(epochMs));
}
