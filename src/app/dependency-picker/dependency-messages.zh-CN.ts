import type { Frequency } from '#domain/task/schedule-mismatch';
import type { DependencyMessages } from './dependency-messages.ts';

const FREQUENCY_ZH: Record<Frequency, string> = {
  minutely: '分钟级',
  hourly: '小时级',
  daily: '天级',
  weekly: '周级',
  monthly: '月级',
  yearly: '年级',
};
const PER_ZH = { week: '每周', month: '每月', year: '每年' } as const;

export const zhCN: DependencyMessages = {
  searchLabel: '搜索上游任务',
  searchPlaceholder: '任务名称或产出名称的一部分',
  dependencyType: '添加为',
  addSelf: '添加：依赖自身上一周期',
  addChildren: '添加：依赖一级子节点上一周期',
  pickerHelp:
    '输入任务名称或产出名称的一部分，↓ ↑ 移动，Enter 添加，Esc 关闭。每个任务下列出其产出：选择产出即依赖该父节点输出，选择任务即按任务 ID 依赖。',
  addOutput: '依赖此父节点输出',
  searching: '搜索中…',
  resultCount: (shown, total) =>
    total === 0
      ? '没有匹配的任务。'
      : shown < total
        ? `匹配 ${total} 个任务；已加载 ${shown} 个，滚动时继续加载。`
        : `匹配 ${total} 个任务。`,
  loadingMore: '加载更多…',
  owner: '责任人',
  type: '类型',
  schedule: '调度',
  loadingOutputs: '正在读取产出…',
  added: (name) => `已添加对 ${name} 的依赖。`,
  addedType: (type) => `已添加 ${type}。`,
  alreadyThere: '该依赖已在列表中。',
  searchFailed: '搜索失败',
  colUpstream: '上游任务',
  removeRow: (row) => `删除第 ${row} 个依赖`,
  removed: (row) => `已删除第 ${row} 个依赖。`,
  missingTask: (id) => `ID 为 ${id} 的任务不存在：已被删除或从未存在。`,
  missingOutput: (output) => `没有任务提供产出 ${output}。`,
  resolving: '查询中…',
  self: '任务不能在同一周期依赖自身（依赖自身上一周期请用 CrossCycleDependsOnSelf）。',
  duplicate: (row) => `与第 ${row} 行的依赖重复`,
  cycle: (path) => `这会形成 DataWorks 无法调度的循环依赖：${path}`,
  mismatch: (m) =>
    `调度周期不匹配：此${FREQUENCY_ZH[m.frequency]}任务的实例将等待${FREQUENCY_ZH[m.upstreamFrequency]}上游的实例；${PER_ZH[m.per]}有 ${m.daysWithout} 天上游没有实例，那几天将依赖其空跑实例，即在没有新上游数据的情况下运行。`,
  checking: '正在检查循环依赖…',
  guardFailed: '无法连接 DataWorks 检查循环依赖；检查完成前不能保存。',
  graphTitle: '依赖关系图',
  graphDescription: (task) => `两层上游、${task}、两层下游，未保存的修改已标出。`,
  legendSaved: '同周期',
  legendCross: '跨周期（虚线）',
  legendAdded: '新增，未保存',
  legendRemoved: '删除，未保存',
  more: (n) => `另外 ${n} 个`,
  edgeList: '依赖边',
  edge: (from, to, cross, status) =>
    `${from} → ${to}${cross ? '（跨周期）' : ''}${status === 'added' ? ' — 新增，未保存' : status === 'removed' ? ' — 删除，未保存' : ''}`,
  graphLoading: '正在读取依赖关系…',
  graphPartial: '只读取到部分依赖关系。',
  thisTask: '本任务',
  graphFit: '适应宽度',
  graphPanHint: '图太宽无法完整显示：可滚动图片，或聚焦后用方向键平移。',
  rowHeading: (row) => `依赖 ${row}`,
};
