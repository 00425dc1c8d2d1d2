import { useId } from 'react';
import { useCronMessages } from './cron-messages.ts';
import { CALENDAR_RUN_LIMIT, type CalendarDay } from '#domain/task/to-schedule-preview';

// Monday first, matching toCalendarWeeks; indexes into the Sunday-first name lists.
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

function shade(count: number | null): string {
  if (count === null || count === 0) return '';
  if (count === 1) return 'bg-orange-100 dark:bg-orange-950';
  if (count <= 4) return 'bg-orange-200 dark:bg-orange-900';
  return 'bg-orange-300 dark:bg-orange-800';
}

/** Runs per day over the coming weeks, so that gaps and bursts show at a glance. */
export function CalendarStrip({ weeks }: { weeks: CalendarDay[][] }) {
  const m = useCronMessages();
  const captionId = useId();
  const cut = weeks.some((week) => week.some((day) => !day.past && day.count === null));
  return (
    <div className="flex flex-col gap-1">
      <table aria-labelledby={captionId} className="border-collapse text-xs" data-testid="calendar-strip">
        <caption id={captionId} className="mb-1 text-left text-sm font-medium">
          {m.calendar}
        </caption>
        <thead>
          <tr>
            {MONDAY_FIRST.map((index) => (
              <th key={index} scope="col" className="px-1 font-normal text-slate-600 dark:text-slate-400">
                <abbr title={m.weekdayNames[index]} className="no-underline">
                  {m.weekdayShort[index]}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day, i) => (
                <td
                  key={day.date}
                  data-date={day.date}
                  data-count={day.count ?? ''}
                  className={`h-10 w-12 border border-slate-200 px-1 text-center align-top dark:border-slate-700 ${
                    day.past ? 'text-slate-500 dark:text-slate-400' : ''
                  } ${shade(day.count)}`}
                >
                  <span className="sr-only">
                    {m.calendarDay(day.date, m.weekdayNames[MONDAY_FIRST[i] ?? 0] ?? '', day.count, day.past)}
                  </span>
                  <span aria-hidden="true" className="block">
                    {day.day === 1 ? `${day.month}/${day.day}` : day.day}
                  </span>
                  <span aria-hidden="true" className="block font-semibold">
                    {day.past ? '' : day.count === null ? '…' : day.count === 0 ? '·' : day.count}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {cut && (
        <p className="text-xs text-slate-600 dark:text-slate-400">{m.calendarLimit(CALENDAR_RUN_LIMIT)}</p>
      )}
    </div>
  );
}
