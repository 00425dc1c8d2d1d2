import { useI18n } from '../i18n/i18n.tsx';

// Strings of the review, conflict, draft, history and error views, kept apart from the shared catalogue.

const en = {
  plan: (add: number, change: number, remove: number) =>
    `Plan: ${add} to add, ${change} to change, ${remove} to remove.`,
  unchangedHidden: (n: number) => (n === 1 ? '1 unchanged field hidden' : `${n} unchanged fields hidden`),
  unchangedEntries: (n: number) => (n === 1 ? '1 unchanged entry' : `${n} unchanged entries`),
  section: {
    General: 'General',
    Rerun: 'Rerun',
    Script: 'Script',
    Trigger: 'Trigger',
    RuntimeResource: 'Runtime resource',
    DataSource: 'Data source',
    Inputs: 'Input variables',
    Outputs: 'Outputs',
    Dependencies: 'Dependencies',
    Tags: 'Tags',
  } as Record<string, string>,
  moved: (from: number, to: number) => `moved from row ${from + 1} to row ${to + 1}`,
  renamed: (from: string) => `renamed from ${from}`,
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  scriptLines: 'Script, line by line',
  nextRunsTitle: 'Next 10 runs before and after (Asia/Shanghai)',
  runsBefore: 'Before',
  runsAfter: 'After',
  noRuns: 'No runs',
  risks: 'Check before saving',
  risk: {
    dependencyRemoved: (list: string) =>
      `A dependency is removed (${list}): this task may now run before the data it read is ready.`,
    rerunsDisabled: (before: string) =>
      `Reruns are disabled (was ${before || 'unset'}): a failed or stopped run will not be rerun, not even by hand.`,
    immediately: (late: boolean, after: string) =>
      `Instance mode "Immediately": instances are generated when the change is deployed, only for scheduled times more than 10 minutes later (after ${after}); earlier slots of today are not generated for a modified task. Changes deployed between 23:30 and 24:00 wait an extra day.${late ? ' It is now inside that 23:30–24:00 window.' : ''} DataWorks advises against Immediately for production tasks.`,
    weekdayShift: (before: string, after: string) =>
      `The schedule moves to other weekdays: ${before} → ${after}.`,
    moreFrequent: (before: number, after: number) =>
      `The schedule fires much more often: about ${before} → ${after} runs a week.`,
    ownerChanged: (before: string, after: string) =>
      `The owner changes from ${before} to ${after}: alerts and responsibility move with it.`,
  },
  cliTitle: 'Copy as aliyun CLI command',
  cliRegion: 'Region',
  copy: 'Copy',
  copied: 'Copied',
  // Conflicts
  conflictTitle: 'Someone else changed this task',
  conflictIntro: (who: string, when: string) =>
    `${who} saved this task at ${when}, after you loaded it. Nothing was sent. Your edits are carried over where they do not collide; choose for each conflict below, then review again.`,
  draftConflictIntro: (when: string) =>
    `The task changed since this draft was written (now modified at ${when}). Your draft's edits are carried over where they do not collide; choose for each conflict below.`,
  takenTheirs: 'their change, taken',
  keptYours: 'your change, kept',
  bothSame: 'both made the same change',
  conflicts: (n: number) => (n === 1 ? '1 conflict needs your choice' : `${n} conflicts need your choice`),
  noConflicts: 'No conflicts: every edit of yours can be carried over.',
  baseValue: 'When you loaded it',
  theirsValue: 'Theirs (now)',
  yoursValue: 'Yours',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  applyMerge: 'Apply and review again',
  rebased: 'Your edits now sit on top of the current task. Review them again before saving.',
  // Drafts
  draftTitle: 'Unsaved draft found',
  leaveWithUnsavedEdits: 'You have unsaved edits on this task. Leave anyway? (A local draft is kept.)',
  draftIntro: (age: string, when: string) =>
    `You have a draft of this task from ${age} (based on the task as modified at ${when}).`,
  draftStale: 'The task has changed since; restoring it merges your draft into the current task.',
  draftDiff: 'What the draft changes against the current task',
  restoreDraft: 'Restore draft',
  discardDraft: 'Discard draft',
  age: (ms: number) => {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1) return 'less than a minute ago';
    if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
    const hours = Math.round(minutes / 60);
    if (hours < 48) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
    return `${Math.round(hours / 24)} days ago`;
  },
  undo: 'Undo',
  redo: 'Redo',
  shortcuts: 'Ctrl+S review · Ctrl+Z undo · Ctrl+Shift+Z redo (outside text fields)',
  // Errors
  error: {
    invalid: 'DataWorks refused a value: see the marked fields. Your edits are kept.',
    forbidden: 'You are not allowed to change this task (Forbidden). Ask its owner or a workspace admin.',
    throttled: 'DataWorks is busy (throttling). Wait a few seconds and save again.',
    notApplied:
      'DataWorks did not answer in time, and reading the task back shows the change was NOT applied. Saving again is safe.',
    unknownOutcome:
      'DataWorks did not answer in time and the task could not be read back: the change may or may not be applied. Reload the task before saving again.',
    network: 'The editor server could not be reached. Check that it is running, then save again.',
    notFound: 'The task no longer exists in DataWorks.',
    token: 'The access token was refused.',
    other: 'DataWorks refused the save.',
    kept: 'Your edits are kept as a draft on this device.',
  },
  confirmedByReadBack:
    'DataWorks did not answer in time, but reading the task back confirms the change was applied.',
  // History
  historyTitle: 'History',
  historySaves: 'Saves through this editor',
  historyLogs: 'DataWorks operation logs (last 7 days)',
  historyEmpty: 'No saves yet.',
  logsEmpty: 'No operations in the last 7 days.',
  outcome: {
    saved: 'saved',
    refused: 'refused',
    conflict: 'stopped: conflict',
    unknown: 'outcome unknown',
    'confirmed-by-read-back': 'saved (confirmed by read-back)',
  } as Record<string, string>,
  by: (user: string) => `by ${user}`,
  // Access token
  tokenTitle: 'Access token',
  tokenIntro: 'This server needs its access token. It is kept for this browser tab only.',
  tokenLabel: 'Access token',
  tokenSubmit: 'Continue',
  tokenCancel: 'Cancel',
};

export type ReviewMessages = typeof en;

const zhCN: ReviewMessages = {
  plan: (add, change, remove) => `计划：新增 ${add} 项，修改 ${change} 项，删除 ${remove} 项。`,
  unchangedHidden: (n) => `已折叠 ${n} 个未变字段`,
  unchangedEntries: (n) => `${n} 个未变条目`,
  section: {
    General: '基本信息',
    Rerun: '重跑',
    Script: '脚本',
    Trigger: '调度触发',
    RuntimeResource: '运行资源',
    DataSource: '数据源',
    Inputs: '输入变量',
    Outputs: '输出',
    Dependencies: '依赖',
    Tags: '标签',
  },
  moved: (from, to) => `从第 ${from + 1} 行移到第 ${to + 1} 行`,
  renamed: (from) => `由 ${from} 改名`,
  added: '新增',
  removed: '删除',
  changed: '修改',
  scriptLines: '脚本逐行对比',
  nextRunsTitle: '修改前后的下 10 次运行（Asia/Shanghai）',
  runsBefore: '修改前',
  runsAfter: '修改后',
  noRuns: '不会运行',
  risks: '保存前请确认',
  risk: {
    dependencyRemoved: (list) => `删除了依赖（${list}）：本任务可能在所读数据就绪前运行。`,
    rerunsDisabled: (before) =>
      `重跑被禁止（原为 ${before || '未设置'}）：失败或停止的实例不会再重跑，手动也不行。`,
    immediately: (late, after) =>
      `实例生成方式为“发布后即时生成”：发布时只为 10 分钟之后（${after} 之后）的定时生成实例，修改的任务今天更早的时间点不再生成。23:30–24:00 之间发布的变更要再等一天。${late ? '现在正处于 23:30–24:00 窗口内。' : ''}DataWorks 建议生产任务不要使用即时生成。`,
    weekdayShift: (before, after) => `调度改到了其他星期：${before} → ${after}。`,
    moreFrequent: (before, after) => `调度频率大幅提高：每周约 ${before} → ${after} 次。`,
    ownerChanged: (before, after) => `责任人由 ${before} 改为 ${after}：告警和责任随之转移。`,
  },
  cliTitle: '复制为 aliyun CLI 命令',
  cliRegion: '地域',
  copy: '复制',
  copied: '已复制',
  conflictTitle: '其他人修改了此任务',
  conflictIntro: (who, when) =>
    `${who} 在 ${when} 保存了此任务，晚于您加载的时间。本次未发送任何内容。不冲突的修改已为您保留；请对下面每个冲突做出选择，然后重新检查。`,
  draftConflictIntro: (when) =>
    `草稿写下之后任务已被修改（当前修改时间 ${when}）。草稿中不冲突的修改已保留；请对下面每个冲突做出选择。`,
  takenTheirs: '采用对方的修改',
  keptYours: '保留您的修改',
  bothSame: '双方修改相同',
  conflicts: (n) => `${n} 处冲突需要您选择`,
  noConflicts: '没有冲突：您的所有修改都可以保留。',
  baseValue: '您加载时',
  theirsValue: '对方（当前）',
  yoursValue: '您的',
  keepMine: '保留我的',
  takeTheirs: '采用对方的',
  applyMerge: '应用并重新检查',
  rebased: '您的修改已基于当前任务重新应用，请在保存前重新检查。',
  draftTitle: '发现未保存的草稿',
  leaveWithUnsavedEdits: '此任务有未保存的修改，仍要离开吗？（本地草稿会保留。）',
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
  undo: '撤销',
  redo: '重做',
  shortcuts: 'Ctrl+S 检查 · Ctrl+Z 撤销 · Ctrl+Shift+Z 重做（文本框外）',
  error: {
    invalid: 'DataWorks 拒绝了某个值：请查看标出的字段。您的修改仍然保留。',
    forbidden: '您无权修改此任务（Forbidden）。请联系任务责任人或工作空间管理员。',
    throttled: 'DataWorks 繁忙（限流）。请稍等几秒后重新保存。',
    notApplied: 'DataWorks 未及时响应，回读任务表明修改并未生效。可以放心重新保存。',
    unknownOutcome:
      'DataWorks 未及时响应，且无法回读任务：修改可能已生效也可能未生效。请先重新加载任务再保存。',
    network: '无法连接编辑器服务。请确认服务仍在运行，然后重新保存。',
    notFound: 'DataWorks 中已不存在此任务。',
    token: '访问令牌被拒绝。',
    other: 'DataWorks 拒绝了保存。',
    kept: '您的修改已作为草稿保存在本设备上。',
  },
  confirmedByReadBack: 'DataWorks 未及时响应，但回读任务确认修改已生效。',
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
  },
  by: (user) => `由 ${user}`,
  tokenTitle: '访问令牌',
  tokenIntro: '此服务需要访问令牌。令牌只保存在当前浏览器标签页中。',
  tokenLabel: '访问令牌',
  tokenSubmit: '继续',
  tokenCancel: '取消',
};

export const reviewCatalogues = { en, 'zh-CN': zhCN } as const;

export function useReviewMessages(): ReviewMessages {
  return reviewCatalogues[useI18n().locale];
}
