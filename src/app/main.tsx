import './configure-zod.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestTaskEarly } from './api/early-task-request.ts';
import { App, preloadPage } from './app.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

requestTaskEarly(location.pathname);
// The first render waits for the page's code (already on its way: the server preloads it), so no spinner
// flashes in between; a page that fails to load is reported by its Suspense boundary.
void preloadPage(location.pathname)
  .catch(() => undefined)
  .then(render);

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
