import { Suspense, useState } from 'react';
import { lazyComponent } from '../components/lazy-component.ts';
import { Loading } from '../components/query-state.tsx';
import { Button } from '../components/ui/button.tsx';
import type { TaskForm } from '#domain/task/task-form';
import { useHistoryMessages } from './history-messages.ts';

// The lists and their diffs load when the panel is first opened: the page itself never needs them.
const HistoryContent = lazyComponent(() => import('./history-content.tsx').then((m) => m.HistoryContent));

/** The proxy's saves of this task beside DataWorks' own operation logs; loaded when opened. */
export function HistoryPanel({
  id,
  onRestore,
}: {
  id: string;
  onRestore: (values: Partial<TaskForm>) => void;
}) {
  const m = useHistoryMessages();
  const [open, setOpen] = useState(false);
  return (
    <section
      aria-labelledby="history-heading"
      className="rounded-lg border border-slate-300 p-3 dark:border-slate-700"
    >
      <h2 id="history-heading" className="text-lg font-semibold">
        <Button
          variant="ghost"
          aria-expanded={open}
          aria-controls="history-content"
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'} {m.historyTitle}
        </Button>
      </h2>
      <div id="history-content" hidden={!open}>
        {open && (
          <Suspense fallback={<Loading />}>
            <HistoryContent id={id} onRestore={onRestore} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
