import { get, type FieldErrors } from 'react-hook-form';
import { SECTION_IDS, SECTION_PATHS, type SectionId } from '#domain/task/parameters';
import type { TaskForm } from '#domain/task/task-form';

export type { SectionId } from '#domain/task/parameters';

/**
 * The form's sections in page order, each with the request paths whose errors it shows (both from the parameter
 * table, parameters.ts); a section's title is `t.section[id]`.
 */
export const TASK_SECTIONS = SECTION_IDS.map((id) => ({ id, paths: SECTION_PATHS[id] }));

/** The sections holding at least one invalid field. */
export function sectionsWithErrors(errors: FieldErrors<TaskForm>): Set<SectionId> {
  return new Set(
    TASK_SECTIONS.filter((s) => s.paths.some((p) => get(errors, p) !== undefined)).map((s) => s.id),
  );
}

/** The sections showing the given request paths (e.g. `Dependencies.0.UpstreamTaskId`). */
export function sectionsOfPaths(paths: readonly string[]): SectionId[] {
  return TASK_SECTIONS.filter((s) =>
    paths.some((path) => s.paths.some((p: string) => path === p || path.startsWith(`${p}.`))),
  ).map((s) => s.id);
}

/** The paths of every invalid field, in the order the form shows them (react-hook-form nests errors). */
export function errorPaths(errors: FieldErrors<TaskForm>): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    if ('message' in node && 'type' in node && path) paths.push(path);
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'ref' && key !== 'message' && key !== 'type' && key !== 'types')
        walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  const order = (path: string) => TASK_SECTIONS.findIndex((s) => sectionsOfPaths([path]).includes(s.id));
  return paths.sort((a, b) => order(a) - order(b));
}
