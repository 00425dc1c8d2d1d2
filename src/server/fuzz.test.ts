import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.ts';

// At least 500 malformed and hostile bodies: each must be answered 400 and nothing may reach DataWorks.

const VALID_UPDATE = {
  Id: '700004500000',
  Name: 'ok',
  Description: 'ok',
  Owner: '1107550004253538',
  EnvType: 'Prod',
  InstanceMode: 'T+1',
  Timeout: 3600,
  RerunMode: 'AllAllowed',
  RerunTimes: 3,
  RerunInterval: 60000,
  Script: { Parameters: 'bizdate=$bizdate' },
  Trigger: {
    Type: 'Scheduler',
    Recurrence: 'Normal',
    Cron: '00 00 00 * * ?',
    StartTime: '1970-01-01 00:00:00',
    EndTime: '9999-01-01 00:00:00',
  },
  RuntimeResource: { ResourceGroupId: 'S_res', Cu: '0.5' },
  DataSource: { Name: 'odps' },
  Inputs: { Variables: [{ Name: 'a', Type: 'Constant', Value: 'b' }] },
  Outputs: { TaskOutputs: [{ Output: 'p.o' }], Variables: [] },
  Dependencies: [{ Type: 'CrossCycleDependsOnSelf' }],
  Tags: [{ Key: 'k', Value: 'v' }],
};

const HUGE = 'x'.repeat(200_000);
const LONE_SURROGATE = 'name\uD800';
const deep = (n: number): unknown => (n === 0 ? 'x' : { a: deep(n - 1) });
/** Refused in every text parameter (text-rules.ts): C0 controls but tab, DEL; VT is one that .trim() would hide. */
const CONTROL_CHARACTERS = [
  'ok\u0000',
  'o\u0007k',
  '\u001b[31mok\u001b[0m',
  'ok\u007f',
  'ok\u000b',
  'o\rk',
  '\u001f',
];
/** Refused in single-line text parameters only. */
const LINE_BREAKS = ['o\nk', 'ok\r\n'];

/** Values no text parameter accepts, single-line or multi-line. */
const HOSTILE_TEXT = [
  42,
  true,
  null,
  [],
  {},
  ['a'],
  { $ne: 1 },
  HUGE,
  LONE_SURROGATE,
  '\uDC00x',
  'x\uDFFF\uD800',
  deep(12),
  ...CONTROL_CHARACTERS,
];

/** Values no parameter of the given kind accepts. */
const HOSTILE_BY_KIND: Record<string, unknown[]> = {
  text: [...HOSTILE_TEXT, ...LINE_BREAKS],
  multiline: HOSTILE_TEXT,
  // Script.Content has no length limit.
  script: HOSTILE_TEXT.filter((value) => value !== HUGE),
  enum: ['', 'prod', 'PROD ', 'AllAllowed\u0000', 7, null, ['Prod'], { v: 1 }, HUGE, 'Ｐｒｏｄ'],
  integer: ['3600', 3600.5, -1, 1e300, 2 ** 53 + 2, Number.MAX_VALUE, true, null, [], { n: 1 }],
  id: [
    2 ** 63, // a 19-digit ID as a JSON number: already rounded
    -1,
    0,
    1.5,
    '12a',
    '',
    '1'.repeat(20),
    '99999999999999999999',
    null,
    { id: 1 },
    ' 1',
    '٣',
  ],
  object: ['{}', 42, [], true, HUGE, deep(12)],
  list: ['[]', {}, 42, true, [null], [42], [[]], HUGE],
};

const FIELDS: [string, keyof typeof HOSTILE_BY_KIND][] = [
  ['Id', 'id'],
  ['Name', 'text'],
  ['Owner', 'text'],
  ['Description', 'multiline'],
  ['EnvType', 'enum'],
  ['InstanceMode', 'enum'],
  ['RerunMode', 'enum'],
  ['Timeout', 'integer'],
  ['RerunTimes', 'integer'],
  ['RerunInterval', 'integer'],
  ['Script', 'object'],
  ['Trigger', 'object'],
  ['Trigger.Type', 'enum'],
  ['Trigger.Recurrence', 'enum'],
  ['Trigger.Cron', 'text'],
  ['Trigger.StartTime', 'text'],
  ['RuntimeResource', 'object'],
  ['RuntimeResource.Cu', 'text'],
  ['Inputs.Variables', 'list'],
  ['Inputs.Variables.0.Type', 'enum'],
  ['Outputs.TaskOutputs', 'list'],
  ['Outputs.TaskOutputs.0.Output', 'text'],
  ['Dependencies', 'list'],
  ['Dependencies.0.Type', 'enum'],
  ['Tags', 'list'],
  ['Tags.0.Key', 'text'],
  ['Tags.0.Value', 'text'],
  ['ClientUniqueCode', 'text'],
  ['Script.Parameters', 'multiline'],
  ['Script.Content', 'script'],
  ['Trigger.EndTime', 'text'],
  ['Trigger.CycleType', 'enum'],
  ['RuntimeResource.ResourceGroupId', 'text'],
  ['RuntimeResource.Image', 'text'],
  ['DataSource', 'object'],
  ['DataSource.Name', 'text'],
  ['Inputs', 'object'],
  ['Inputs.Variables.0.Name', 'text'],
  ['Inputs.Variables.0.Value', 'text'],
  ['Outputs', 'object'],
  ['Outputs.Variables', 'list'],
  ['Dependencies.0.UpstreamTaskId', 'id'],
];

const OBJECT_PATHS = [
  '',
  'Script',
  'Trigger',
  'RuntimeResource',
  'DataSource',
  'Inputs',
  'Inputs.Variables.0',
  'Outputs',
  'Outputs.TaskOutputs.0',
  'Dependencies.0',
  'Tags.0',
];

function withValueAt(base: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

function hostileBodies(): { label: string; action: string; body: string }[] {
  const bodies: { label: string; action: string; body: string }[] = [];
  for (const [path, kind] of FIELDS)
    HOSTILE_BY_KIND[kind]!.forEach((value, i) => {
      // Text fields accept any short string; only the hostile ones of the list are kept for them.
      bodies.push({
        label: `${path} #${i}`,
        action: 'UpdateTask',
        body: JSON.stringify(withValueAt(VALID_UPDATE, path, value)),
      });
    });
  // Prototype-pollution keys written into every object of a valid body.
  for (const path of OBJECT_PATHS)
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(
        path ? withValueAt(VALID_UPDATE, `${path}.MARKER`, 1) : { ...VALID_UPDATE, MARKER: 1 },
      );
      bodies.push({
        label: `${key} in ${path || 'body'}`,
        action: 'UpdateTask',
        body: text.replace('"MARKER":1', `"${key}":{"polluted":true}`),
      });
    }
  const structural = [
    '',
    'null',
    'true',
    '42',
    '"text"',
    '[]',
    '[{}]',
    '{',
    '{"Id":',
    '{"Id":"1",}',
    "{'Id':'1'}",
    '{"Id":"1"}{"Id":"2"}',
    '{"__proto__":{"admin":true},"Id":"1"}',
    '{"Id":"1","constructor":{"prototype":{"x":1}}}',
    '{"Id":"1","Trigger":{"__proto__":{"Cron":"x"}}}',
    '{"Id":"1","Tags":[{"Key":"k","__proto__":{}}]}',
    `{"Id":"1","Name":"${'\\ud800'}"}`,
    '{"Id":"1","Name":"\\u0000\\u0000"}'.replace('\\u0000\\u0000', ''),
    '['.repeat(5000) + ']'.repeat(5000),
    `{"Id":"1","Description":${JSON.stringify(deep(50))}}`,
    '{"Id":NaN}',
    '{"Id":Infinity}',
    '{"Id":1e999}',
    '{"Id":"1","Timeout":-0.0000001}',
    '{"Id":"1","Extra":1}',
    '{"Id":"1","id":"2"}',
    '{"ID":"1"}',
    '{}',
  ];
  structural.forEach((body, i) => bodies.push({ label: `structural #${i}`, action: 'UpdateTask', body }));
  const otherActions: [string, unknown][] = [
    ['GetTask', {}],
    ['GetTask', { Id: '1', ProjectEnv: 'Test' }],
    ['GetTask', { Id: 1.5 }],
    ['GetTask', { Id: '1', Name: 'x' }],
    ['ListTasks', { PageSize: 0 }],
    ['ListTasks', { PageSize: 101 }],
    ['ListTasks', { PageNumber: -1 }],
    ['ListTasks', { SortBy: 'Name; DROP TABLE tasks' }],
    ['ListTasks', { Ids: '1,2' }],
    ['ListTasks', { Ids: [1.5] }],
    ['ListTasks', { TaskType: 'odps sql' }],
    ['ListTasks', { Name: HUGE }],
    ['ListTasks', { TriggerType: 'Cron' }],
    ['ListTasks', { Owner: { $gt: '' } }],
    ['ListUpstreamTasks', {}],
    ['ListDownstreamTasks', { Id: '1', PageSize: 1000 }],
  ];
  for (const field of ['PageNumber', 'PageSize'])
    HOSTILE_BY_KIND.integer!.forEach((value, i) =>
      bodies.push({
        label: `ListTasks.${field} #${i}`,
        action: 'ListTasks',
        body: JSON.stringify({ [field]: value }),
      }),
    );
  HOSTILE_BY_KIND.id!.forEach((value, i) =>
    bodies.push({
      label: `ListTasks.Ids #${i}`,
      action: 'ListTasks',
      body: JSON.stringify({ Ids: [value] }),
    }),
  );
  otherActions.forEach(([action, body], i) =>
    bodies.push({ label: `${action} #${i}`, action, body: JSON.stringify(body) }),
  );
  return bodies;
}

describe('hostile bodies', () => {
  const bodies = hostileBodies();

  it('has at least 500 of them', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(500);
  });

  it('answers every one 400 with a message, and forwards none', async () => {
    const { post, received } = createTestApp();
    const accepted: string[] = [];
    for (const { label, action, body } of bodies) {
      const response = await post(action, body);
      const reply = (await response.json()) as { Code?: string; Message?: string };
      if (response.status !== 400 || reply.Code !== 'InvalidParameter' || !reply.Message)
        accepted.push(`${label} -> ${response.status}`);
    }
    expect(accepted).toEqual([]);
    expect(received.total).toBe(0);
    expect(Object.getPrototypeOf({}) as object).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('control characters', () => {
  it('refuses NUL, BEL, ESC, DEL and a line break in Name with 400 naming the field, and forwards no UpdateTask', async () => {
    const { post, received } = createTestApp();
    const update = (body: unknown) => post('UpdateTask', body);
    const cases: [string, string][] = [
      ['ok\u0000', 'must not contain control characters (found U+0000 at position 2)'],
      ['o\u0007k', 'must not contain control characters (found U+0007 at position 1)'],
      ['\u001b[31mok', 'must not contain control characters (found U+001B at position 0)'],
      ['ok\u007f', 'must not contain control characters (found U+007F at position 2)'],
      ['o\nk', 'must be a single line, without line breaks (found U+000A at position 1)'],
    ];
    for (const [name, message] of cases) {
      const response = await update({ Id: VALID_UPDATE.Id, Name: name });
      expect(response.status, JSON.stringify(name)).toBe(400);
      const reply = (await response.json()) as { Code: string; Issues: { path: string; message: string }[] };
      expect(reply.Code).toBe('InvalidParameter');
      expect(reply.Issues).toContainEqual({ path: 'Name', message });
    }
    expect(received.byAction.get('UpdateTask') ?? 0).toBe(0);
    // The same request with a tab and ordinary text does reach the emulator: the count above can see it.
    await update({ Id: VALID_UPDATE.Id, Name: 'ok\tname 名称 🎉' });
    expect(received.byAction.get('UpdateTask')).toBe(1);
  });
});
