import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { useDependencyMessages } from './dependency-messages.ts';

/**
 * Wraps the form's resolver so the dependency guards (self, duplicate, same-cycle loop) count as errors:
 * they show on their rows and block "Review changes" like any validation error.
 */
export function useDependencyGuardResolver(
  resolver: Resolver<TaskForm, unknown, UpdateTaskRequest>,
  base: TaskForm,
): Resolver<TaskForm, unknown, UpdateTaskRequest> {
  const client = useQueryClient();
  const m = useDependencyMessages();
  const latest = useRef({ resolver, base, m });
  latest.current = { resolver, base, m };
  const stable = useRef<Resolver<TaskForm, unknown, UpdateTaskRequest>>(async (values, context, options) => {
    const { resolver, base, m } = latest.current;
    const [result, issues] = await Promise.all([
      resolver(values, context, options),
      // The guards load with the first validation, not with the page.
      import('./check-dependencies.ts').then(
        ({ checkDependencies }) => checkDependencies(client, values, base, m),
        // The checks' code could not load (offline, a new deployment): block, and say so, rather than skip them.
        () => [{ path: 'Dependencies', message: m.guardFailed }],
      ),
    ]);
    const errors = result.errors as FieldErrors<TaskForm>;
    let added = false;
    for (const issue of issues) {
      if (get(errors, issue.path)) continue;
      set(errors, issue.path, { type: 'dependency', message: issue.message });
      added = true;
    }
    return added ? { values: {}, errors } : result;
  });
  return stable.current;
}
