import { describeCron } from '#domain/cron/describe-cron';
import { useI18n } from '../i18n/i18n.tsx';

/** A cron expression in words, in the reader's language, with the expression itself beside it. */
export function ScheduleText({ cron, triggerType }: { cron?: string; triggerType?: string }) {
  const { t, locale } = useI18n();
  if (triggerType === 'Manual') return <span>{t.manual}</span>;
  if (!cron) return <span>—</span>;
  // Numeric weekdays are read as Spring's, the deployment's setting (DESIGN.md "The cron dialect").
  const described = describeCron(cron, { locale: locale === 'zh-CN' ? 'zh_CN' : 'en', weekdays: 'spring' });
  return (
    <span>
      {described.ok ? described.text : cron}
      <code className="ml-2 text-xs text-slate-600 dark:text-slate-400">{cron}</code>
    </span>
  );
}
