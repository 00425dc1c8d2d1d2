import { Suspense } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { lazyComponent } from './lazy-component.ts';

// The words arrive a moment after the expression: the first paint does not wait for cronstrue.
const ScheduleWords = lazyComponent(() => import('./schedule-words.tsx').then((m) => m.ScheduleWords));

/** A cron expression in words, in the reader's language, with the expression itself beside it. */
export function ScheduleText({ cron, triggerType }: { cron?: string; triggerType?: string }) {
  const { t } = useI18n();
  if (triggerType === 'Manual') return <span>{t.manual}</span>;
  if (!cron) return <span>—</span>;
  return (
    <span>
      <Suspense fallback={null}>
        <ScheduleWords cron={cron} />
      </Suspense>
      <code className="ml-2 text-xs text-slate-600 dark:text-slate-400">{cron}</code>
    </span>
  );
}
