import cronstrue from 'cronstrue/i18n';
import { useI18n } from '../i18n/i18n.tsx';

/** A cron expression in words, in the reader's language, with the expression itself beside it. */
export function ScheduleText({ cron, triggerType }: { cron?: string; triggerType?: string }) {
  const { t, locale } = useI18n();
  if (triggerType === 'Manual') return <span>{t.manual}</span>;
  if (!cron) return <span>—</span>;
  let words: string;
  try {
    words = cronstrue.toString(cron, {
      locale: locale === 'zh-CN' ? 'zh_CN' : 'en',
      use24HourTimeFormat: true,
      dayOfWeekStartIndexZero: true,
    });
  } catch {
    words = cron;
  }
  return (
    <span>
      {words}
      <code className="ml-2 text-xs text-slate-600 dark:text-slate-400">{cron}</code>
    </span>
  );
}
