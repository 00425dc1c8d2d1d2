import type { HistoryMessages } from './history-messages.ts';

export const zhCN: HistoryMessages = {
  historyTitle: '历史',
  historySaves: '通过本编辑器的保存',
  historyLogs: 'DataWorks 操作日志（最近 7 天）',
  historyEmpty: '还没有保存记录。',
  logsEmpty: '最近 7 天没有操作。',
  outcome: {
    saved: '已保存',
    refused: '被拒绝',
    conflict: '因冲突停止',
    unknown: '结果未知',
    'confirmed-by-read-back': '已保存（回读确认）',
    'landed-late': '已保存（延迟生效）',
    'not-landed': '未生效',
    'already-applied': '此前已保存，未重复发送',
  },
  by: (user) => `由 ${user}`,
  historyBatches: '包含此任务的批量操作',
  batch: (id) => `批量操作 #${id}`,
  batchState: {
    pending: '尚未提交',
    sending: '提交中',
    saved: '已保存',
    failed: '失败',
    conflict: '冲突：未覆盖',
    unknown: '结果未知',
  },
};
