import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from './task.ts';
import { EDITED_KEYS, type EditedKey } from './parameters.ts';
import { toTaskForm, type TaskForm } from './task-form.ts';
import { toUpdateTaskRequest } from './to-update-task-request.ts';
import { dependencyKey, UpdateTaskRequestSchema } from './update-task-request.ts';

// Generators of valid GetTask tasks, as DataWorks returns them (RerunInterval in seconds, IDs as digits).

const id = fc.bigInt({ min: 1n, max: 9_223_372_036_854_775_807n }).map(String);
// Lower case only, so the edits below can add names these never collide with.
const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);
const output = word.map((w) => `retail_dw.${w}`);
const dateTime = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9998-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 19).replace('T', ' '));
const cron = fc.constantFrom('00 30 02 * * ?', '00 00 00-23/1 * * ?', '00 */5 00-23 * * ?', '00 00 04 L * ?');

const variable = fc.oneof(
  fc.record({ Name: word, Type: fc.constant('Constant' as const), Value: word }),
  fc.record({
    Name: word,
    Type: fc.constant('System' as const),
    Value: fc.constantFrom('$bizdate', '$cyctime', '${yyyymmdd}', '$[yyyymmdd-1]'),
  }),
  fc.record({
    Name: word,
    Type: fc.constantFrom('PassThrough' as const, 'NodeOutput' as const),
    Value: fc.constantFrom('', '${outputs}'),
  }),
);
const variables = fc.uniqueArray(variable, { selector: (v) => v.Name, maxLength: 4 });

const dependency = fc.oneof(
  fc.record({ Type: fc.constant('Normal' as const), UpstreamOutput: output }),
  fc.record({ Type: fc.constant('Normal' as const), UpstreamTaskId: id }),
  fc.record({ Type: fc.constant('CrossCycleDependsOnOtherNode' as const), UpstreamTaskId: id }),
  fc.record({
    Type: fc.constantFrom('CrossCycleDependsOnSelf' as const, 'CrossCycleDependsOnChildren' as const),
  }),
);

const validTask: fc.Arbitrary<Task> = fc.record(
  {
    Id: id,
    Name: word,
    Description: fc.string({ maxLength: 60 }),
    Owner: fc.stringMatching(/^[0-9]{4,18}$/),
    EnvType: fc.constantFrom('Prod', 'Dev'),
    InstanceMode: fc.constantFrom('T+1', 'Immediately'),
    Timeout: fc.oneof(fc.constant(0), fc.integer({ min: 3600, max: 604_800 })),
    RerunMode: fc.constantFrom('AllDenied', 'FailureAllowed', 'AllAllowed'),
    RerunTimes: fc.integer({ min: 0, max: 10 }),
    RerunInterval: fc.integer({ min: 0, max: 1800 }),
    Script: fc.record({
      Content: fc.string({ maxLength: 80 }),
      Parameters: fc.constantFrom('', 'bizdate=$bizdate', 'bizdate=$bizdate hh=$[hh24] ds=${yyyy-mm-dd}'),
    }),
    Trigger: fc
      .tuple(
        fc.constantFrom('Scheduler', 'Manual'),
        fc.constantFrom('Normal', 'Skip', 'Pause'),
        cron,
        fc.uniqueArray(dateTime, { minLength: 2, maxLength: 2 }),
      )
      .map(([Type, Recurrence, Cron, times]) => {
        const [StartTime, EndTime] = times.sort();
        return { Type, Recurrence, Cron, StartTime, EndTime };
      }),
    RuntimeResource: fc.record(
      {
        ResourceGroupId: word.map((w) => `S_res_group_${w}`),
        Image: fc.constantFrom('', 'i-python3'),
        Cu: fc.constantFrom('0.25', '0.5', '1', '2'),
      },
      { requiredKeys: ['ResourceGroupId'] },
    ),
    DataSource: fc.record({ Name: word }),
    Inputs: fc.record({ Variables: variables }),
    Outputs: fc.record({
      TaskOutputs: fc.uniqueArray(output, { maxLength: 3 }).map((list) => list.map((Output) => ({ Output }))),
      Variables: variables,
    }),
    Dependencies: fc.uniqueArray(dependency, { selector: dependencyKey, maxLength: 4 }),
    Tags: fc.uniqueArray(fc.record({ Key: word, Value: fc.option(word, { nil: undefined }) }), {
      selector: (t) => t.Key,
      maxLength: 3,
    }),
  },
  { requiredKeys: ['Id', 'Name'] },
);

/** What the browser does on "Review changes": validate, then build the request. */
function submit(base: TaskForm, edited: TaskForm) {
  const parsed = UpdateTaskRequestSchema.safeParse(edited);
  return parsed.success
    ? { success: true as const, request: toUpdateTaskRequest(base, parsed.data) }
    : { success: false as const, issues: parsed.error.issues.map((i) => i.path.join('.')) };
}

const other = <T>(values: readonly T[], current: T | undefined) => values.find((v) => v !== current)!;

/** One edit per section, each giving a different, valid value. */
const EDITS: Record<EditedKey, (form: TaskForm) => TaskForm> = {
  EnvType: (f) => ({ ...f, EnvType: other(['Prod', 'Dev'] as const, f.EnvType) }),
  Name: (f) => ({ ...f, Name: `${f.Name}_V2` }),
  Description: (f) => ({ ...f, Description: `${f.Description}!` }),
  Owner: (f) => ({ ...f, Owner: other(['1000', '2000'], f.Owner) }),
  InstanceMode: (f) => ({ ...f, InstanceMode: other(['T+1', 'Immediately'] as const, f.InstanceMode) }),
  Timeout: (f) => ({ ...f, Timeout: other([0, 7200], f.Timeout) }),
  RerunMode: (f) => ({ ...f, RerunMode: other(['AllDenied', 'AllAllowed'] as const, f.RerunMode) }),
  RerunTimes: (f) => ({ ...f, RerunTimes: other([1, 2], f.RerunTimes) }),
  RerunInterval: (f) => ({ ...f, RerunInterval: other([60_000, 120_000], f.RerunInterval) }),
  Script: (f) => ({ ...f, Script: { ...f.Script, Parameters: `${f.Script?.Parameters} extra=1`.trim() } }),
  Trigger: (f) => ({
    ...f,
    Trigger: { ...f.Trigger, Cron: other(['00 30 02 * * ?', '00 15 03 * * ?'], f.Trigger?.Cron) },
  }),
  RuntimeResource: (f) => ({
    ...f,
    RuntimeResource: { ...f.RuntimeResource, Cu: other(['0.25', '4'], f.RuntimeResource?.Cu) },
  }),
  DataSource: (f) => ({ ...f, DataSource: { Name: `${f.DataSource?.Name}_V2` } }),
  Inputs: (f) => ({
    ...f,
    Inputs: { Variables: [...(f.Inputs?.Variables ?? []), { Name: 'NEW', Type: 'Constant', Value: 'v' }] },
  }),
  Outputs: (f) => ({
    ...f,
    Outputs: { ...f.Outputs, TaskOutputs: [...(f.Outputs?.TaskOutputs ?? []), { Output: 'p.NEW' }] },
  }),
  Dependencies: (f) => ({
    ...f,
    Dependencies: [...(f.Dependencies ?? []), { Type: 'Normal', UpstreamOutput: 'p.NEW' }],
  }),
  Tags: (f) => ({ ...f, Tags: [...(f.Tags ?? []), { Key: 'NEW' }] }),
};

/** Invalid values, each with the path its issue must carry. */
const INVALID: [string, (form: TaskForm) => TaskForm][] = [
  ['Name', (f) => ({ ...f, Name: ' ' })],
  ['Owner', (f) => ({ ...f, Owner: 'a b' })],
  ['Timeout', (f) => ({ ...f, Timeout: 60 })],
  ['RerunTimes', (f) => ({ ...f, RerunTimes: 11 })],
  ['RerunInterval', (f) => ({ ...f, RerunInterval: 1_800_001 })],
  ['Trigger.Cron', (f) => ({ ...f, Trigger: { ...f.Trigger, Cron: 'daily' } })],
  ['Trigger.StartTime', (f) => ({ ...f, Trigger: { ...f.Trigger, StartTime: '2025-02-30 00:00:00' } })],
  ['RuntimeResource.Cu', (f) => ({ ...f, RuntimeResource: { ...f.RuntimeResource, Cu: 'many' } })],
  [
    'Inputs.Variables.$.Value',
    (f) => ({
      ...f,
      Inputs: { Variables: [...(f.Inputs?.Variables ?? []), { Name: 'NEW', Type: 'Constant', Value: '' }] },
    }),
  ],
  [
    'Outputs.TaskOutputs.$.Output',
    (f) => ({
      ...f,
      Outputs: { ...f.Outputs, TaskOutputs: [...(f.Outputs?.TaskOutputs ?? []), { Output: 'nodot' }] },
    }),
  ],
  [
    'Dependencies.$.UpstreamTaskId',
    (f) => ({ ...f, Dependencies: [...(f.Dependencies ?? []), { Type: 'CrossCycleDependsOnOtherNode' }] }),
  ],
  ['Tags.$.Key', (f) => ({ ...f, Tags: [...(f.Tags ?? []), { Key: '' }] })],
];

/** `$` stands for the index of the row the edit appended. */
function pathOf(template: string, form: TaskForm): string {
  const [list] = template.split('.$');
  const rows = list!.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], form);
  return template.replace('$', String((rows as unknown[]).length - 1));
}

describe('task form properties', () => {
  it('every generated task maps to valid form values, and saving them unedited sends nothing', () => {
    fc.assert(
      fc.property(validTask, (task) => {
        const form = toTaskForm(task);
        const result = submit(form, form);
        expect(result).toEqual({ success: true, request: undefined });
      }),
    );
  });

  it('a single-field edit sends the Id and exactly that section', () => {
    fc.assert(
      fc.property(validTask, fc.constantFrom(...EDITED_KEYS), (task, section) => {
        const base = toTaskForm(task);
        const edited = EDITS[section](base);
        const result = submit(base, edited);
        if (!result.success) throw new Error(`the ${section} edit is invalid: ${result.issues.join(', ')}`);
        expect(Object.keys(result.request ?? {}).sort()).toEqual(['Id', section].sort());
        expect(result.request?.Id).toBe(task.Id);
        const sent = UpdateTaskRequestSchema.parse(edited)[section];
        if (section === 'Trigger') expect(result.request?.Trigger).toMatchObject(sent as object);
        else expect(result.request?.[section]).toEqual(sent);
      }),
    );
  });

  it('an invalid value is reported at its path and never reaches the request', () => {
    fc.assert(
      fc.property(validTask, fc.constantFrom(...INVALID), (task, [template, edit]) => {
        const base = toTaskForm(task);
        const edited = edit(base);
        const result = submit(base, edited);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.issues).toContain(pathOf(template, edited));
      }),
    );
  });
});
