import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  DIFF_UNITS,
  EDITED_KEYS,
  INTEGER_PARAMETERS,
  JSON_PARAMETERS,
  KEY_FIELD,
  LIST_KEYS,
  PARAMETER_ROWS,
  rootOf,
  SECTION_IDS,
  SECTION_PATHS,
  UNCONFIRMABLE,
} from './parameters.ts';
import { UpdateTaskRequestSchema } from './update-task-request.ts';

// The table's derived lists against independent sources: the zod schema, and BatchUpdateTasks' reference.

function unwrapped(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' ? unwrapped(def.innerType!) : schema;
}
const kindOf = (schema: z.ZodType) => unwrapped(schema)._zod.def.type;

const shape = UpdateTaskRequestSchema.shape as Record<string, z.ZodType>;

function schemaAt(path: string): z.ZodType {
  const [root, member] = path.split('.');
  if (!member) return shape[root!]!;
  const def = unwrapped(shape[root!]!)._zod.def as unknown as { shape: Record<string, z.ZodType> };
  return def.shape[member]!;
}

describe('the parameter table', () => {
  it('has a row for every top-level key, and nested rows only under objects', () => {
    const roots = new Set(PARAMETER_ROWS.map(([path]) => rootOf(path)));
    expect([...roots].sort()).toEqual(Object.keys(shape).sort());
    for (const [path] of PARAMETER_ROWS)
      if (path.includes('.')) expect(kindOf(shape[rootOf(path)]!), path).toBe('object');
  });

  it('sends objects and lists as JSON text and numbers as integers, as the schema types them', () => {
    const ofKind = (...kinds: string[]) =>
      Object.keys(shape).filter((k) => kinds.includes(kindOf(shape[k]!)));
    expect([...JSON_PARAMETERS].sort()).toEqual(ofKind('object', 'array').sort());
    expect([...INTEGER_PARAMETERS].sort()).toEqual(ofKind('number').sort());
    for (const [path, spec] of PARAMETER_ROWS) {
      const root = rootOf(path);
      if (JSON_PARAMETERS.includes(root)) expect(spec.wire, path).toBe('json');
    }
  });

  it('sends every key the form edits, in the order of the reference page; not the Id or ClientUniqueCode', () => {
    expect(EDITED_KEYS).toEqual(Object.keys(shape).filter((k) => k !== 'Id' && k !== 'ClientUniqueCode'));
  });

  it('groups the diff by section in page order, each edited row in exactly one unit', () => {
    const sections = DIFF_UNITS.map((u) => u.section);
    expect(sections).toEqual(SECTION_IDS.filter((id) => sections.includes(id)));
    const units = DIFF_UNITS.flatMap((u) => u.paths);
    const edited = PARAMETER_ROWS.filter(([, spec]) => spec.edit === 'form').map(([path]) => path);
    expect(units).toEqual(edited);
    expect(new Set(units).size).toBe(units.length);
  });

  it('keys every list, and only lists, with a rename field where a rename keeps the entry', () => {
    const lists = PARAMETER_ROWS.filter(([path]) => kindOf(schemaAt(path)) === 'array').map(([path]) => path);
    expect(Object.keys(LIST_KEYS).sort()).toEqual([...lists].sort());
    expect(KEY_FIELD).toEqual({
      'Inputs.Variables': 'Name',
      'Outputs.Variables': 'Name',
      'Outputs.TaskOutputs': undefined,
      Dependencies: undefined,
      Tags: 'Key',
    });
  });

  it('cannot confirm by reading back the Id or what GetTask never returns', () => {
    expect([...UNCONFIRMABLE]).toEqual(['Id', 'ClientUniqueCode', 'EnvType', 'Trigger.CycleType']);
  });

  it('names for each section the shortest request paths it shows', () => {
    expect(SECTION_PATHS).toEqual({
      general: ['ClientUniqueCode', 'EnvType', 'Name', 'Description', 'Owner', 'InstanceMode', 'Timeout'],
      rerun: ['RerunMode', 'RerunTimes', 'RerunInterval'],
      script: ['Script'],
      trigger: ['Trigger'],
      'runtime-resource': ['RuntimeResource'],
      'data-source': ['DataSource'],
      'input-variables': ['Inputs'],
      'output-variables': ['Outputs.Variables'],
      'task-outputs': ['Outputs.TaskOutputs'],
      dependencies: ['Dependencies'],
      tags: ['Tags'],
    });
  });

  it('lets BatchUpdateTasks carry all but what workspace-lookups §3 keeps to UpdateTask, RerunInterval in seconds', () => {
    // §3: "Not patchable here (present in UpdateTask only): Script, Dependencies, Inputs, Outputs, InstanceMode,
    // ClientUniqueCode"; its Trigger has no CycleType, and its RerunInterval is in seconds.
    const updateTaskOnly = [
      'Script',
      'Dependencies',
      'Inputs',
      'Outputs',
      'InstanceMode',
      'ClientUniqueCode',
    ];
    for (const [path, spec] of PARAMETER_ROWS)
      expect(spec.batch, path).toBe(
        updateTaskOnly.includes(rootOf(path)) || path === 'Trigger.CycleType'
          ? 'no'
          : path === 'RerunInterval'
            ? 'seconds'
            : 'same',
      );
  });
});
