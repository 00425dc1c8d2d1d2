// The demo workspace's people and resources, as the lookups answer them (reference/workspace-lookups.md
// §4-8): forty members with Chinese and English names and several roles, scheduling resource groups of each
// type (one stopped), data sources whose connection properties hold a password, and images. The demo tasks
// take their owners, groups, sources and images from here, with a few deliberately off the lists
// (NON_MEMBER_OWNER, STOPPED_GROUP_ID, UNKNOWN_GROUP_ID, UNKNOWN_DATA_SOURCE) so the pickers' flags show.

export interface SeedRole {
  Code: string;
  Name: string;
  Type: 'System' | 'UserCustom';
}

/** Built-in role codes as listed by the SDK; the names are the console's (UNVERIFIED but for `Visitors`). */
export const ROLES = {
  owner: { Code: 'role_project_owner', Name: 'Workspace Owner', Type: 'System' },
  admin: { Code: 'role_project_admin', Name: 'Workspace Administrator', Type: 'System' },
  dev: { Code: 'role_project_dev', Name: 'Develop', Type: 'System' },
  pe: { Code: 'role_project_pe', Name: 'O&M', Type: 'System' },
  deploy: { Code: 'role_project_deploy', Name: 'Deploy', Type: 'System' },
  guest: { Code: 'role_project_guest', Name: 'Visitors', Type: 'System' },
  security: { Code: 'role_project_security', Name: 'Security Administrator', Type: 'System' },
  analyst: { Code: 'role_project_data_analyst', Name: 'Data Analyst', Type: 'System' },
  erd: { Code: 'role_project_erd', Name: 'Model Designer', Type: 'System' },
  dgAdmin: { Code: 'role_project_dg_admin', Name: 'Data Governance Administrator', Type: 'System' },
  reviewer: { Code: 'role_custom_etl_reviewer', Name: 'ETL Reviewer', Type: 'UserCustom' },
} as const satisfies Record<string, SeedRole>;

export interface SeedMember {
  UserId: string;
  UserName: string;
  /** ListProjectMembers says `Forbidden`, GetProjectMember `Disabled` for the same state (reference §12). */
  Status: 'Normal' | 'Forbidden';
  Roles: SeedRole[];
}

const member = (
  UserId: string,
  UserName: string,
  roles: (keyof typeof ROLES)[],
  Status: SeedMember['Status'] = 'Normal',
): SeedMember => ({ UserId, UserName, Status, Roles: roles.map((r) => ROLES[r]) });

/** The AccessKey's own account: ModifyUser of every save through the editor. */
export const KEY_ACCOUNT_ID = '1107550004253538';

/** The demo workspace's members: the first four are the owners of the demo tasks before issue 15. */
export const DEMO_MEMBERS: readonly SeedMember[] = [
  member(KEY_ACCOUNT_ID, 'Alice Chen', ['owner', 'admin']),
  member('207413640512347165', '张伟', ['dev', 'deploy']),
  member('203519867712345678', '李娜', ['dev']),
  member('1965326452930810', 'Bob Wang', ['pe']),
  member('205882329397730300', '王芳', ['dev']),
  member('208695601895427407', '刘洋', ['dev', 'pe']),
  member('204325849444905573', '陈静', ['analyst']),
  member('206152272477863443', '杨磊', ['dev']),
  member('204494926333889148', '赵敏', ['security']),
  member('205326297417318229', '黄勇', ['deploy']),
  member('207308280163333356', '周杰', ['dev']),
  member('205055012501191026', '吴婷', ['guest']),
  member('208200324848698262', '徐明', ['erd']),
  member('207204216148212048', '孙丽', ['analyst']),
  member('207533303295783832', '马超', ['dev']),
  member('207101538749288509', '朱琳', ['dgAdmin']),
  member('205858788220679746', '胡斌', ['pe']),
  member('207199071491808888', '郭强', ['dev', 'reviewer']),
  member('206822595803123648', '何雪', ['guest']),
  member('206752946147175056', '高飞', ['dev']),
  member('207787231343485977', '林涛', ['deploy']),
  member('209198500559854241', '罗欣', ['analyst']),
  // Two people can share a name: the ID tells them apart.
  member('208410117172556556', '张伟', ['guest']),
  member('208153280958999834', 'Carol Liu', ['dev']),
  member('207956886196363607', 'David Zhang', ['admin']),
  member('206838666591491520', 'Emma Li', ['analyst']),
  member('208058540708997184', 'Frank Zhou', ['dev']),
  member('204593027588663030', 'Grace Wu', ['guest']),
  member('205762800687697315', 'Henry Xu', ['pe']),
  member('208809281642423150', 'Ivy Sun', ['dev']),
  member('209530853464928356', 'Jason Huang', ['erd']),
  member('204156558941341637', 'Kevin Lin', ['dev']),
  member('208773685581823409', 'Lily Zhao', ['analyst', 'reviewer']),
  member('205366299942279047', 'Mike Guo', ['guest']),
  member('207561206992385492', 'Nina He', ['dev']),
  member('204662821031606098', 'Peter Luo', ['dev', 'deploy']),
  member('206664522784693050', 'Oscar Gao', ['dev'], 'Forbidden'),
  // A RAM user named by its login rather than a person (what UserName holds is UNVERIFIED, reference §13.3).
  member('206092991259264838', 'etl_service', ['dev', 'deploy']),
  member('208897148250410346', 'Quinn 钱', ['dev']),
  member('208504243649697662', '欧阳娜娜', ['analyst']),
];

/** Owners of the demo tasks, in turn; the first is the key's account. */
export const DEMO_OWNERS: readonly string[] = [
  KEY_ACCOUNT_ID,
  '207413640512347165',
  '203519867712345678',
  '1965326452930810',
  '205882329397730300',
  '208695601895427407',
  '206152272477863443',
  '207308280163333356',
  '208153280958999834',
  '208058540708997184',
  '206092991259264838',
];
/** A numeric account ID that is no member of the workspace (someone who left): the owner of a few tasks. */
export const NON_MEMBER_OWNER = '1999888877776666';
/** A member whose account is disabled, owner of one task. */
export const FORBIDDEN_MEMBER = '206664522784693050';

export interface SeedResourceGroup {
  Id: string;
  Name: string;
  Remark: string;
  ResourceGroupType: 'CommonV2' | 'ExclusiveDataIntegration' | 'ExclusiveScheduler' | 'ExclusiveDataService';
  Status: 'Normal' | 'Stop';
  PaymentType: 'PrePaid' | 'PostPaid';
  Spec: { Standard: string; Amount: number };
  CreateTime: number;
  CreateUser: string;
  DefaultVpcId: string;
  /** The typo is ListResourceGroups' wire name (reference §6). */
  DefaultVswicthId: string;
  OrderInstanceId: string;
  AliyunResourceGroupId: string;
  AliyunResourceTags: { Key: string; Value: string }[];
}

const group = (
  Id: string,
  Name: string,
  ResourceGroupType: SeedResourceGroup['ResourceGroupType'],
  n: number,
  extra: Partial<SeedResourceGroup> = {},
): SeedResourceGroup => ({
  Id,
  Name,
  Remark: `${Name} (${ResourceGroupType})`,
  ResourceGroupType,
  Status: 'Normal',
  PaymentType: ResourceGroupType === 'CommonV2' ? 'PostPaid' : 'PrePaid',
  Spec: { Standard: `${2 * n}CU`, Amount: n },
  CreateTime: Date.UTC(2025, 2, n, 8, 0, 0),
  CreateUser: KEY_ACCOUNT_ID,
  DefaultVpcId: `vpc-bp1demo${String(n).padStart(4, '0')}`,
  DefaultVswicthId: `vsw-bp1demo${String(n).padStart(4, '0')}`,
  OrderInstanceId: `c442b330-3b10-4584-959e-736e4ed${String(n).padStart(5, '0')}`,
  AliyunResourceGroupId: 'rg-acfmzbn7pti3zfa',
  AliyunResourceTags: [],
  ...extra,
});

export const EXCLUSIVE_GROUP_A = 'S_res_group_524258031846018_1684000000000';
export const EXCLUSIVE_GROUP_B = 'S_res_group_524258031846018_1684000000001';
export const SERVERLESS_GROUP = 'Serverless_res_group_524257424564736_6831777003001';
/** An exclusive scheduling group that expired: Status `Stop`. A few demo tasks still run on it. */
export const STOPPED_GROUP_ID = 'S_res_group_524258031846018_1684000000009';
/** No group has this identifier any more (deleted): a demo task still names it. */
export const UNKNOWN_GROUP_ID = 'S_res_group_524258031846018_1683000000000';

/** The groups of the demo workspace, of each type; the picker asks for CommonV2 and ExclusiveScheduler. */
export const DEMO_RESOURCE_GROUPS: readonly SeedResourceGroup[] = [
  group(EXCLUSIVE_GROUP_A, 'sched_exclusive_a', 'ExclusiveScheduler', 1),
  group(EXCLUSIVE_GROUP_B, 'sched_exclusive_b', 'ExclusiveScheduler', 2),
  group(SERVERLESS_GROUP, 'common_serverless', 'CommonV2', 3),
  group('Serverless_res_group_524257424564736_6831777003002', 'common_serverless_bi', 'CommonV2', 4),
  group(STOPPED_GROUP_ID, 'sched_exclusive_2023', 'ExclusiveScheduler', 5, { Status: 'Stop' }),
  group('di_res_group_524258031846018_1684000000101', 'di_exclusive', 'ExclusiveDataIntegration', 6),
  group('ds_res_group_524258031846018_1684000000201', 'dataservice_exclusive', 'ExclusiveDataService', 7),
];

/** What the emulator's data sources carry as a password: a test proves it never leaves the proxy. */
export const EMULATOR_DATA_SOURCE_PASSWORD = 's3cr3t-emulator-pass';

export interface SeedDataSourceInstance {
  Id: number;
  ConnectionPropertiesMode: 'InstanceMode' | 'UrlMode';
  /** Varies by type; `envType` is the instance's environment (reference §7). */
  ConnectionProperties: Record<string, unknown>;
  QualifiedName: string;
  Description: string;
  CreateTime: number;
  ModifyTime: number;
  CreateUser: string;
  ModifyUser: string;
}

export interface SeedDataSource {
  Name: string;
  Type: string;
  DataSource: SeedDataSourceInstance[];
}

/**
 * One data source name with an instance per environment; URL-mode ones hold a username and password. `n`
 * numbers it in its tenant (IDs and times follow from it).
 */
export function dataSource(
  Name: string,
  Type: string,
  envs: ('Dev' | 'Prod')[],
  mode: 'InstanceMode' | 'UrlMode',
  n: number,
): SeedDataSource {
  return {
    Name,
    Type,
    DataSource: envs.map((env, k) => {
      const instanceId = `${Type}-cn-${Name.replace(/_/g, '')}${env === 'Dev' ? '-dev' : ''}`;
      const database = env === 'Dev' ? `${Name}_dev` : Name;
      const ConnectionProperties: Record<string, unknown> =
        mode === 'UrlMode'
          ? {
              envType: env,
              address: [{ host: `${instanceId}.rds.aliyuncs.com`, port: 3306 }],
              database,
              username: `${Name}_rw`,
              password: EMULATOR_DATA_SOURCE_PASSWORD,
            }
          : {
              envType: env,
              regionId: 'cn-hangzhou',
              instanceId,
              database,
              authType: 'Executor',
              authIdentity: KEY_ACCOUNT_ID,
            };
      return {
        Id: 16_000 + n * 2 + k,
        ConnectionPropertiesMode: mode,
        ConnectionProperties,
        QualifiedName: `${KEY_ACCOUNT_ID}:cn-hangzhou:${Type}:${instanceId}:${database}`,
        Description: `${Name} (${env})`,
        CreateTime: Date.UTC(2025, 3, 1, 9, 0, 0) + n * 3_600_000 + k * 60_000,
        ModifyTime: Date.UTC(2025, 9, 1, 9, 0, 0) + n * 3_600_000 + k * 60_000,
        CreateUser: KEY_ACCOUNT_ID,
        ModifyUser: KEY_ACCOUNT_ID,
      };
    }),
  };
}

/** A data source name that no longer exists in the workspace: two demo tasks still name it. */
export const UNKNOWN_DATA_SOURCE = 'mysql_legacy_orders';

export const DEMO_DATA_SOURCES: readonly SeedDataSource[] = [
  dataSource('odps_retail', 'odps', ['Dev', 'Prod'], 'InstanceMode', 1),
  dataSource('holo_retail', 'hologres', ['Dev', 'Prod'], 'InstanceMode', 2),
  dataSource('mysql_orders', 'mysql', ['Dev', 'Prod'], 'UrlMode', 3),
  dataSource('pg_crm', 'postgresql', ['Prod'], 'UrlMode', 4),
  dataSource('clickhouse_events', 'clickhouse', ['Dev'], 'UrlMode', 5),
  dataSource('emr_hive_logs', 'emr', ['Dev', 'Prod'], 'InstanceMode', 6),
  dataSource('polardb_members', 'polardb', ['Prod'], 'UrlMode', 7),
];

export interface SeedImage {
  Id: string;
  Name: string;
  Version: string;
  ImageTag: string;
  Description: string;
  Status: 'Disabled' | 'Expired' | 'Available' | 'ReadOnly';
  PublishStage: string;
  Accessibility: 'Public' | 'Private';
  Official: boolean;
  IsDefault: boolean;
  ProviderType: 'ACR' | 'DataWorks';
  ImageUri: string;
  Size: string;
  Supported: { Module: string; TaskTypes: string[] };
  Creator: string;
  Modifier: string;
  CreatedTime: number;
  LastModifiedTime: number;
}

const image = (
  Id: string,
  Name: string,
  Version: string,
  n: number,
  extra: Partial<SeedImage> = {},
): SeedImage => ({
  Id,
  Name,
  Version,
  ImageTag: `v${Version}`,
  Description: `${Name} ${Version}`,
  Status: 'Available',
  PublishStage: 'Published',
  Accessibility: 'Public',
  Official: false,
  IsDefault: false,
  ProviderType: 'ACR',
  ImageUri: `registry.cn-hangzhou.aliyuncs.com/retail-dw/${Name}:v${Version}`,
  Size: '1GB',
  Supported: { Module: 'Scheduler', TaskTypes: [] },
  Creator: KEY_ACCOUNT_ID,
  Modifier: KEY_ACCOUNT_ID,
  CreatedTime: Date.UTC(2026, 4, n, 10, 0, 0),
  LastModifiedTime: Date.UTC(2026, 5, n, 10, 0, 0),
  ...extra,
});

/** The image the demo's Python tasks run in (whether a task's Image is ListImages' Id: UNVERIFIED, §8). */
export const DEMO_IMAGE_ID = 'Custom_image_530876_1001';

export const DEMO_IMAGES: readonly SeedImage[] = [
  image('Official_image_python39', 'dataworks_python39', '1', 1, {
    Official: true,
    IsDefault: true,
    ProviderType: 'DataWorks',
  }),
  image(DEMO_IMAGE_ID, 'python3_dataworks', '3', 2),
  image('Custom_image_530876_1002', 'pyodps_ml', '1', 3, {
    Supported: { Module: 'Scheduler', TaskTypes: ['PY_ODPS3'] },
  }),
  image('Custom_image_530876_1003', 'spark_legacy', '2', 4, { Status: 'Disabled' }),
  image('Custom_image_530876_1004', 'notebook_gpu', '1', 5, {
    Supported: { Module: 'Notebook', TaskTypes: [] },
  }),
];
