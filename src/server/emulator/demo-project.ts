import type { Task } from '#domain/task/task';
import {
  DEMO_IMAGE_ID,
  DEMO_OWNERS,
  EXCLUSIVE_GROUP_A,
  EXCLUSIVE_GROUP_B,
  FORBIDDEN_MEMBER,
  NON_MEMBER_OWNER,
  SERVERLESS_GROUP,
  STOPPED_GROUP_ID,
  UNKNOWN_DATA_SOURCE,
  UNKNOWN_GROUP_ID,
} from './demo-directory.ts';

// A realistic, deterministic DataWorks project: layered ods -> dwd -> dws -> ads tasks, every cycle type,
// a dependency DAG using all four dependency types, variables of every type, outputs, tags and some
// 19-digit task IDs (past 2^53). The same generator makes the 10,000-task project of the benchmarks.
// Owners, resource groups, data sources and images come from the workspace's lists (demo-directory.ts),
// a few deliberately not: a non-member owner, a stopped and a deleted group, a data source that is gone.

export const DEMO_PROJECT_ID = '530876';
export const DEMO_PROJECT_NAME = 'retail_dw';
export { DEMO_OWNERS };

/** What a workspace's tasks are owned by and run on: its members, resource groups and data sources. */
export interface WorkspaceLists {
  owners: readonly string[];
  groups: readonly string[];
  /** The usual data source, and the one of even-numbered dws tasks. */
  dataSources: readonly [string, string];
}

const DEMO_LISTS: WorkspaceLists = {
  owners: DEMO_OWNERS,
  groups: [EXCLUSIVE_GROUP_A, EXCLUSIVE_GROUP_B, SERVERLESS_GROUP],
  dataSources: ['odps_retail', 'holo_retail'],
};

/** The owner of the task at `index`: members in turn, a non-member and a disabled member now and then. */
function ownerAt(index: number, lists: WorkspaceLists): string {
  if (index % 25 === 12) return NON_MEMBER_OWNER;
  if (index % 50 === 41) return FORBIDDEN_MEMBER;
  return lists.owners[index % lists.owners.length]!;
}

function resourceGroupAt(index: number, lists: WorkspaceLists): string {
  if (index % 20 === 7) return STOPPED_GROUP_ID;
  if (index % 36 === 33) return UNKNOWN_GROUP_ID;
  return lists.groups[index % lists.groups.length]!;
}

function dataSourceAt(index: number, layer: string, lists: WorkspaceLists): string {
  if (index % 30 === 19) return UNKNOWN_DATA_SOURCE;
  return layer === 'dws' && index % 2 === 0 ? lists.dataSources[1] : lists.dataSources[0];
}

const LAYERS = [
  { name: 'ods', share: 0.3 },
  { name: 'dwd', share: 0.3 },
  { name: 'dws', share: 0.22 },
  { name: 'ads', share: 0.18 },
] as const;
const DOMAINS = ['trade', 'user', 'item', 'log', 'finance', 'marketing', 'supply', 'store'];
const ENTITIES = [
  'order',
  'payment',
  'refund',
  'cart',
  'member',
  'coupon',
  'sku',
  'inventory',
  'click',
  'session',
  'invoice',
  'shipment',
];
const TYPES_BY_LAYER: Record<string, string[]> = {
  ods: ['ODPS_SQL', 'ODPS_SCRIPT', 'EMR_HIVE'],
  dwd: ['ODPS_SQL', 'EMR_SPARK_SQL', 'PY_ODPS3'],
  dws: ['ODPS_SQL', 'HOLOGRES_SQL'],
  ads: ['ODPS_SQL', 'HOLOGRES_SQL', 'PY_ODPS3'],
};

/** Cron expressions in DataWorks' canonical form, by cycle type. */
export const DEMO_SCHEDULES = {
  minute: ['00 */5 00-23 * * ?', '00 */10 08-20 * * ?', '00 */30 00-23 * * ?'],
  hourly: ['00 00 00-23/1 * * ?', '00 00 08-20/2 * * ?'],
  daily: ['00 30 02 * * ?', '00 00 00 * * ?', '00 15 05 * * ?', '00 00 03 * * ?'],
  weekly: ['00 00 03 ? * MON', '00 00 06 ? * MON,THU'],
  monthly: ['00 00 04 1 * ?', '00 00 04 L * ?'],
  yearly: ['00 00 06 1 1 ?', '00 00 00 1 1,4,7,10 ?'],
} as const;

function schedulesFor(layer: string): string[] {
  switch (layer) {
    case 'ods':
      return [...DEMO_SCHEDULES.minute, ...DEMO_SCHEDULES.hourly, ...DEMO_SCHEDULES.daily];
    case 'dwd':
      return [...DEMO_SCHEDULES.daily, ...DEMO_SCHEDULES.hourly];
    case 'dws':
      return [...DEMO_SCHEDULES.daily, ...DEMO_SCHEDULES.weekly];
    default:
      return [
        ...DEMO_SCHEDULES.daily,
        ...DEMO_SCHEDULES.weekly,
        ...DEMO_SCHEDULES.monthly,
        ...DEMO_SCHEDULES.yearly,
      ];
  }
}

/** Mulberry32: a small seeded PRNG so the project (and the workspace directory) is the same on every machine. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

export interface GenerateOptions {
  size: number;
  projectId?: string;
  projectName?: string;
  seed?: number;
  /** Epoch ms the newest task was last modified at. */
  modifiedAt?: number;
  /** Where task IDs start: another workspace's tasks are numbered past the demo one's. */
  idOffset?: number;
  /** The demo workspace's members, groups and data sources unless given. */
  lists?: WorkspaceLists;
}

export interface GeneratedProject {
  tasks: Task[];
  clientUniqueCodes: Map<string, string>;
}

function taskIdAt(index: number): string {
  // Every seventh task has a 19-digit ID, beyond Number.MAX_SAFE_INTEGER.
  if (index % 7 === 3) return (7002918273645500123n + BigInt(index) * 1_000_003n).toString();
  return String(700004500000 + index * 37);
}

export function generateProject(options: GenerateOptions): GeneratedProject {
  const projectId = options.projectId ?? DEMO_PROJECT_ID;
  const projectName = options.projectName ?? DEMO_PROJECT_NAME;
  const random = createRandom(options.seed ?? 20261125);
  const modifiedAt = options.modifiedAt ?? Date.UTC(2026, 10, 20, 2, 0, 0);
  const tasks: Task[] = [];
  const clientUniqueCodes = new Map<string, string>();
  const byLayer = new Map<string, Task[]>();
  const usedNames = new Set<string>();
  const lists = options.lists ?? DEMO_LISTS;
  const idOffset = options.idOffset ?? 0;

  let index = 0;
  LAYERS.forEach((layer, layerIndex) => {
    const count =
      layerIndex === LAYERS.length - 1
        ? options.size - index
        : Math.max(1, Math.round(options.size * layer.share));
    const layerTasks: Task[] = [];
    for (let k = 0; k < count; k++, index++) {
      const id = taskIdAt(index + idOffset);
      const domain = random.pick(DOMAINS);
      const entity = random.pick(ENTITIES);
      const cron = schedulesFor(layer.name)[(index + k) % schedulesFor(layer.name).length]!;
      const suffix =
        cron.includes('*/') || cron.includes('-23/') || cron.includes('08-20')
          ? 'hi'
          : layer.name === 'ads'
            ? 'rpt'
            : 'di';
      let name = `${layer.name}_${domain}_${entity}_${suffix}`;
      if (usedNames.has(name)) name = `${name}_${index}`;
      usedNames.add(name);
      const owner = ownerAt(index, lists);
      const output = `${projectName}.${name}`;
      const upstream = layerIndex === 0 ? [] : (byLayer.get(LAYERS[layerIndex - 1]!.name) ?? []);
      const dependencies: NonNullable<Task['Dependencies']> = [];
      const picks = Math.min(upstream.length, 1 + Math.floor(random.next() * 3));
      const chosen = new Set<Task>();
      while (chosen.size < picks) chosen.add(random.pick(upstream));
      [...chosen].forEach((up, n) => {
        const upOutput = up.Outputs?.TaskOutputs?.[0]?.Output;
        if (n === 1 || !upOutput) dependencies.push({ Type: 'Normal', UpstreamTaskId: up.Id });
        else dependencies.push({ Type: 'Normal', UpstreamOutput: upOutput });
      });
      if (index % 6 === 1) dependencies.push({ Type: 'CrossCycleDependsOnSelf' });
      if (index % 11 === 5 && tasks.length > 0)
        dependencies.push({
          Type: 'CrossCycleDependsOnOtherNode',
          UpstreamTaskId: tasks[index % tasks.length]!.Id,
        });
      if (index % 13 === 7) dependencies.push({ Type: 'CrossCycleDependsOnChildren' });

      const inputs: NonNullable<NonNullable<Task['Inputs']>['Variables']> = [
        { Name: 'bizdate', Type: 'System', Value: '$bizdate' },
        {
          Name: 'region',
          Type: 'Constant',
          Value: random.pick(['cn-hangzhou', 'cn-shanghai', 'cn-beijing']),
        },
      ];
      if (layerIndex > 0 && index % 4 === 0)
        inputs.push({ Name: 'upstream_rows', Type: 'PassThrough', Value: '${outputs}' });
      const task: Task = {
        Id: id,
        Name: name,
        Description: `${layer.name.toUpperCase()} layer: ${domain} ${entity} (${suffix === 'hi' ? 'intraday' : 'daily'} load)`,
        Type: random.pick(TYPES_BY_LAYER[layer.name]!),
        Owner: owner,
        ProjectId: projectId,
        EnvType: 'Prod',
        WorkflowId: String(600000000000 + layerIndex),
        BaselineId: String(900000 + layerIndex),
        Priority: 1 + (index % 8),
        InstanceMode: index % 9 === 4 ? 'Immediately' : 'T+1',
        Timeout: index % 5 === 0 ? 0 : 3600 * (1 + (index % 4)),
        RerunMode: (['AllAllowed', 'FailureAllowed', 'AllDenied'] as const)[index % 3],
        RerunTimes: index % 3 === 2 ? 0 : 3,
        RerunInterval: index % 3 === 2 ? 0 : 120,
        Script: {
          Content: `-- ${name}\nINSERT OVERWRITE TABLE ${name} PARTITION (ds='\${bizdate}')\nSELECT *\nFROM ${upstream[0]?.Name ?? `src_${domain}_${entity}`}\nWHERE ds = '\${bizdate}';\n`,
          Parameters: index % 2 === 0 ? 'bizdate=$bizdate' : 'bizdate=$bizdate hh=$[hh24] ds=${yyyy-mm-dd}',
        },
        Trigger: {
          Type: index % 17 === 16 ? 'Manual' : 'Scheduler',
          Recurrence: index % 19 === 9 ? 'Skip' : index % 23 === 11 ? 'Pause' : 'Normal',
          Cron: cron,
          StartTime: '1970-01-01 00:00:00',
          EndTime: '9999-01-01 00:00:00',
        },
        RuntimeResource: {
          ResourceGroupId: resourceGroupAt(index, lists),
          Image: index % 5 === 3 ? DEMO_IMAGE_ID : '',
          Cu: (['0.25', '0.5', '1'] as const)[index % 3],
        },
        DataSource: { Name: dataSourceAt(index, layer.name, lists) },
        Inputs: { Variables: inputs },
        Outputs: {
          TaskOutputs: [{ Output: output }, { Output: `${projectName}.${id}_out` }],
          Variables: index % 5 === 2 ? [{ Name: 'outputs', Type: 'NodeOutput', Value: '${outputs}' }] : [],
        },
        Dependencies: dependencies,
        Tags: [
          { Key: 'layer', Value: layer.name },
          { Key: 'domain', Value: domain },
          ...(index % 4 === 0 ? [{ Key: 'sla', Value: 'P1' }] : []),
        ],
        CreateTime: modifiedAt - 86_400_000 * 90 - index * 60_000,
        CreateUser: owner,
        ModifyTime: modifiedAt - index * 3_600_000,
        ModifyUser: owner,
      };
      if (index % 8 === 0) clientUniqueCodes.set(id, `Task_${id}_${(index * 7919).toString(16)}`);
      tasks.push(task);
      layerTasks.push(task);
    }
    byLayer.set(layer.name, layerTasks);
  });
  return { tasks, clientUniqueCodes };
}

export const DEMO_PROJECT_SIZE = 72;

export function createDemoProject(): GeneratedProject {
  return generateProject({ size: DEMO_PROJECT_SIZE });
}
