import type { UpdateTaskRequest } from './update-task-request.ts';

// The one table of UpdateTask's parameters: one row per request path (a top-level key, or a member of a nested
// object), with every fact the layers need about it. Every list of parameters in the code is derived below;
// `satisfies ParameterTable` makes a request key or member without a row (or a row without one) a compile error.

/** The form's sections in page order: also the `#fragment` of a deep link and the groups of the review and merge. */
export const SECTION_IDS = [
  'general',
  'rerun',
  'script',
  'trigger',
  'runtime-resource',
  'data-source',
  'input-variables',
  'output-variables',
  'task-outputs',
  'dependencies',
  'tags',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type RequestKey = keyof UpdateTaskRequest;
type ValueOf<K extends RequestKey> = NonNullable<UpdateTaskRequest[K]>;

/** A key's rows: the key itself when it is a scalar or a list, else one per member of its object. */
type PathsOf<K extends RequestKey> =
  ValueOf<K> extends readonly unknown[]
    ? K
    : ValueOf<K> extends object
      ? `${K}.${keyof ValueOf<K> & string}`
      : K;
export type ParameterPath = { [K in RequestKey]-?: PathsOf<K> }[RequestKey];

type ValueAt<P extends ParameterPath> = P extends `${infer K extends RequestKey}.${infer M}`
  ? NonNullable<ValueOf<K>[M & keyof ValueOf<K>]>
  : P extends RequestKey
    ? ValueOf<P>
    : never;

/**
 * How the parameter travels in UpdateTask's form body: `text` as it is, `long` as decimal digits (kept a string
 * of digits in our code), `integer` as decimal digits read as a number, `json` as JSON text (its whole top-level
 * key: the SDK's "shrink" style for nested objects and lists).
 */
export type Wire = 'text' | 'long' | 'integer' | 'json';
type WireOf<P extends ParameterPath> = P extends `${string}.${string}`
  ? 'json'
  : ValueAt<P> extends object
    ? 'json'
    : ValueAt<P> extends number
      ? 'integer'
      : 'text' | 'long';

/**
 * What an edit means for it: `form` a value the form edits, sent whole with its top-level key when that key
 * changed, shown by the review and carried by the three-way merge; `identity` names the task, sent with every
 * request; `carried` read-only, sent with every request when known, never a change; `derived` computed from
 * another parameter whenever its key is sent.
 */
export type Edit = 'form' | 'identity' | 'carried' | 'derived';

/**
 * How GetTask reports it after an update: `same` under the same name and unit, `seconds` in seconds where
 * UpdateTask takes milliseconds (README, "RerunInterval"), `none` never returned, so a read-back cannot
 * confirm it.
 */
export type ReadBack = 'same' | 'seconds' | 'none';

/**
 * Whether BatchUpdateTasks' `Tasks[]` can carry it (workspace-lookups reference §3): `same` as UpdateTask does,
 * `seconds` in seconds instead of milliseconds, `no` only through UpdateTask.
 */
export type Batch = 'same' | 'seconds' | 'no';

export type Row = Record<string, unknown>;

export interface ListSpec<Entry> {
  /** Identifies an entry across two versions of the task, for the diff and the merge; undefined without one. */
  key: (entry: Row) => string | undefined;
  /** The entry's field a rename changes: at the same row, with every other field equal, it is a rename. */
  renameField?: keyof Entry & string;
}

export type ParameterSpec<P extends ParameterPath = ParameterPath> = {
  /** The form section that shows it; null for the Id, which no section edits. */
  section: SectionId | null;
  edit: Edit;
  wire: WireOf<P>;
  readBack: ReadBack;
  batch: Batch;
} & (ValueAt<P> extends readonly (infer Entry)[] ? { list: ListSpec<Entry> } : { list?: undefined });

export type ParameterTable = { [P in ParameterPath]: ParameterSpec<P> };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const byName = { key: (v: Row) => text(v.Name), renameField: 'Name' } as const;

/** In the order of the UpdateTask reference page (which is also the form's, section by section). */
export const PARAMETERS = {
  Id: { section: null, edit: 'identity', wire: 'long', readBack: 'same', batch: 'same' },
  ClientUniqueCode: { section: 'general', edit: 'carried', wire: 'text', readBack: 'none', batch: 'no' },
  // UpdateTask's EnvType picks the environment the update applies to; the emulator does not store it.
  EnvType: { section: 'general', edit: 'form', wire: 'text', readBack: 'none', batch: 'same' },
  Name: { section: 'general', edit: 'form', wire: 'text', readBack: 'same', batch: 'same' },
  Description: { section: 'general', edit: 'form', wire: 'text', readBack: 'same', batch: 'same' },
  Owner: { section: 'general', edit: 'form', wire: 'text', readBack: 'same', batch: 'same' },
  InstanceMode: { section: 'general', edit: 'form', wire: 'text', readBack: 'same', batch: 'no' },
  Timeout: { section: 'general', edit: 'form', wire: 'integer', readBack: 'same', batch: 'same' },
  RerunMode: { section: 'rerun', edit: 'form', wire: 'text', readBack: 'same', batch: 'same' },
  RerunTimes: { section: 'rerun', edit: 'form', wire: 'integer', readBack: 'same', batch: 'same' },
  RerunInterval: { section: 'rerun', edit: 'form', wire: 'integer', readBack: 'seconds', batch: 'seconds' },
  'Script.Content': { section: 'script', edit: 'form', wire: 'json', readBack: 'same', batch: 'no' },
  'Script.Parameters': { section: 'script', edit: 'form', wire: 'json', readBack: 'same', batch: 'no' },
  'Trigger.Type': { section: 'trigger', edit: 'form', wire: 'json', readBack: 'same', batch: 'same' },
  'Trigger.Recurrence': { section: 'trigger', edit: 'form', wire: 'json', readBack: 'same', batch: 'same' },
  'Trigger.Cron': { section: 'trigger', edit: 'form', wire: 'json', readBack: 'same', batch: 'same' },
  'Trigger.StartTime': { section: 'trigger', edit: 'form', wire: 'json', readBack: 'same', batch: 'same' },
  'Trigger.EndTime': { section: 'trigger', edit: 'form', wire: 'json', readBack: 'same', batch: 'same' },
  // Derived from Trigger.Cron (cycle-type.ts) and sent with every Trigger.
  'Trigger.CycleType': { section: 'trigger', edit: 'derived', wire: 'json', readBack: 'none', batch: 'no' },
  'RuntimeResource.ResourceGroupId': {
    section: 'runtime-resource',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'same',
  },
  'RuntimeResource.Image': {
    section: 'runtime-resource',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'same',
  },
  'RuntimeResource.Cu': {
    section: 'runtime-resource',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'same',
  },
  'DataSource.Name': { section: 'data-source', edit: 'form', wire: 'json', readBack: 'same', batch: 'same' },
  'Inputs.Variables': {
    section: 'input-variables',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'no',
    list: byName,
  },
  'Outputs.Variables': {
    section: 'output-variables',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'no',
    list: byName,
  },
  'Outputs.TaskOutputs': {
    section: 'task-outputs',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'no',
    list: { key: (o) => text(o.Output) },
  },
  Dependencies: {
    section: 'dependencies',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'no',
    list: { key: (d) => text(d.UpstreamOutput) ?? text(d.UpstreamTaskId) ?? text(d.Type) },
  },
  Tags: {
    section: 'tags',
    edit: 'form',
    wire: 'json',
    readBack: 'same',
    batch: 'same',
    list: { key: (t) => text(t.Key), renameField: 'Key' },
  },
} satisfies ParameterTable;

// ---- Derived lists -------------------------------------------------------------------------------------------

/** A row of the table, read without knowing its path. */
export interface AnyParameterSpec {
  section: SectionId | null;
  edit: Edit;
  wire: Wire;
  readBack: ReadBack;
  batch: Batch;
  list?: ListSpec<Row>;
}

export const PARAMETER_ROWS = Object.entries(PARAMETERS) as readonly (readonly [
  ParameterPath,
  AnyParameterSpec,
])[];

const BY_PATH: ReadonlyMap<string, AnyParameterSpec> = new Map(PARAMETER_ROWS);

/** The row of a request path (`Name`, `Trigger.Cron`, `Tags`); undefined for a nested object's key (`Trigger`). */
export function parameterAt(path: string): AnyParameterSpec | undefined {
  return BY_PATH.get(path);
}

type RootOf<P extends string> = P extends `${infer K}.${string}` ? K : P;
/** The top-level key a path belongs to (`Trigger` for `Trigger.Cron`). */
export function rootOf<P extends string>(path: P): RootOf<P> {
  return path.split('.')[0] as RootOf<P>;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The top-level keys the form edits: each is sent whole when its value changed (changedSections). */
export type EditedKey = RootOf<
  { [P in ParameterPath]: (typeof PARAMETERS)[P]['edit'] extends 'form' ? P : never }[ParameterPath]
>;
export const EDITED_KEYS = unique(
  PARAMETER_ROWS.filter(([, spec]) => spec.edit === 'form').map(([path]) => rootOf(path)),
) as readonly EditedKey[];

const keysWithWire = (wire: Wire) =>
  unique(PARAMETER_ROWS.filter(([, spec]) => spec.wire === wire).map(([path]) => rootOf(path)));

/** The parameters that travel as JSON text in the form body ("shrink" style, reference §2.2). */
export const JSON_PARAMETERS: readonly RequestKey[] = keysWithWire('json');
/** The parameters written as decimal digits and read as numbers. */
export const INTEGER_PARAMETERS: readonly RequestKey[] = keysWithWire('integer');

/** The diffable units of the form by section, in page order: a top-level field, an object member or a list. */
export const DIFF_UNITS: readonly { section: SectionId; paths: readonly ParameterPath[] }[] = SECTION_IDS.map(
  (section) => ({
    section,
    paths: PARAMETER_ROWS.filter(([, spec]) => spec.section === section && spec.edit === 'form').map(
      ([path]) => path,
    ),
  }),
).filter((unit) => unit.paths.length > 0);

const LISTS = PARAMETER_ROWS.flatMap(([path, spec]) => (spec.list ? [[path, spec.list] as const] : []));

/** How entries of each list are identified across two versions of the task. */
export const LIST_KEYS: Readonly<Record<string, ListSpec<Row>['key']>> = Object.fromEntries(
  LISTS.map(([path, list]) => [path, list.key]),
);

/** The field of an entry that a rename changes. */
export const KEY_FIELD: Readonly<Record<string, string | undefined>> = Object.fromEntries(
  LISTS.map(([path, list]) => [path, list.renameField]),
);

/** Paths a read-back cannot confirm: what GetTask never returns, and the Id that names the task. */
export const UNCONFIRMABLE: ReadonlySet<string> = new Set(
  PARAMETER_ROWS.filter(([, spec]) => spec.readBack === 'none' || spec.edit === 'identity').map(
    ([path]) => path,
  ),
);

/**
 * The request paths each section shows, as short as they can be: the top-level key when all its rows are in the
 * section (`Trigger`), else the row's path (`Outputs.Variables`).
 */
export const SECTION_PATHS = Object.fromEntries<readonly string[]>(
  SECTION_IDS.map((section) => [
    section,
    unique(
      PARAMETER_ROWS.filter(([, spec]) => spec.section === section).map(([path]) => {
        const root = rootOf(path);
        const whole = PARAMETER_ROWS.every(([p, spec]) => rootOf(p) !== root || spec.section === section);
        return whole ? root : path;
      }),
    ),
  ]),
) as Readonly<Record<SectionId, readonly string[]>>;
