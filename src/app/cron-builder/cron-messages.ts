import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/messages.ts';
import type { EditorMode } from './builder-modes.ts';

// The cron builder's strings, kept beside it so the shared catalogue stays small; same typing rule:
// the Chinese object must have every key of the English one.

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

export type CronMessages = typeof en;

export const zhCN: CronMessages = {
  builderLegend: '调度周期',
  mode: {
    minute: '分钟',
    hourly: '小时',
    daily: '日',
    weekly: '周',
    monthly: '月',
    yearly: '年',
    raw: '表达式',
  },
  rawChosenHelp: '在上方以文本编辑表达式。切回构建器时，只要构建器能表示，表达式保持不变。',
  rawForced: (reason: string) => `构建器无法表示此表达式（${reason}）。它按原样保留：请在上方以文本编辑。`,
  rawEmpty: '尚无表达式：选择一种周期来构建，或在上方输入。',
  keptAsText: (reason: string, mode: string) =>
    `仍为文本模式：构建器无法表示此表达式（${reason}）。未做任何修改。再次选择“${mode}”将以新调度替换它。`,
  everyMinutes: '间隔（分钟）',
  everyHours: '间隔（小时）',
  startHour: '开始小时',
  endHour: '结束小时（含）',
  minutePast: '分钟',
  hoursEvery: '时间段内每 N 小时',
  hoursAt: '指定小时',
  hoursKind: '小时',
  chosenHours: '一天中的小时',
  timeOfDay: '时间',
  daysOfWeek: '星期',
  daysOfMonth: '每月日期',
  lastDay: '每月最后一天',
  months: '月份',
  weekdayNames: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  weekdayShort: ['日', '一', '二', '三', '四', '五', '六'],
  monthNames: [
    '一月',
    '二月',
    '三月',
    '四月',
    '五月',
    '六月',
    '七月',
    '八月',
    '九月',
    '十月',
    '十一月',
    '十二月',
  ],
  pickOne: '至少选择一项。',
  dayN: (day: number) => `${day} 日`,
  description: '含义',
  cronErrors: '表达式中的问题',
  ambiguousWeekday: '星期有歧义',
  rewriteWithNames: (suggestion: string) => `改写为 ${suggestion}`,
  preview: '接下来的运行',
  previewHelp: '每次运行的最早开始时间：实例在此时间或之后、上游任务成功后才开始运行。',
  timeZone: '调度时区',
  timeZoneHelp: '工作空间所在地域的时区（GetTask 不返回）。Cron、生效开始和结束时间均按此时区解读。',
  runCount: '显示次数',
  columnNumber: '#',
  columnScheduled: (zone: string) => `最早开始（${zone}）`,
  columnLocal: (zone: string) => `本地时间（${zone}）`,
  columnStatus: '运行',
  columnBizdate: '业务日期',
  status: { run: '运行', 'dry-run': '空跑（Skip）', paused: '暂停（Pause）' },
  recurrenceNote: {
    run: '',
    'dry-run': '运行方式为 Skip：以下每次运行都是空跑（直接成功，不执行）。',
    paused: '运行方式为 Pause：以下每次运行都被暂停，其下游任务也会被阻塞。',
  },
  noRuns: '接下来没有运行：调度或生效时间段先结束了。',
  windowNote: (from: string, until: string) => `在生效时间段 ${from} – ${until} 内。`,
  parametersFailed: '调度参数无法解析',
  calendar: '未来几周每天的运行次数',
  calendarDay: (date: string, weekday: string, count: number | null, past: boolean) =>
    past
      ? `${date} ${weekday}：已过去`
      : count === null
        ? `${date} ${weekday}：未统计`
        : `${date} ${weekday}：${count} 次`,
  calendarLimit: (limit: number) => `标记为 … 的日期未统计（该时间段内超过 ${limit} 次运行）。`,
  previewUnavailable: '修正表达式后可查看运行时间。',
};

export const cronCatalogues: Record<Locale, CronMessages> = { en, 'zh-CN': zhCN };

export function useCronMessages(): CronMessages {
  return cronCatalogues[useI18n().locale];
}
