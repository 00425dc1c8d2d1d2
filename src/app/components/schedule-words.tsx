import { describeCron } from '#domain/cron/describe-cron';
import { useI18n } from '../i18n/i18n.tsx';

/** The sentence for a cron expression, in the reader's language (its own chunk: cronstrue is not small). */
export function ScheduleWords({ cron }: { cron: string }) {
  const { locale } = useI18n();
  // Numeric weekdays are read by the deployment's setting (describeCron's default, dataworks-schedule.ts).
  const described = describeCron(cron, { locale: locale === 'zh-CN' ? 'zh_CN' : 'en' });
  return <>{described.ok ? described.text : cron}</>;
}
