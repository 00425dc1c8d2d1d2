import type { PreviewRow } from '#domain/task/to-schedule-preview';
import { formatRun } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useCronMessages } from './cron-messages.ts';

/**
 * The preview's runs for a narrow card (a phone): one block per run, each value under its column's name,
 * instead of a table as wide as its parameters that would be cut at the card's edge.
 */
export function PreviewRunList({
  rows,
  timeZone,
  viewerTimeZone,
  parameterNames,
  labelledBy,
  className,
}: {
  rows: readonly PreviewRow[];
  timeZone: string;
  viewerTimeZone: string;
  parameterNames: readonly string[];
  labelledBy: string;
  className: string;
}) {
  const m = useCronMessages();
  const { locale } = useI18n();
  return (
    // Focusable: it scrolls (10 to 100 runs), and the keyboard must reach what is below the fold.
    <ol
      aria-labelledby={labelledBy}
      tabIndex={0}
      className={`flex flex-col gap-2 text-sm focus-visible:outline-2 focus-visible:outline-orange-600 ${className}`}
    >
      {rows.map((row, i) => {
        const result = row.parameters;
        const entries: [string, string, boolean?][] = [
          [m.columnScheduled(timeZone), formatRun(row.instant, locale, timeZone), true],
          [m.columnLocal(viewerTimeZone), formatRun(row.instant, locale, viewerTimeZone), true],
          [m.columnStatus, m.status[row.status]],
          ...(result?.success
            ? [
                [m.columnBizdate, result.data.bizdate, true] as [string, string, boolean],
                ...result.data.parameters.map(
                  (p, k) => [parameterNames[k] ?? `$${k + 1}`, p.resolved, true] as [string, string, boolean],
                ),
              ]
            : []),
        ];
        return (
          <li
            key={row.instant.getTime()}
            data-testid="preview-run-card"
            className="rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-700"
          >
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {m.columnNumber}
              {i + 1}
            </span>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
              {entries.map(([name, value, mono]) => (
                <div key={name} className="contents">
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{name}</dt>
                  <dd
                    className={`[overflow-wrap:anywhere] ${mono ? 'font-mono' : ''} ${name === m.columnStatus && row.status !== 'run' ? 'text-amber-800 dark:text-amber-300' : ''}`}
                  >
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            {result && !result.success && (
              <p className="text-red-700 dark:text-red-400">
                {m.parametersFailed}: {result.issues[0]?.message}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
