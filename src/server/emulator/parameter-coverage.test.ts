import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PARAMETER_ROWS, parameterAt, type AnyParameterSpec } from '#domain/task/parameters';
import { TaskSchema } from '#domain/task/task';
import { countChanges, diffTask, getAt } from '#domain/task/task-diff';
import { toTaskForm, type TaskForm } from '#domain/task/task-form';
import { applyMerge, mergeThreeWay } from '#domain/task/three-way-merge';
import { toUpdateTaskRequest } from '#domain/task/to-update-task-request';
import { isUpdateApplied } from '#domain/task/update-applied';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from '#domain/task/update-task-request';
import { fromFormBody, toWireRequest } from '../dataworks/wire-format.ts';
import { applyUpdate, parseUpdateTaskParameters } from './apply-update.ts';
import { createDemoProject } from './demo-project.ts';

// The acceptance test of the parameter table (issue 14): every leaf of UpdateTaskRequestSchema (every member
// of every object, every field of a list's entries) has a row in parameters.ts, and an edit of it, a valid
// changed value chosen by the leaf's type, shows in the review's diff, is sent in the request, survives the
// three-way merge when only "yours" changed it, crosses the wire and is applied by the emulator, reading back
// through GetTask's shape as the row says. A leaf without a row fails here by name.

interface Leaf {
  /** `Trigger.Cron`, or `Tags.$.Key` for a field of a list's entries. */
  path: string;
  /** The table's row: the leaf itself, or its list (`Tags`). */
  row: string;
  schema: z.ZodType;
}

function unwrapped(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' ? unwrapped(def.innerType!) : schema;
}

function leavesOf(schema: z.ZodType, path = ''): Leaf[] {
  const inner = unwrapped(schema);
  const def = inner._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
  if (def.type === 'object')
    return Object.entries(def.shape!).flatMap(([key, member]) =>
      leavesOf(member, path ? `${path}.${key}` : key),
    );
  if (def.type === 'array') return leavesOf(def.element!, `${path}.$`);
  return [{ path, row: path.split('.$')[0]!, schema: inner }];
}

const LEAVES = leavesOf(UpdateTaskRequestSchema);

// A valid changed value is the first candidate of the leaf's type that differs from the loaded one and leaves
// the form valid. Numbers are whole seconds in milliseconds, so a value GetTask reports in seconds reads back.
const CANDIDATES: Record<string, readonly unknown[]> = {
  // The last, an account ID, is for Owner (digits only).
  string: [
    'edited',
    '${edited}',
    'retail_dw.edited',
    '0.75',
    '2031-01-01 00:00:00',
    '00 30 04 * * ?',
    '207413640512347165',
  ],
  number: [7000, 3, 5],
  pipe: ['700004500000', '700004500037'], // IDs: digits in, digits out
};

function candidatesOf(schema: z.ZodType): readonly unknown[] {
  const type = schema._zod.def.type;
  if (type === 'enum') return (schema as unknown as { options: readonly string[] }).options;
  return CANDIDATES[type] ?? [];
}

function setAt(form: TaskForm, path: string, value: unknown): TaskForm {
  const copy = structuredClone(form) as Record<string, unknown>;
  const parts = path.split('.');
  let node = copy;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
  return copy as TaskForm;
}

interface Edit {
  /** The edited leaf's path, a list row's index in place of `$`. */
  at: string;
  value: unknown;
  edited: TaskForm;
}

/** The form's values as a save submits them: through the schema. */
const submitted = (form: TaskForm) => UpdateTaskRequestSchema.parse(form);

function editOf(leaf: Leaf, base: TaskForm): Edit | undefined {
  const rows = leaf.path.includes('.$')
    ? (getAt(base, leaf.row) as unknown[]).map((_, i) => leaf.path.replace('$', String(i)))
    : [leaf.path];
  for (const at of rows)
    for (const value of candidatesOf(leaf.schema)) {
      if (value === getAt(base, at)) continue;
      const edited = setAt(base, at, value);
      if (UpdateTaskRequestSchema.safeParse(edited).success) return { at, value, edited };
    }
  return undefined;
}

// The base: a demo task with an entry in every list, both kinds of Normal dependency and a ClientUniqueCode
// (which the emulator's store keeps apart from the task, as GetTask never returns it; the form has it here).
const demo = createDemoProject();
const stored = demo.tasks.find(
  (t) =>
    (t.Outputs?.Variables?.length ?? 0) > 0 &&
    t.Dependencies?.some((d) => d.UpstreamOutput) &&
    t.Dependencies.some((d) => d.UpstreamTaskId) &&
    demo.clientUniqueCodes.has(t.Id),
)!;
const base = toTaskForm({ ...stored, ClientUniqueCode: demo.clientUniqueCodes.get(stored.Id) });
const NOW = new Date('2026-12-01T00:00:00Z');

/** The request through the wire and the emulator, and the task read back as GetTask's shape, as a form. */
function throughEmulator(request: UpdateTaskRequest) {
  const received = parseUpdateTaskParameters(fromFormBody(toWireRequest('UpdateTask', request).body));
  const applied = TaskSchema.parse(applyUpdate(stored, received, 'tester', NOW));
  return { received, applied, readBack: toTaskForm(applied) };
}

/** Their concurrent change, to another parameter than the edited one. */
function theirChange(root: string): TaskForm {
  return root === 'Name' ? { ...base, Description: 'their description' } : { ...base, Name: 'their_name' };
}

function expectInDiff(spec: AnyParameterSpec, leaf: Leaf, { at, value, edited }: Edit) {
  const diff = diffTask(base, edited);
  expect(countChanges(diff)).toBeGreaterThan(0);
  const section = diff.sections.find((s) => s.section === spec.section);
  expect(section, `the diff has no ${spec.section} section`).toBeDefined();
  if (!spec.list) {
    expect(section!.fields).toContainEqual(expect.objectContaining({ path: at, after: value }));
    return;
  }
  const field = leaf.path.split('.$.')[1]!;
  const entries = section!.lists.find((l) => l.path === leaf.row)?.entries ?? [];
  const shown = entries.some((e) =>
    e.op === '~'
      ? e.fields.some((f) => f.path.endsWith(`.${field}`) && f.op !== '-' && f.after === value)
      : e.op === '+' && e.after[field] === value,
  );
  expect(shown, `no entry of ${leaf.row} shows ${field} = ${String(value)}`).toBe(true);
}

function expectFormEdit(spec: AnyParameterSpec, leaf: Leaf) {
  const edit = editOf(leaf, base);
  expect(edit, `no valid edit of ${leaf.path} from the demo task`).toBeDefined();
  const { at, value, edited } = edit!;
  const root = leaf.path.split('.')[0]!;

  expectInDiff(spec, leaf, edit!);

  const request = toUpdateTaskRequest(base, submitted(edited))!;
  expect(Object.keys(request).sort()).toEqual(['ClientUniqueCode', 'Id', root].sort());
  expect(getAt(request, at)).toEqual(value);

  const theirs = theirChange(root);
  const outcome = mergeThreeWay(base, theirs, edited);
  expect(outcome.conflicts).toEqual([]);
  expect(outcome.decided).toContainEqual(expect.objectContaining({ section: spec.section, from: 'yours' }));
  const merged = applyMerge(base, theirs, edited);
  expect(getAt(merged, spec.list ? leaf.row : at)).toEqual(getAt(edited, spec.list ? leaf.row : at));
  expect(toUpdateTaskRequest(theirs, submitted(merged))).toMatchObject({
    [root]: request[root as keyof typeof request],
  });

  const { received, applied, readBack } = throughEmulator(request);
  expect(received).toEqual(request);
  if (spec.readBack === 'none') {
    expect(getAt(readBack, at)).toEqual(getAt(base, at));
    expect(isUpdateApplied(stored, request)).toBe(true); // nothing a read-back could confirm
  } else {
    expect(getAt(readBack, at)).toEqual(value);
    expect(isUpdateApplied(applied, request)).toBe(true);
    expect(isUpdateApplied(stored, request)).toBe(false);
  }
}

/** An edit of another parameter, to see what goes along with it. */
const nameEdit = submitted({ ...base, Name: 'renamed_task' });

const CHECKS: Record<AnyParameterSpec['edit'], (spec: AnyParameterSpec, leaf: Leaf) => void> = {
  form: expectFormEdit,
  identity: (_spec, leaf) => {
    expect(diffTask(base, setAt(base, leaf.path, '700004500037')).sections).toEqual([]);
    const request = toUpdateTaskRequest(base, nameEdit)!;
    expect(getAt(request, leaf.path)).toBe(stored.Id);
    expect(throughEmulator(request).readBack.Id).toBe(stored.Id);
  },
  carried: (_spec, leaf) => {
    const changedAlone = setAt(base, leaf.path, 'Task_other');
    expect(diffTask(base, changedAlone).sections).toEqual([]);
    expect(toUpdateTaskRequest(base, submitted(changedAlone))).toBeUndefined();
    const request = toUpdateTaskRequest(base, nameEdit)!;
    expect(getAt(request, leaf.path)).toBe(getAt(base, leaf.path));
    expect(getAt(throughEmulator(request).readBack, leaf.path)).toBeUndefined();
  },
  derived: (spec, leaf) => {
    const hourly = setAt(base, 'Trigger.Cron', '00 00 00-23/2 * * ?');
    const request = toUpdateTaskRequest(base, submitted(hourly))!;
    expect(getAt(request, leaf.path)).toBe('NotDaily');
    expect(diffTask(base, hourly).sections.map((s) => s.section)).toEqual([spec.section]);
    const { received, applied, readBack } = throughEmulator(request);
    expect(received).toEqual(request);
    expect(getAt(readBack, leaf.path)).toBeUndefined();
    expect(isUpdateApplied(applied, request)).toBe(true);
  },
};

describe('every leaf of the UpdateTask request', () => {
  it('is found in the schema: 35 leaves, reaching every row of the table', () => {
    expect(LEAVES).toHaveLength(35);
    expect(new Set(LEAVES.map((l) => l.row))).toEqual(new Set(PARAMETER_ROWS.map(([path]) => path)));
    expect(stored).toBeDefined();
  });

  it.each(LEAVES.map((leaf) => [leaf.path, leaf] as const))(
    '%s has a row, and an edit of it is diffed, sent, merged and applied as the row says',
    (_path, leaf) => {
      const spec = parameterAt(leaf.row);
      expect(spec, `no row for ${leaf.path} in parameters.ts`).toBeDefined();
      CHECKS[spec!.edit](spec!, leaf);
    },
  );
});
