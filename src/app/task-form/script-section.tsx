import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { CodeTextarea } from '../components/ui/code-textarea.tsx';
import { Field } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { errorAt } from './form-values.ts';
import { Suspense } from 'react';
import { lazyComponent } from '../components/lazy-component.ts';
import { WhenNearViewport } from '../components/when-near-viewport.tsx';

// The parameters table parses and writes back the exact text: its code loads just after the first paint.
const ScriptParametersEditor = lazyComponent(() =>
  import('./script-parameters-editor.tsx').then((m) => m.ScriptParametersEditor),
);

const SCRIPT_PARAMETERS_HEIGHT = 120;

export function ScriptSection() {
  const { t } = useI18n();
  const { register, control } = useFormContext<TaskForm>();
  const { errors } = useFormState({ control });
  const content = useWatch({ control, name: 'Script.Content' }) ?? '';
  return (
    <>
      <WhenNearViewport
        estimatedHeight={SCRIPT_PARAMETERS_HEIGHT}
        preload={ScriptParametersEditor.preload}
        label={t.deferredScriptParameters}
      >
        <Suspense fallback={null}>
          <ScriptParametersEditor />
        </Suspense>
      </WhenNearViewport>
      <p
        role="note"
        className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
      >
        {t.scriptContentDeprecated}
      </p>
      <Field
        label={t.fieldScriptContent}
        help={t.fieldScriptContentHelp}
        error={errorAt(errors, 'Script.Content')}
      >
        {(props) => (
          <CodeTextarea
            {...props}
            {...register('Script.Content')}
            lineCount={content.split('\n').length}
            rows={8}
          />
        )}
      </Field>
    </>
  );
}
