import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  findDependencyIssues,
  keyOf,
  toDependencyValues,
  upstreamPath,
} from '#domain/task/dependency-guards';
import type { TaskForm } from '#domain/task/task-form';
import { type UpdateTaskRequest } from '#domain/task/update-task-request';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { healthQueries } from '../api/health-queries.ts';
import { useDependencyMessages, type DependencyMessages } from './dependency-messages.ts';

/** The dependency guards' errors, at the paths of the rows they concern. */
export async function checkDependencies(
  client: QueryClient,
  values: TaskForm,
  base: TaskForm,
  m: DependencyMessages,
): Promise<{ path: string; message: string }[]> {
  const dependencies = toDependencyValues(values.Dependencies);
  if (dependencies.length === 0) return [];
  const taskId = String(values.Id);
  const saved = new Set(toDependencyValues(base.Dependencies).map(keyOf));
  const fresh = dependencies
    .map((dep, index) => ({ dep, index }))
    .filter(({ dep }) => dep.Type === 'Normal' && !saved.has(keyOf(dep)));
  const owners = new Map<string, string>();
  let closure;
  try {
    if (fresh.length > 0) {
      const { projectId } = await client.fetchQuery(healthQueries.health());
      const outputs = [
        ...new Set(fresh.flatMap(({ dep }) => (dep.UpstreamOutput ? [dep.UpstreamOutput] : []))),
      ];
      const found = await Promise.all(
        outputs.map((o) => client.fetchQuery(dependencyQueries.outputOwner(projectId, o, taskId))),
      );
      outputs.forEach((o, i) => found[i] && owners.set(o, found[i]));
      closure = await client.fetchQuery(dependencyQueries.closure({ id: taskId, name: base.Name ?? taskId }));
    }
  } catch {
    const first = fresh[0]!;
    return [{ path: upstreamPath(first.dep, first.index), message: m.guardFailed }];
  }
  return findDependencyIssues({
    taskId,
    ownOutputs: (values.Outputs?.TaskOutputs ?? []).map((o) => o.Output ?? ''),
    dependencies,
    baseDependencies: toDependencyValues(base.Dependencies),
    ownerOfOutput: (o) => owners.get(o),
    closure,
  }).map((issue) => ({
    path: issue.path,
    message:
      issue.kind === 'self'
        ? m.self
        : issue.kind === 'duplicate'
          ? m.duplicate(issue.firstRow)
          : m.cycle(issue.cycle.map((t) => t.name).join(' → ')),
  }));
}

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
      checkDependencies(client, values, base, m),
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
