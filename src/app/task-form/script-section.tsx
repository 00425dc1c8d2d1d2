import { Suspense } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { FormField } from '../components/form/form-field.tsx';
import { lazyComponent } from '../components/lazy-component.ts';
import { CodeTextarea } from '../components/ui/code-textarea.tsx';
import { WhenNearViewport } from '../components/when-near-viewport.tsx';
import { useI18n } from '../i18n/i18n.tsx';

// The parameters table parses and writes back the exact text: its code loads just after the first paint.
const ScriptParametersEditor = lazyComponent(() =>
  import('./script-parameters-editor.tsx').then((m) => m.ScriptParametersEditor),
);

const SCRIPT_PARAMETERS_HEIGHT = 120;

export function ScriptSection() {
  const { t } = useI18n();
  const { control } = useFormContext<TaskForm>();
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
      <FormField name="Script.Content" label={t.fieldScriptContent} help={t.fieldScriptContentHelp}>
        {(control) => <CodeTextarea {...control} lineCount={content.split('\n').length} rows={8} />}
      </FormField>
    </>
  );
}
