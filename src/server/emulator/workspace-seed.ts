import {
  createRandom,
  DEMO_PROJECT_ID,
  DEMO_PROJECT_NAME,
  generateProject,
  type GeneratedProject,
} from './demo-project.ts';
import {
  DEMO_DATA_SOURCES,
  EXCLUSIVE_GROUP_A,
  DEMO_IMAGES,
  DEMO_MEMBERS,
  DEMO_RESOURCE_GROUPS,
  KEY_ACCOUNT_ID,
  ROLES,
  dataSource,
  type SeedDataSource,
  type SeedImage,
  type SeedMember,
  type SeedResourceGroup,
} from './demo-directory.ts';

// The emulator's tenant: three workspaces with their members, resource groups, data sources and images, as
// ListProjects, ListProjectMembers, ListResourceGroups, ListDataSources and ListImages answer them. The demo
// workspace is demo-directory.ts; a second, small one shares some members and a group; the third is
// generated large (5,000 members, 50 pages of ListProjectMembers) for the benchmarks. Deterministic.

export const FINANCE_PROJECT_ID = '531204';
export const LARGE_PROJECT_ID = '618000';
export const LARGE_PROJECT_MEMBER_COUNT = 5_000;

export interface SeedProject {
  Id: string;
  Name: string;
  DisplayName: string;
  Description: string;
  Status: 'Available';
  Owner: string;
  DevEnvironmentEnabled: boolean;
  DevRoleDisabled: boolean;
  PaiTaskEnabled: boolean;
  AliyunResourceGroupId: string;
  AliyunResourceTags: { Key: string; Value: string }[];
}

export interface WorkspaceDirectory {
  projects: readonly SeedProject[];
  /** The workspace's members in the order DataWorks lists them; undefined for an unknown workspace. */
  membersOf: (projectId: string) => readonly SeedMember[] | undefined;
  /** The tenant's resource groups, each with the workspaces it is associated with. */
  resourceGroups: readonly (SeedResourceGroup & { projectIds: readonly string[] })[];
  dataSourcesOf: (projectId: string) => readonly SeedDataSource[] | undefined;
  images: readonly (SeedImage & { projectIds: readonly string[] })[];
}

const project = (
  Id: string,
  Name: string,
  DisplayName: string,
  extra: Partial<SeedProject> = {},
): SeedProject => ({
  Id,
  Name,
  DisplayName,
  Description: `${DisplayName} (emulator)`,
  Status: 'Available',
  Owner: KEY_ACCOUNT_ID,
  DevEnvironmentEnabled: true,
  DevRoleDisabled: false,
  PaiTaskEnabled: false,
  AliyunResourceGroupId: 'rg-acfmzbn7pti3zfa',
  AliyunResourceTags: [],
  ...extra,
});

export const SEED_PROJECTS: readonly SeedProject[] = [
  project(DEMO_PROJECT_ID, DEMO_PROJECT_NAME, '零售数仓 Retail DW'),
  project(FINANCE_PROJECT_ID, 'finance_dm', '财务集市 Finance data mart', { DevEnvironmentEnabled: false }),
  project(LARGE_PROJECT_ID, 'group_data_platform', '集团数据平台 Group data platform', {
    PaiTaskEnabled: true,
  }),
];

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红玲飞鹏辉宇浩然欣怡子轩梓涵思'];
const FIRST = [
  'Alex',
  'Amy',
  'Ben',
  'Chloe',
  'Daniel',
  'Eva',
  'Felix',
  'Gina',
  'Hugo',
  'Iris',
  'Jack',
  'Kate',
];
const LAST = ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma'];
const LARGE_ROLES = [
  [ROLES.dev],
  [ROLES.dev],
  [ROLES.guest],
  [ROLES.analyst],
  [ROLES.pe],
  [ROLES.dev, ROLES.deploy],
];

/** `count` members: some demo members first, then generated Chinese and English names with 18-digit IDs. */
export function generateMembers(count: number, seed = 618_000): SeedMember[] {
  const random = createRandom(seed);
  const members: SeedMember[] = DEMO_MEMBERS.slice(0, Math.min(5, count)).map((m) => ({ ...m }));
  for (let i = members.length; i < count; i++) {
    const chinese = random.next() < 0.6;
    const name = chinese
      ? `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.next() < 0.5 ? random.pick(GIVEN) : ''}`
      : `${random.pick(FIRST)} ${random.pick(LAST)}`;
    members.push({
      UserId: String(210_000_000_000_000_000n + BigInt(i) * 7_777_777n),
      UserName: name,
      Status: i % 97 === 13 ? 'Forbidden' : 'Normal',
      Roles: [...random.pick(LARGE_ROLES)],
    });
  }
  return members;
}

const FINANCE_MEMBERS: readonly SeedMember[] = [
  ...DEMO_MEMBERS.filter((m) => ['Alice Chen', '陈静', 'Emma Li', '孙丽'].includes(m.UserName)),
  { UserId: '209111222333444555', UserName: '钱多多', Status: 'Normal', Roles: [ROLES.admin] },
  {
    UserId: '209111222333444556',
    UserName: 'Finance Bot',
    Status: 'Normal',
    Roles: [ROLES.dev, ROLES.deploy],
  },
  { UserId: '209111222333444557', UserName: '审计 Auditor', Status: 'Normal', Roles: [ROLES.security] },
];

const FINANCE_SERVERLESS_GROUP = 'Serverless_res_group_524257424564736_6831777009001';

/**
 * The tasks of the two other workspaces (24 and 40), numbered past the demo workspace's and run by their
 * own members, groups and data sources, so that switching workspace shows other tasks.
 */
export function createOtherWorkspacesTasks(): GeneratedProject[] {
  return [
    generateProject({
      size: 24,
      projectId: FINANCE_PROJECT_ID,
      projectName: 'finance_dm',
      seed: 531_204,
      idOffset: 100_000,
      lists: {
        owners: FINANCE_MEMBERS.map((m) => m.UserId),
        groups: [EXCLUSIVE_GROUP_A, FINANCE_SERVERLESS_GROUP],
        dataSources: ['odps_finance', 'mysql_ledger'],
      },
    }),
    generateProject({
      size: 40,
      projectId: LARGE_PROJECT_ID,
      projectName: 'group_data_platform',
      seed: 618_000,
      idOffset: 200_000,
      lists: {
        owners: generateMembers(40).map((m) => m.UserId),
        groups: [EXCLUSIVE_GROUP_A],
        dataSources: ['odps_group', 'holo_group'],
      },
    }),
  ];
}

/** The emulator's tenant as the lookups read it; the large workspace's members are made on first use. */
export function createWorkspaceDirectory(): WorkspaceDirectory {
  let largeMembers: SeedMember[] | undefined;
  const members = (projectId: string): readonly SeedMember[] | undefined => {
    if (projectId === DEMO_PROJECT_ID) return DEMO_MEMBERS;
    if (projectId === FINANCE_PROJECT_ID) return FINANCE_MEMBERS;
    if (projectId === LARGE_PROJECT_ID) return (largeMembers ??= generateMembers(LARGE_PROJECT_MEMBER_COUNT));
    return undefined;
  };
  const financeSources = [
    dataSource('odps_finance', 'odps', ['Prod'], 'InstanceMode', 101),
    dataSource('mysql_ledger', 'mysql', ['Prod'], 'UrlMode', 102),
  ];
  const largeSources = [
    dataSource('odps_group', 'odps', ['Dev', 'Prod'], 'InstanceMode', 201),
    dataSource('holo_group', 'hologres', ['Dev', 'Prod'], 'InstanceMode', 202),
    dataSource('oracle_erp', 'oracle', ['Prod'], 'UrlMode', 203),
  ];
  const dataSources = new Map<string, readonly SeedDataSource[]>([
    [DEMO_PROJECT_ID, DEMO_DATA_SOURCES],
    [FINANCE_PROJECT_ID, financeSources],
    [LARGE_PROJECT_ID, largeSources],
  ]);
  const all = [DEMO_PROJECT_ID, FINANCE_PROJECT_ID, LARGE_PROJECT_ID];
  return {
    projects: SEED_PROJECTS,
    membersOf: members,
    resourceGroups: [
      // The first exclusive group serves every workspace; the others the demo one only.
      ...DEMO_RESOURCE_GROUPS.map((g, i) => ({ ...g, projectIds: i === 0 ? all : [DEMO_PROJECT_ID] })),
      {
        ...DEMO_RESOURCE_GROUPS[2]!,
        Id: FINANCE_SERVERLESS_GROUP,
        Name: 'finance_serverless',
        projectIds: [FINANCE_PROJECT_ID],
      },
    ],
    dataSourcesOf: (projectId) => dataSources.get(projectId),
    images: DEMO_IMAGES.map((image) => ({
      ...image,
      projectIds: image.Official ? all : [DEMO_PROJECT_ID],
    })),
  };
}
