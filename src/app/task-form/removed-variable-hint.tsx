import { useFormContext, useWatch } from 'react-hook-form';
import { removedVariableUses } from '#domain/task/removed-variable-uses';
import type { TaskForm } from '#domain/task/task-form';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * Under the input variables: each variable removed since the task was loaded that the script still reads
 * (`${name}`), and where. A hint, not an error: the script may be about to change too.
 */
export function RemovedVariableHint() {
  const { t } = useI18n();
  const { control, formState } = useFormContext<TaskForm>();
  const [variables, script] = useWatch({ control, name: ['Inputs.Variables', 'Script'] });
  const uses = removedVariableUses(formState.defaultValues?.Inputs?.Variables, variables, script);
  if (uses.length === 0) return null;
  return (
    <ul
      role="note"
      className="flex flex-col gap-1 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
      data-testid="removed-variable-hint"
    >
      {uses.map((use) => (
        <li key={use.name}>{t.removedVariableStillUsed(use.name, use.lines, use.inParameters)}</li>
      ))}
    </ul>
  );
}
