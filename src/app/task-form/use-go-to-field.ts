import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import type { Path, UseFormReturn } from 'react-hook-form';
import type { ValidationIssue } from '#domain/task/dataworks-actions';
import type { TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { sectionsOfPaths, type SectionId } from './task-sections.ts';

/**
 * Takes the reader to fields anywhere in the form: every deferred part mounted, their sections opened, the
 * first field focused; issues given are marked on their fields (a refusal by DataWorks).
 */
export function useGoToField({
  form,
  mountEverything,
  expand,
}: {
  form: UseFormReturn<TaskForm, unknown, UpdateTaskRequest>;
  mountEverything: () => Promise<void>;
  expand: (ids: Iterable<SectionId>) => void;
}) {
  return useCallback(
    async (paths: readonly string[], issues: readonly ValidationIssue[] = []) => {
      await mountEverything();
      flushSync(() => expand(sectionsOfPaths([...paths, ...issues.map((i) => i.path)])));
      issues.forEach((issue, index) =>
        form.setError(
          issue.path as Path<TaskForm>,
          { type: 'server', message: issue.message },
          { shouldFocus: index === 0 },
        ),
      );
      if (issues.length === 0 && paths[0]) form.setFocus(paths[0] as Path<TaskForm>);
    },
    [form, mountEverything, expand],
  );
}
