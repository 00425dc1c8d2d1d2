import type { BatchMessages } from './batch-messages.ts';

const MODE = { minute: '每隔几分钟', hourly: '每小时', other: '一天多次' } as const;
const CYCLE = { Daily: '天调度', NotDaily: '小时调度' } as const;

// Strings of batch editing in Simplified Chinese, in the DataWorks console's words.
export const zhCN: BatchMessages = {
  plan: (changed, unchanged, refused) =>
    `计划：修改 ${changed} 个任务，${unchanged} 个不变，${refused} 个拒绝。`,
  saveN: (n) => `保存 ${n} 个任务到 DataWorks`,
  refusal: {
    'manual-trigger': () =>
      '此任务为手动触发（Trigger.Type 为 Manual）：没有周期调度，其 Cron 和运行方式保持不变。',
    'no-cron': () => '此任务没有可修改的 Cron。',
    'sub-daily': (r) =>
      `此任务${MODE[r.mode]}运行一次（${r.cron}）：没有唯一的定时时间可改。请设置完整的 Cron，或单独编辑此任务。`,
    'cron-unreadable': (r) => `无法解析此任务的 Cron（${r.cron}）：请单独编辑此任务。`,
    'cycle-type-change': (r) =>
      `此 Cron 会把调度周期由${CYCLE[r.before]}改为${CYCLE[r.after]}（Trigger.CycleType），BatchUpdateTasks 无法携带该参数：请单独编辑此任务。`,
    'invalid-value': (_r, issues) => `修改后此任务不符合规则：${issues}`,
    'duplicate-task': () => '重复选择：只计划一次。',
    'changed-since': (r) => `批量操作后已被修改（${r.keys.join('、')}）：保持当前内容，不覆盖。`,
  },
  callout: {
    unscheduled: (n) => `${n} 个任务将不再周期调度（改为手动触发）。`,
    paused: (n) => `${n} 个任务将暂停调度：恢复前不会运行任何实例。`,
    'dry-run': (n) => `${n} 个任务将空跑：实例直接置为成功，不执行代码。`,
    'reruns-disabled': (n) => `${n} 个任务将不能重跑。`,
    'more-frequent': (n) => `${n} 个任务的运行将更频繁。`,
    'weekday-shift': (n) => `${n} 个任务将改到其他星期运行。`,
    'weekdays-dropped': (n) =>
      `${n} 个任务将不再在某些星期运行：这些日子生成空跑实例，其下游任务使用未更新的数据运行。`,
    'owner-changed': (n) => `${n} 个任务的责任人将变更：告警和责任随之转移。`,
    'dependency-removed': (n) => `${n} 个任务将删除依赖。`,
    'instance-mode-immediately': (n) => `${n} 个任务将在发布后即时生成实例。`,
  },
  operationIssue: {
    invalid: (i, op, message) => `操作 ${op}：${i.path} ${message}`,
    'not-settable': (i, op) => `操作 ${op}：${i.path} 不能批量设置。`,
    conflict: (i, op, other) => `操作 ${op} 与操作 ${other} 都修改 ${i.target}：请只保留一个。`,
    'invalid-comment': (_i, message) => `备注：${message}`,
    'invalid-chunk-size': (i) => `每次调用的任务数必须是 1 到 ${i.max} 之间的整数。`,
  },
};
