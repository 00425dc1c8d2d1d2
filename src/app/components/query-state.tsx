import { Button } from './ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api/api-client.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="py-8 text-center text-slate-600 dark:text-slate-400">
      {t.loading}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  const code = error instanceof ApiError ? ` (${error.code})` : '';
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">
        {t.loadFailed}
        {code}
      </p>
      <p className="mt-1 text-sm">{error.message}</p>
      <Button className="mt-3" onClick={onRetry}>
        {t.retry}
      </Button>
    </div>
  );
}
