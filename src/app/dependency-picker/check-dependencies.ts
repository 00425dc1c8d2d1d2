import type { QueryClient } from '@tanstack/react-query';
import {
  findDependencyIssues,
  keyOf,
  toDependencyValues,
  upstreamPath,
} from '#domain/task/dependency-guards';
import type { TaskForm } from '#domain/task/task-form';
import { dependencyQueries } from '../api/dependency-queries.ts';
import type { DependencyMessages } from './dependency-messages.ts';

/** The dependency guards' errors, at the paths of the rows they concern. */
export async function checkDependencies(
  client: QueryClient,
  projectId: string,
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
