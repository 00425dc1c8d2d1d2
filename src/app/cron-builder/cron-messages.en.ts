import type { EditorMode } from './builder-modes.ts';

// The cron builder's strings in English; the type of this object is the catalogue every language fills.
export const en = {
  builderLegend: 'Schedule by',
  mode: {
    minute: 'Minutes',
    hourly: 'Hours',
    daily: 'Day',
    weekly: 'Week',
    monthly: 'Month',
    yearly: 'Year',
    raw: 'Expression',
  } satisfies Record<EditorMode, string>,
  rawChosenHelp:
    'Edit the expression as text above. Switching back to a builder mode keeps it whenever the builder can show it.',
  rawForced: (reason: string) =>
    `The builder cannot show this expression (${reason}). It is kept exactly as written: edit it as text above.`,
  rawEmpty: 'No expression yet: pick a mode to build one, or type it above.',
  keptAsText: (reason: string, mode: string) =>
    `Still in text mode: the builder cannot show this expression (${reason}). Nothing was changed. Pick “${mode}” again to replace it with a new schedule.`,
  everyMinutes: 'Every (minutes)',
  everyHours: 'Every (hours)',
  startHour: 'From hour',
  endHour: 'To hour (inclusive)',
  minutePast: 'At minute',
  hoursEvery: 'Every N hours in a range',
  hoursAt: 'At chosen hours',
  hoursKind: 'Hours',
  chosenHours: 'Hours of the day',
  timeOfDay: 'Time of day',
  timeOfDayHelp: '24-hour clock, hh:mm (e.g. 02:30 or 17:45). Up and Down change the hour or the minute.',
  timeOfDayInvalid: (text: string) =>
    text.trim() === ''
      ? 'Time of day is required: type hh:mm on the 24-hour clock, 00:00 to 23:59. The schedule keeps its last time.'
      : `Time of day: “${text}” is not a time; type hh:mm on the 24-hour clock, 00:00 to 23:59. The schedule keeps its last time.`,
  presets: 'Presets',
  presetEveryDay: 'Every day',
  presetWorkdays: 'Weekdays (Mon–Fri)',
  daysOfWeek: 'Days of the week',
  daysOfMonth: 'Days of the month',
  lastDay: 'Last day of the month',
  months: 'Months',
  weekdayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  weekdayShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  pickOne: 'Pick at least one.',
  dayN: (day: number) => `Day ${day}`,
  description: 'In words',
  cronErrors: 'Problems in the expression',
  /** After a heading run into its text. */
  colon: ': ',
  ambiguousWeekday: 'Ambiguous weekday',
  rewriteWithNames: (suggestion: string) => `Rewrite as ${suggestion}`,
  preview: 'Next runs',
  previewHelp:
    'Earliest start of each run: DataWorks starts an instance at this time or later, once its upstream tasks have succeeded.',
  timeZone: 'Scheduling time zone',
  timeZoneHelp:
    'The workspace region’s zone (GetTask does not return it). Cron, Effective from and Effective until are read on this clock.',
  runCount: 'Runs to show',
  columnNumber: '#',
  columnScheduled: (zone: string) => `Earliest start (${zone})`,
  columnLocal: (zone: string) => `Your time (${zone})`,
  columnStatus: 'Run',
  columnBizdate: 'Business date',
  status: { run: 'Runs', 'dry-run': 'Dry run (Skip)', paused: 'Paused (Pause)' },
  recurrenceNote: {
    run: '',
    'dry-run': 'Recurrence is Skip: every run below is a dry run (succeeds at once without running).',
    paused: 'Recurrence is Pause: every run below is held, and so are its downstream tasks.',
  },
  noRuns: 'No run in the coming period: the schedule or the effective window ends first.',
  windowNote: (from: string, until: string) => `Within the effective window ${from} – ${until}.`,
  parametersFailed: 'The scheduling parameters do not resolve',
  calendar: 'Runs per day, coming weeks',
  calendarDay: (date: string, weekday: string, count: number | null, past: boolean) =>
    past
      ? `${weekday} ${date}: past`
      : count === null
        ? `${weekday} ${date}: not counted`
        : `${weekday} ${date}: ${count} run${count === 1 ? '' : 's'}`,
  calendarLimit: (limit: number) => `Days marked … were not counted (more than ${limit} runs in the period).`,
  previewUnavailable: 'Fix the expression to see its runs.',
};
