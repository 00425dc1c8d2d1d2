import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { healthQueries } from './api/health-queries.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { AccessTokenDialog } from './components/access-token-dialog.tsx';
import { Loading } from './components/query-state.tsx';
import { Button } from './components/ui/button.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { lazyComponent } from './components/lazy-component.ts';
import { CurrentWorkspaceProvider } from './workspace/current-workspace.tsx';
import { ToDefaultWorkspace, WorkspaceGate } from './workspace/workspace-gate.tsx';
import { splitWorkspacePath, workspaceBase } from './workspace/workspace-paths.ts';
import { WorkspaceSwitcher } from './workspace/workspace-switcher.tsx';

// Each page is its own chunk: the first load fetches only what the first screen shows.
const TaskListPage = lazyComponent(() => import('./pages/task-list-page.tsx').then((m) => m.TaskListPage));
const TaskPage = lazyComponent(() => import('./pages/task-page.tsx').then((m) => m.TaskPage));
const BatchEditorPage = lazyComponent(() =>
  import('./pages/batch-editor-page.tsx').then((m) => m.BatchEditorPage),
);
const BatchPage = lazyComponent(() => import('./batch/batch-page.tsx').then((m) => m.BatchPage));
const BatchesPage = lazyComponent(() => import('./batch/batches-page.tsx').then((m) => m.BatchesPage));

/** Loads the page an address shows: awaited before the first render, so no spinner flashes in between. */
export function preloadPage(pathname: string): Promise<unknown> {
  const { rest } = splitWorkspacePath(pathname);
  if (rest === '/') return TaskListPage.preload();
  if (rest.startsWith('/tasks/')) return TaskPage.preload();
  return Promise.resolve();
}

function Header() {
  const { t, locale, setLocale } = useI18n();
  const health = useQuery(healthQueries.health());
  const [pathname] = useLocation();
  const current = splitWorkspacePath(pathname).projectId ?? health.data?.projectId;
  return (
    <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href={current ? `~${workspaceBase(current)}` : '~/'}
          className="text-lg font-semibold text-orange-800 dark:text-orange-300"
        >
          {t.appTitle}
        </Link>
        {health.data && (
          <span className="rounded bg-slate-200 px-2 py-0.5 text-xs dark:bg-slate-700" data-testid="target">
            {health.data.target === 'emulator' ? t.targetEmulator : t.targetAliyun}
          </span>
        )}
        {current && <WorkspaceSwitcher current={current} />}
        <div className="ml-auto flex items-center gap-2">
          <label htmlFor="locale" className="text-sm">
            {t.language}
          </label>
          <select
            id="locale"
            value={locale}
            onChange={(e) => setLocale(e.target.value as typeof locale)}
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </div>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useI18n();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t.skipToContent}
      </a>
      <Header />
      <AccessTokenDialog />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <ErrorBoundary
          fallback={(error) => (
            <div role="alert">
              <p className="font-medium">{t.errorBoundary}</p>
              <p className="text-sm">{error.message}</p>
              <Button className="mt-2" onClick={() => location.reload()}>
                {t.reload}
              </Button>
            </div>
          )}
        >
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/projects/:projectId" nest>
                {(params) => (
                  <CurrentWorkspaceProvider projectId={params.projectId}>
                    <WorkspaceGate projectId={params.projectId}>
                      <Switch>
                        <Route path="/" component={TaskListPage} />
                        <Route path="/tasks/:id">
                          {(params) => <TaskPage key={params.id} id={params.id} />}
                        </Route>
                        <Route path="/batch" component={BatchEditorPage} />
                        <Route path="/batches" component={BatchesPage} />
                        <Route path="/batches/:batchId">
                          {(params) => <BatchPage key={params.batchId} id={params.batchId} />}
                        </Route>
                        <Route>
                          <p>404</p>
                        </Route>
                      </Switch>
                    </WorkspaceGate>
                  </CurrentWorkspaceProvider>
                )}
              </Route>
              {/* The single-workspace editor's addresses open in the default workspace. */}
              <Route path="/" component={ToDefaultWorkspace} />
              <Route path="/tasks/:id" component={ToDefaultWorkspace} />
              <Route>
                <p>404</p>
              </Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
