import type { WorkspaceMessages } from './workspace-messages.ts';

// The workspace lookups' strings in Simplified Chinese, in the DataWorks console's words (责任人, 资源组, 数据源,
// 镜像, 工作空间成员).
export const zhCN: WorkspaceMessages = {
  ownerHint: '可按姓名或 ID 搜索工作空间成员，保存的是账号 ID。',
  resourceGroupHint: '按名称选择，保存的是资源组标识。',
  dataSourceHint: '按名称选择。',
  imageHint: '服务提供镜像列表时可按名称选择。',
  withHint: (help, hint) => `${help}${hint}`,

  searching: '正在搜索…',
  noMatch: '没有匹配项。',
  resultCount: (shown, total) =>
    shown === total ? `${total} 个结果` : `共 ${total} 个结果，显示 ${shown} 个`,
  chosen: (label) => `已选择：${label}`,

  notMember: '不是此工作空间的成员',
  notResourceGroup: '不是此工作空间的资源组',
  notDataSource: '不是此工作空间的数据源',
  notImage: '不是此工作空间的镜像',
  stopped: '已停止',
  groupStatus: (status) => `状态 ${status}`,
  canStillSave: (flag) => `${flag}，仍可保存。`,
  disabledMember: '账号已禁用',
  defaultImage: '默认',

  lookupFailed: {
    members: (code) => `无法加载工作空间成员（${code}）：请输入账号 ID。`,
    resourceGroups: (code) => `无法加载资源组（${code}）：请输入资源组标识。`,
    dataSources: (code) => `无法加载数据源（${code}）：请输入数据源名称。`,
    images: (code) => `无法加载镜像（${code}）：请输入镜像 ID。`,
  },
  imagesUnavailable: (code) => `此服务不提供镜像列表（${code}）：请输入镜像 ID。`,

  groupTypes: {
    CommonV2: 'Serverless 资源组',
    ExclusiveScheduler: '独享调度资源组',
    ExclusiveDataIntegration: '独享数据集成资源组',
    ExclusiveDataService: '独享数据服务资源组',
  },
  groupStatuses: { Normal: '运行中', Stop: '已停止' },
  envTypes: { Prod: '生产', Dev: '开发' },
  roleNames: {
    role_project_owner: '空间所有者',
    role_project_admin: '空间管理员',
    role_project_dev: '开发',
    role_project_pe: '运维',
    role_project_deploy: '部署',
    role_project_guest: '访客',
    role_project_security: '安全管理员',
    role_project_data_analyst: '数据分析师',
    role_project_erd: '模型设计师',
    role_project_dg_admin: '数据治理管理员',
  },

  ownerFilter: '责任人',
  ownerFilterPlaceholder: '姓名或账号 ID',
  ownerFilterHelp: '选择成员，或输入完整的账号 ID。',
  filteringBy: (label) => `显示责任人为 ${label} 的任务`,
  clearOwnerFilter: '清除责任人筛选',

  workspace: '工作空间',
  workspaceList: '此编辑器可用的工作空间',
  workspaceCount: (count) => `${count} 个工作空间`,
  workspaceNotServed: (id) => `此编辑器不提供工作空间 ${id}。`,
  openDefaultWorkspace: (label) => `打开 ${label}`,
  workspaceListFailed: (code) => `无法加载工作空间名称（${code}）。`,
};
