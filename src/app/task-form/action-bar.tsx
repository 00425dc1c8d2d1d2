import { CircleAlert, CircleCheck, Redo2, Undo2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { diffTaskForm, type TaskForm } from '#domain/task/task-form';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useReviewMessages } from '../review/review-messages.ts';
import { errorPaths } from './task-sections.ts';

/** Counting changed fields walks the whole form: done once typing pauses, not on every key. */
const COUNT_DELAY_MS = 250;

function useChangedFieldCount(base: TaskForm): number {
  const form = useFormContext<TaskForm>();
  const [count, setCount] = useState(() => diffTaskForm(base, form.getValues()).length);
  const latestBase = useRef(base);
  latestBase.current = base;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => setCount(diffTaskForm(latestBase.current, form.getValues()).length);
    recount();
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(recount, COUNT_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [form, base]);
  return count;
}

export interface LastSave {
  at: number;
  requestId?: string;
}

/**
 * Always in view at the foot of the editor: how many fields changed, how many errors (with a jump to the
 * first), Review, Discard, Undo, Redo, and the save state. A disabled control says why.
 */
export function ActionBar({
  base,
  lastSave,
  serverNewer,
  canUndo,
  canRedo,
  onReview,
  onDiscard,
  onUndo,
  onRedo,
  onGoToError,
  formatTime,
}: {
  base: TaskForm;
  lastSave: LastSave | undefined;
  /** Someone changed the task in DataWorks while these edits were open. */
  serverNewer: { who: string; at: number } | undefined;
  canUndo: boolean;
  canRedo: boolean;
  onReview: () => void;
  onDiscard: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onGoToError: (path: string) => void;
  formatTime: (ms: number | undefined) => string;
}) {
  const { t } = useI18n();
  const m = useReviewMessages();
  const id = useId();
  const changed = useChangedFieldCount(base);
  const { errors } = useFormState<TaskForm>();
  const invalid = errorPaths(errors);

  return (
    <div
      role="region"
      aria-label={m.bar.label}
      className="sticky bottom-0 z-10 -mx-2 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-200 bg-white/95 px-2 py-2 text-sm shadow-[0_-2px_6px_rgba(0,0,0,0.06)] backdrop-blur dark:border-slate-700 dark:bg-slate-950/95"
    >
      <Button variant="primary" onClick={onReview} aria-keyshortcuts="Control+S Meta+S">
        {t.review}
      </Button>
      <Button
        onClick={onDiscard}
        disabled={changed === 0}
        title={changed === 0 ? m.bar.nothingToDiscard : undefined}
        aria-describedby={`${id}-state`}
      >
        {t.discard}
      </Button>
      {[
        {
          label: m.undo,
          Icon: Undo2,
          run: onUndo,
          can: canUndo,
          none: m.bar.nothingToUndo,
          keys: 'Control+Z',
        },
        {
          label: m.redo,
          Icon: Redo2,
          run: onRedo,
          can: canRedo,
          none: m.bar.nothingToRedo,
          keys: 'Control+Shift+Z Control+Y',
        },
      ].map(({ label, Icon, run, can, none, keys }) => (
        <Button
          key={label}
          variant="ghost"
          onClick={run}
          disabled={!can}
          title={can ? undefined : none}
          aria-keyshortcuts={keys}
        >
          <Icon aria-hidden="true" className="size-4" />
          {label}
        </Button>
      ))}
      <p id={`${id}-state`} role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span
          data-testid="changed-fields"
          className={changed > 0 ? 'font-medium text-amber-800 dark:text-amber-300' : ''}
        >
          {m.bar.changedFields(changed)}
          {changed > 0 && <span className="text-slate-600 dark:text-slate-400"> · {m.bar.draftKept}</span>}
        </span>
        {changed === 0 && lastSave && (
          <span
            className="flex items-center gap-1 text-green-800 dark:text-green-300"
            data-testid="last-save"
          >
            <CircleCheck aria-hidden="true" className="size-4" />
            {m.bar.savedAt(formatTime(lastSave.at), lastSave.requestId)}
          </span>
        )}
      </p>
      {invalid.length > 0 && (
        <p className="flex items-center gap-1 text-red-700 dark:text-red-400">
          <CircleAlert aria-hidden="true" className="size-4" />
          {m.bar.errors(invalid.length)} ·{' '}
          <button
            type="button"
            className="rounded underline focus-visible:outline-2 focus-visible:outline-orange-600"
            onClick={() => onGoToError(invalid[0]!)}
          >
            {m.bar.goToFirstError}
          </button>
        </p>
      )}
      {serverNewer && (
        <p className="basis-full text-xs text-sky-800 dark:text-sky-300">
          {m.bar.serverNewer(serverNewer.who, formatTime(serverNewer.at))}
        </p>
      )}
      <span className="hidden text-xs text-slate-600 lg:inline dark:text-slate-400">{m.shortcuts}</span>
    </div>
  );
}
