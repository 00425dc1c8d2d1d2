import type { DraftMessages } from './draft-messages.ts';

export const zhCN: DraftMessages = {
  draftTitle: '发现未保存的草稿',
  draftIntro: (age, when) => `您有此任务的一份草稿，保存于${age}（基于修改时间为 ${when} 的任务）。`,
  draftStale: '此后任务已被修改；恢复草稿时会与当前任务合并。',
  draftDiff: '草稿相对当前任务的修改',
  restoreDraft: '恢复草稿',
  discardDraft: '丢弃草稿',
  age: (ms) => {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1) return '不到一分钟前';
    if (minutes < 60) return `${minutes} 分钟前`;
    const hours = Math.round(minutes / 60);
    if (hours < 48) return `${hours} 小时前`;
    return `${Math.round(hours / 24)} 天前`;
  },
};
