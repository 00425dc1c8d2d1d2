import './configure-zod.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureSchedule, readScheduleSettings } from '#domain/cron/dataworks-schedule';
import { getHealth } from './api/api-client.ts';
import { requestTaskEarly } from './api/early-task-request.ts';
import { healthQueries } from './api/health-queries.ts';
import { App, preloadPage } from './app.tsx';
import { catalogues } from './catalogue.ts';
import { detectLocale, I18nProvider } from './i18n/i18n.tsx';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

requestTaskEarly(location.pathname);
const locale = detectLocale();
// The deployment's schedule settings (weekday numbering, scheduling zone) come from the server, read once
// before anything validates or previews a cron; the reply also serves the header's health query. Without
// a reply the defaults hold, and the proxy still checks every request with its own settings.
const settingsRead = getHealth().then(
  (health) => {
    configureSchedule(readScheduleSettings(health.schedule));
    queryClient.setQueryData(healthQueries.health().queryKey, health);
  },
  () => undefined,
);
// The first render waits for the page's code (already on its way: the server preloads it), so no spinner
// flashes in between, for the reader's language and for the schedule settings; a page that fails to load
// is reported by its Suspense boundary.
void Promise.all([
  preloadPage(location.pathname).catch(() => undefined),
  catalogues.load(locale),
  settingsRead,
]).then(render, (error: unknown) => {
  document.body.textContent = `The app could not load (${String(error)}). Reload the page to try again.`;
});

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider initialLocale={locale} catalogues={catalogues}>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
