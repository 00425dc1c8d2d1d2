import type { BuilderModel } from './builder-model.ts';
import { WEEKDAY_NAMES, type WeekdayName } from './to-weekday-names.ts';

// Simplified Chinese for the schedules the builder writes, in the words DataWorks' console and Chinese
// calendars use (每天 02:30, 每周一至周五 09:00, 每月最后一天 00:00), instead of cronstrue's literal phrases
// ("在02:30, 星期一至星期五"). describe-cron.ts uses cronstrue for everything else.

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (hour: number, minute: number) => `${pad(hour)}:${pad(minute)}`;

// Monday first, as a Chinese week is read.
const WEEK: readonly WeekdayName[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const DAY_WORD: Record<WeekdayName, string> = {
  MON: '一',
  TUE: '二',
  WED: '三',
  THU: '四',
  FRI: '五',
  SAT: '六',
  SUN: '日',
};

/** 周一至周五, 周六、周日, 周一、周三至周五: three or more days in a row become a range. */
export function weekdaysZh(days: readonly WeekdayName[]): string {
  const chosen = WEEK.map((day) => days.includes(day));
  const parts: string[] = [];
  for (let i = 0; i < WEEK.length;) {
    if (!chosen[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEK.length && chosen[j + 1]) j++;
    const from = `周${DAY_WORD[WEEK[i] ?? 'MON']}`;
    if (j - i >= 2) parts.push(`${from}至周${DAY_WORD[WEEK[j] ?? 'MON']}`);
    else for (let k = i; k <= j; k++) parts.push(`周${DAY_WORD[WEEK[k] ?? 'MON']}`);
    i = j + 1;
  }
  return parts.join('、');
}

function daysOfMonthZh(days: ReadonlyArray<number | 'L'>): string {
  const numbers = [...new Set(days.filter((d): d is number => d !== 'L'))].sort((a, b) => a - b);
  return [...numbers.map((d) => `${d} 日`), ...(days.includes('L') ? ['最后一天'] : [])].join('、');
}

/** A space between a Chinese word and a number that follows it (每月 1 日), none before Chinese (每月最后一天). */
const spaced = (text: string) => (/^\d/.test(text) ? ` ${text}` : text);

/** The builder's model in natural Chinese. */
export function describeScheduleZh(model: BuilderModel): string {
  switch (model.mode) {
    case 'minute': {
      const every = `每 ${model.everyMinutes} 分钟一次`;
      if (model.startHour === 0 && model.endHour === 23) return every;
      return `每天 ${clock(model.startHour, 0)} 至 ${clock(model.endHour, 59)}，${every}`;
    }
    case 'hourly': {
      const { hours, minute } = model;
      if (hours.kind === 'at')
        return `每天 ${[...hours.hours]
          .sort((a, b) => a - b)
          .map((h) => clock(h, minute))
          .join('、')}`;
      const every = hours.everyHours === 1 ? '每小时一次' : `每 ${hours.everyHours} 小时一次`;
      const at = minute === 0 ? '' : `，在第 ${minute} 分钟`;
      if (hours.startHour === 0 && hours.endHour === 23) return `${every}${minute === 0 ? '（整点）' : at}`;
      return `每天 ${clock(hours.startHour, minute)} 至 ${clock(hours.endHour, minute)}，${every}${at}`;
    }
    case 'daily': {
      const limited = model.weekdays && new Set(model.weekdays).size < WEEKDAY_NAMES.length;
      const time = clock(model.hour, model.minute);
      return limited ? `每${weekdaysZh(model.weekdays ?? [])} ${time}` : `每天 ${time}`;
    }
    case 'weekly':
      return `每${weekdaysZh(model.days)} ${clock(model.hour, model.minute)}`;
    case 'monthly':
      return `每月${spaced(daysOfMonthZh(model.days))} ${clock(model.hour, model.minute)}`;
    case 'yearly': {
      const months = [...new Set(model.months)].sort((a, b) => a - b).map((m) => `${m} 月`);
      // 每年 2 月 29 日; with several months, 每年 1 月、7 月的 1 日.
      const days = daysOfMonthZh(model.days);
      const when = months.length > 1 ? `的${spaced(days)}` : spaced(days);
      return `每年 ${months.join('、')}${when} ${clock(model.hour, model.minute)}`;
    }
  }
}
