import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { loadOnce } from '../load-once.ts';
import { singleSectionOf } from '../components/form/lazy-form-rules.ts';
import { useProjectId } from '../workspace/current-workspace.tsx';
import { useDependencyMessages } from './dependency-messages.ts';

// What the guards read: the rows themselves, and the task's own outputs (a dependency on one is a loop).
const GUARDED_SECTIONS = new Set(['Dependencies', 'Outputs']);

// Imported with the first check of a dependency, once for the page's life (2.6 ms a keystroke when it was not:
// see loadOnce).
const loadGuards = loadOnce(() => import('./check-dependencies.ts'));

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
  const projectId = useProjectId();
  const latest = useRef({ resolver, base, m, projectId });
  latest.current = { resolver, base, m, projectId };
  const stable = useRef<Resolver<TaskForm, unknown, UpdateTaskRequest>>(async (values, context, options) => {
    const { resolver, base, m, projectId } = latest.current;
    // A change elsewhere (Description, a variable) cannot make or mend a dependency error.
    const section = singleSectionOf(options);
    if (section && !GUARDED_SECTIONS.has(section)) return resolver(values, context, options);
    const [result, issues] = await Promise.all([
      resolver(values, context, options),
      // The guards load with the first validation, not with the page.
      loadGuards().then(
        ({ checkDependencies }) => checkDependencies(client, projectId, values, base, m),
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
