import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { fromBuilderModel, type BuilderModel } from '#domain/cron/builder-model';
import type { TaskForm } from '#domain/task/task-form';
import {
  readBuilderModel,
  showInMode,
  toBuilderView,
  toExpressionInMode,
  type BuilderMode,
  type EditorMode,
} from './builder-modes.ts';
import { useCronMessages } from './cron-messages.ts';
import { ModeEditor } from './mode-editor.tsx';
import { ModePicker } from './mode-picker.tsx';

/**
 * DataWorks' cycle modes over Trigger.Cron. The expression in the form is the only state: the builder
 * reads it on every render and writes it on every change, so no mode switch can lose or reset it.
 */
export function CronBuilder() {
  const m = useCronMessages();
  const { control, setValue } = useFormContext<TaskForm>();
  const cron = useWatch({ control, name: 'Trigger.Cron' });
  const [chosen, setChosen] = useState<EditorMode>(() => readBuilderModel(cron).mode);
  const [pending, setPending] = useState<BuilderMode | null>(null);
  const [notice, setNotice] = useState('');
  const view = toBuilderView(chosen, cron);
  // The expression was typed into another mode's shape: follow it (adjusting state while rendering).
  if (view.mode !== 'raw' && view.mode !== chosen) setChosen(view.mode);

  const write = (model: BuilderModel) => {
    setChosen(model.mode);
    setPending(null);
    setNotice('');
    setValue('Trigger.Cron', fromBuilderModel(model), { shouldDirty: true, shouldValidate: true });
  };

  const pick = (mode: EditorMode) => {
    if (mode === 'raw') {
      setChosen('raw');
      setPending(null);
      setNotice('');
      return;
    }
    const read = readBuilderModel(cron);
    if (read.mode === 'raw') {
      if (read.reason !== '' && pending !== mode) {
        // Never a silent reset: replacing what the builder cannot show takes a second, deliberate pick.
        setPending(mode);
        setNotice(m.keptAsText(read.reason, m.mode[mode]));
        return;
      }
    } else if (showInMode(read, mode)) {
      setChosen(mode);
      setPending(null);
      setNotice('');
      return;
    }
    const expression = toExpressionInMode(mode, cron);
    setChosen(mode);
    setPending(null);
    setNotice('');
    setValue('Trigger.Cron', expression, { shouldDirty: true, shouldValidate: true });
  };

  return (
    <div
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700"
      data-testid="cron-builder"
    >
      <ModePicker mode={view.mode} onChange={pick} />
      <div aria-live="polite" className="text-sm">
        {notice && <p className="text-amber-800 dark:text-amber-300">{notice}</p>}
      </div>
      {view.mode === 'raw' ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {view.reason ? m.rawForced(view.reason) : view.chosen ? m.rawChosenHelp : m.rawEmpty}
        </p>
      ) : (
        <ModeEditor model={view.model} onChange={write} />
      )}
    </div>
  );
}
