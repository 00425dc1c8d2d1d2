import cronstrue from 'cronstrue';
import { toBuilderModel } from './builder-model.ts';
import { scheduleSettings } from './dataworks-schedule.ts';
import { describeScheduleZh } from './describe-schedule-zh.ts';
import { parseCron, type WeekdayNumbering } from './parse-cron.ts';
import { toWeekdayNames } from './to-weekday-names.ts';

export type CronLocale = 'en' | 'zh_CN';

export interface DescribeCronOptions {
  locale: CronLocale;
  /** The deployment's setting (dataworks-schedule.ts) unless given. */
  weekdays?: WeekdayNumbering;
}

export type DescribeCronResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * A sentence describing the schedule in English or Simplified Chinese: via cronstrue, except the Chinese of
 * the shapes the builder writes (describe-schedule-zh.ts). Numeric weekdays
 * are turned into names first, because cronstrue has its own numbering; zero-padding and a zero seconds
 * field are dropped so the sentence reads "At 02:30" rather than "At 00 seconds past the minute".
 * Chinese sentences need `cron-words-zh-cn.ts` loaded first (the app's Chinese catalogue loads it), so an
 * English reader never downloads them.
 */
export function describeCron(expression: string, options: DescribeCronOptions): DescribeCronResult {
  const weekdays = options.weekdays ?? scheduleSettings().weekdays;
  const parsed = parseCron(expression, { weekdays });
  if (!parsed.ok) return { ok: false, error: parsed.issues.map((issue) => issue.message).join('; ') };
  if (options.locale === 'zh_CN') {
    // The shapes the builder writes read as a Chinese speaker says them; cronstrue only beyond them.
    const model = toBuilderModel(expression, { weekdays });
    if (model.mode !== 'raw') return { ok: true, text: describeScheduleZh(model) };
  }
  const named = toWeekdayNames(expression, weekdays).expression;
  const fields = named
    .trim()
    .split(/[ \t]+/)
    .map(unpad);
  // DataWorks spells "every hour of the day" as 00-23 or 00-23/N; cronstrue would add "between 00:00 and 23:59".
  const hour = fields[2];
  if (hour !== undefined) fields[2] = hour.replace(/^0-23(\/1)?$/, '*').replace(/^0-23\//, '*/');
  // cronstrue reads five fields as minute-first; a seconds field of 0 adds nothing to the sentence.
  const readable = fields[0] === '0' && fields.length === 6 ? fields.slice(1) : fields;
  try {
    const text = cronstrue.toString(readable.join(' '), {
      locale: options.locale,
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
    });
    // cronstrue's Chinese joins its phrases with a half-width comma: Chinese text takes the full-width one.
    return { ok: true, text: options.locale === 'zh_CN' ? text.replace(/, ?/g, '，') : text };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function unpad(field: string): string {
  return field.replace(/(^|[^\d])0+(\d)/g, '$1$2');
}
