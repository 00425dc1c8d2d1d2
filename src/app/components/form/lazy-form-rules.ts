import type { FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { loadOnce } from '../../load-once.ts';

/**
 * The form's rules. The page opens without them: they load when the reader first moves into the form, and the
 * first check waits for them if it comes sooner.
 */
export const loadFormRules = loadOnce(() => import('./form-rules.ts'));

/**
 * The first path segment (the UpdateTask parameter) of the one field react-hook-form is checking, as it does on
 * each change; undefined when it checks several or all fields (submit, trigger()).
 */
export function singleSectionOf(options: Pick<ResolverOptions<FieldValues>, 'names'>): string | undefined {
  const names = options.names;
  return names?.length === 1 ? names[0]!.split('.')[0] : undefined;
}

/**
 * The form's resolver, its rules loaded on first use. Should they fail to load (offline, a new deployment), the
 * checked field carries `unavailable` as its error: the form cannot be reviewed unchecked.
 */
export function lazyFormResolver(unavailable: () => string): Resolver<TaskForm, unknown, UpdateTaskRequest> {
  let resolver: Resolver<TaskForm, unknown, UpdateTaskRequest> | undefined;
  return async (values, context, options) => {
    try {
      resolver ??= (await loadFormRules()).sectionScopedResolver();
    } catch {
      const field = options.names?.[0] ?? 'Name';
      return { values: {}, errors: { [field]: { type: 'unavailable', message: unavailable() } } };
    }
    return resolver(values, context, options);
  };
}
