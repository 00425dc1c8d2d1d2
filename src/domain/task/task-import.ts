import { EDITED_KEYS, PARAMETER_ROWS, rootOf, type EditedKey } from './parameters.ts';
import { TaskSchema, type Task } from './task.ts';
import { toStableJson, toTaskForm, type TaskForm } from './task-form.ts';

// A task JSON (as GetTask returns it, e.g. from Export) laid onto the open task as edits: only what UpdateTask
// carries is taken, through the form's own conversion from a Task (RerunInterval seconds -> milliseconds).

/** The parameters the form edits and UpdateTask carries; everything else in a file is named and left out. */
const EDITED: ReadonlySet<string> = new Set(EDITED_KEYS);
/** GetTask's fields and UpdateTask's parameters the form does not edit (Id, ProjectId, times, users, ...). */
const READ_ONLY: ReadonlySet<string> = new Set(
  [...Object.keys(TaskSchema.shape), ...PARAMETER_ROWS.map(([path]) => rootOf(path))].filter(
    (k) => !EDITED.has(k),
  ),
);

export type ImportError =
  | { rule: 'json'; detail: string }
  | { rule: 'object' }
  | { rule: 'field'; path: string; detail: string }
  | { rule: 'nothing' };

export type TaskImport =
  | {
      ok: true;
      /** The imported values of the sections that differ from the open task, to be set on the form as edits. */
      edits: Partial<TaskForm>;
      /** Those sections; none when the file holds the task's own values. */
      sections: EditedKey[];
      /** Known GetTask fields UpdateTask does not carry: ignored. */
      ignored: string[];
      /** Keys neither GetTask nor UpdateTask knows: ignored. */
      unknown: string[];
    }
  | { ok: false; error: ImportError };

/** Reads a task JSON file's text and maps it onto `loaded` (the open task) as edits to its form. */
export function importTaskJson(text: string, loaded: Task): TaskImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: { rule: 'json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  // An export of GetTask's whole reply ({ Task: {...}, RequestId }) is taken too.
  if (isObject(parsed) && isObject(parsed.Task) && !('Name' in parsed)) parsed = parsed.Task;
  if (!isObject(parsed)) return { ok: false, error: { rule: 'object' } };

  const keys = Object.keys(parsed);
  const sections = EDITED_KEYS.filter((k) => k in parsed);
  const ignored = keys.filter((k) => READ_ONLY.has(k));
  const unknown = keys.filter((k) => !EDITED.has(k) && !READ_ONLY.has(k));
  if (sections.length === 0) return { ok: false, error: { rule: 'nothing' } };

  const picked = Object.fromEntries(sections.map((k) => [k, parsed[k]]));
  const checked = TaskSchema.safeParse({ ...loaded, ...picked });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return {
      ok: false,
      error: { rule: 'field', path: issue.path.map(String).join('.'), detail: issue.message },
    };
  }
  const form = toTaskForm(checked.data);
  const current = toTaskForm(loaded);
  const changed = sections.filter((k) => toStableJson(form[k]) !== toStableJson(current[k]));
  const edits = Object.fromEntries(changed.map((k) => [k, form[k]])) as Partial<TaskForm>;
  return { ok: true, edits, sections: changed, ignored, unknown };
}

/**
 * The values a recorded save gave the task: its request's sections (UpdateTask's shape, which is the form's),
 * without the CycleType derived from the cron, which the form does not hold.
 */
export function savedVersion(request: Readonly<Record<string, unknown>>): Partial<TaskForm> {
  const values: Record<string, unknown> = {};
  for (const key of EDITED_KEYS) {
    if (!(key in request)) continue;
    const value = structuredClone(request[key]);
    if (key === 'Trigger' && isObject(value)) delete value.CycleType;
    values[key] = value;
  }
  return values;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
