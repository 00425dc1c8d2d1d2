import { useId, useMemo, useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import {
  DEFAULT_PREVIEW_COUNT,
  PREVIEW_COUNTS,
  toSchedulePreview,
  type PreviewRow,
} from '#domain/task/to-schedule-preview';
import { inputClass } from '../components/ui/field.tsx';
import { formatRun } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSchedulingZone, useScheduleSettings } from '../scheduling-zone.ts';
import { CalendarStrip } from './calendar-strip.tsx';
import { ParameterCells } from './parameter-cells.tsx';
import { PreviewRunList } from './preview-run-list.tsx';
import { useCronMessages } from './cron-messages.ts';
import { TimeZoneSelect } from './time-zone-select.tsx';

const VIEWER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The next runs of Trigger.Cron, recomputed synchronously on every keystroke (the engine needs well
 * under a millisecond for 100 runs, so there is nothing to debounce): each run's earliest start in the
 * scheduling zone and the viewer's, its status under Recurrence, its resolved scheduling parameters,
 * and a calendar of the coming weeks.
 */
export function SchedulePreview({ aside }: { aside?: ReactNode }) {
  const m = useCronMessages();
  const { locale } = useI18n();
  const headingId = useId();
  const countId = useId();
  const { control } = useFormContext<TaskForm>();
  const [cron, startTime, endTime, recurrence, parameters] = useWatch({
    control,
    name: ['Trigger.Cron', 'Trigger.StartTime', 'Trigger.EndTime', 'Trigger.Recurrence', 'Script.Parameters'],
  });
  // The zone picked here is the review's too (scheduling-zone.ts).
  const [timeZone, setTimeZone] = useSchedulingZone();
  const settings = useScheduleSettings();
  const [count, setCount] = useState<number>(DEFAULT_PREVIEW_COUNT);
  const [now] = useState(() => new Date());
  const { preview, elapsed } = useMemo(() => {
    const started = performance.now();
    const result = toSchedulePreview({
      cron,
      settings,
      now,
      count,
      startTime,
      endTime,
      recurrence,
      parameters,
    });
    return { preview: result, elapsed: performance.now() - started };
  }, [cron, settings, now, count, startTime, endTime, recurrence, parameters]);
  const parameterNames = preview.ok ? toParameterNames(preview.rows) : [];
  const status = preview.ok ? preview.rows[0]?.status : undefined;

  return (
    <section
      aria-labelledby={headingId}
      className="@container flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700"
      data-testid="schedule-preview"
      data-compute-ms={elapsed.toFixed(3)}
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h3 id={headingId} className="text-base font-semibold">
            {m.preview}
          </h3>
          <p className="max-w-prose text-xs text-slate-600 dark:text-slate-400">{m.previewHelp}</p>
        </div>
        {aside}
      </div>
      <div className="flex flex-wrap gap-4">
        <TimeZoneSelect label={m.timeZone} help={m.timeZoneHelp} value={timeZone} onChange={setTimeZone} />
        <div className="flex flex-col gap-1">
          <label htmlFor={countId} className="text-sm font-medium">
            {m.runCount}
          </label>
          <select
            id={countId}
            className={inputClass}
            value={count}
            onChange={(event) => setCount(Number(event.target.value))}
          >
            {PREVIEW_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!preview.ok ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{m.previewUnavailable}</p>
      ) : (
        <>
          {status && status !== 'run' && (
            <p className="text-sm text-amber-800 dark:text-amber-300">{m.recurrenceNote[status]}</p>
          )}
          {(startTime || endTime) && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {m.windowNote(startTime ?? '—', endTime ?? '—')}
            </p>
          )}
          {preview.rows.length > 0 && (
            // On a phone, a list of runs instead of the table (preview-run-list.tsx).
            <PreviewRunList
              rows={preview.rows}
              timeZone={timeZone}
              viewerTimeZone={VIEWER_TIME_ZONE}
              parameterNames={parameterNames}
              labelledBy={headingId}
              className="max-h-96 overflow-y-auto @lg:hidden"
            />
          )}
          {preview.rows.length === 0 ? (
            <p className="text-sm">{m.noRuns}</p>
          ) : (
            <div className="hidden max-h-96 overflow-auto @lg:block" tabIndex={0}>
              <table className="w-full border-collapse text-sm" aria-labelledby={headingId}>
                <thead className="sticky top-0 bg-white text-left dark:bg-slate-900">
                  <tr>
                    <th scope="col" className="px-2 py-1">
                      {m.columnNumber}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {m.columnScheduled(timeZone)}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {m.columnLocal(VIEWER_TIME_ZONE)}
                    </th>
                    <th scope="col" className="px-2 py-1">
                      {m.columnStatus}
                    </th>
                    {parameterNames.length > 0 && (
                      <th scope="col" className="px-2 py-1">
                        {m.columnBizdate}
                      </th>
                    )}
                    {parameterNames.map((name) => (
                      <th key={name} scope="col" className="px-2 py-1 font-mono">
                        {name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row, i) => (
                    <tr
                      key={row.instant.getTime()}
                      data-testid="preview-run"
                      data-status={row.status}
                      className="border-t border-slate-200 dark:border-slate-700"
                    >
                      <td className="px-2 py-1 text-slate-600 tabular-nums dark:text-slate-400">{i + 1}</td>
                      <td className="px-2 py-1 font-mono whitespace-nowrap" data-testid="preview-scheduled">
                        {formatRun(row.instant, locale, timeZone)}
                      </td>
                      <td className="px-2 py-1 font-mono whitespace-nowrap">
                        {formatRun(row.instant, locale, VIEWER_TIME_ZONE)}
                      </td>
                      <td
                        className={`px-2 py-1 whitespace-nowrap ${row.status === 'run' ? '' : 'text-amber-800 dark:text-amber-300'}`}
                      >
                        {m.status[row.status]}
                      </td>
                      {parameterNames.length > 0 && <ParameterCells row={row} names={parameterNames} />}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CalendarStrip weeks={preview.weeks} />
        </>
      )}
    </section>
  );
}

function toParameterNames(rows: readonly PreviewRow[]): string[] {
  for (const row of rows) {
    if (row.parameters?.success) return row.parameters.data.parameters.map((p, i) => p.name ?? `$${i + 1}`);
  }
  return rows.some((row) => row.parameters) ? ['Script.Parameters'] : [];
}
