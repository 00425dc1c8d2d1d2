import type { ReviewMessages } from './review-messages.ts';

export const zhCN: ReviewMessages = {
  plan: (add, change, remove) => `计划：新增 ${add} 项，修改 ${change} 项，删除 ${remove} 项。`,
  nextRunsTitle: (count, zone) => `修改前后的下 ${count} 次运行（${zone}）`,
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
    listSeparator: '、',
    weekdayShift: (before, after) => `调度改到了其他星期：${before} → ${after}。`,
    weekdaysDropped: (dropped, count, kept, downstream) =>
      `调度不再在${dropped}运行（每周少 ${count} 天，保留${kept}）。这些日子 DataWorks 生成空跑实例，直接成功而不执行：${downstream}`,
    downstreamCount: (n, partial) =>
      n === 0
        ? '没有任务依赖本任务。'
        : `${partial ? '至少 ' : ''}${n} 个下游任务届时将使用未更新的数据运行。`,
    downstreamLoading: '正在统计下游任务…',
    downstreamUnknown: '其下游任务（未能统计数量）届时将使用未更新的数据运行。',
    moreFrequent: (before, after) => `调度频率大幅提高：每周约 ${before} → ${after} 次。`,
    ownerChanged: (before, after) => `责任人由 ${before} 改为 ${after}：告警和责任随之转移。`,
  },
  cliTitle: '复制为 aliyun CLI 命令',
  cliRegion: '地域',
  cliRegionHelp: (region) => (region ? `本部署的地域为 ${region}。` : '未能得知本部署的地域：请填写。'),
  cliNoConflictCheck:
    '该命令按原样发送此请求：与“保存”不同，它不做冲突检查，会覆盖你加载任务之后其他人保存的修改。',
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
  leaveWithUnsavedEdits: '此任务有未保存的修改，仍要离开吗？（本地草稿会保留。）',
  undo: '撤销',
  redo: '重做',
  shortcuts: 'Ctrl+S 检查 · Ctrl+Z 撤销 · Ctrl+Shift+Z 重做（文本框外）',
  save: {
    saveN: (n) => `保存 ${n} 处变更到 DataWorks`,
    saving: '正在保存…',
    close: '关闭',
    retry: '重新保存',
    backToFix: '返回编辑，定位到第一个标出的字段',
    savedTitle: '已保存',
    saved: (requestId) => `已保存到 DataWorks。RequestId ${requestId}。`,
    confirmedByReadBack:
      '已保存。DataWorks 未及时响应，但回读任务显示修改已生效。（DataWorks 未返回此次保存的 RequestId。）',
    alreadyApplied: '已经保存过：您之前的保存最终已生效，任务中正是这些修改。本次未重复发送。',
    landed: (when) =>
      `已生效：回读任务显示修改已于 ${when} 生效。已保存。（DataWorks 未返回此次保存的 RequestId。）`,
    failedTitle: '未保存',
    invalidFields: (n) => `DataWorks 拒绝了 ${n} 个值，已在表单中标出。修改未生效。`,
    invalidNoField: 'DataWorks 拒绝了请求，但未指明字段。修改未生效。其返回信息：',
    serverError: (status) =>
      `保存失败：DataWorks 返回服务端错误（HTTP ${status}）。修改未生效，可以放心重新保存。`,
    throttled: 'DataWorks 繁忙（限流），未接受此次保存。修改未生效，请稍等几秒后重新保存。',
    notSent: '无法连接 DataWorks：请求发出前连接即失败。修改未生效，可以放心重新保存。',
    storeUnavailable:
      '编辑器无法在保存记录中记下此次保存（其数据库不可用），因此没有向 DataWorks 发送任何内容。修改未生效，请稍后重新保存。',
    forbidden: '您无权修改此任务（Forbidden）。请联系任务责任人或工作空间管理员。',
    notFound: 'DataWorks 中已不存在此任务。',
    token: '访问令牌被拒绝。',
    other: '保存失败。DataWorks 是否应用了修改，请看其返回信息：',
    timeout: (until) =>
      `尚未确认：DataWorks 未及时响应，修改仍可能生效。编辑器每隔几秒回读一次任务，直到 ${until}。`,
    dropped: (until) =>
      `尚未确认：请求发出后连接中断，修改仍可能生效。编辑器每隔几秒回读一次任务，直到 ${until}。`,
    editorUnreachable:
      '尚未确认：与编辑器服务的连接中断，无法知道保存是否已发出。编辑器每隔几秒回读一次任务，直到可以判断。',
    notLanded: (minutes) =>
      `未生效：回读 ${minutes} 分钟后，任务中仍没有此修改。修改未生效，可以放心重新保存。`,
    notLandedYet:
      '任务中暂时还没有此修改。可以放心重新保存：如果第一次保存在此期间生效，编辑器会识别出来，不会重复发送。',
    checking: '正在回读任务…',
    kept: '您的修改仍保留在表单中，并作为草稿保存在本设备上。',
    details: '详情',
    ownSaveConflict: (when) =>
      `您本人在 ${when} 保存过此任务，晚于本页面加载的时间（在另一个标签页中，或之前一次延迟生效的保存）。本次保存与那次不同。本次未发送任何内容。请对下面每个冲突做出选择，然后重新检查。`,
    conflictByEditor: (who, when) =>
      `${who} 在 ${when} 通过本编辑器保存了此任务，晚于您加载的时间。本次未发送任何内容。不冲突的修改已为您保留；请对下面每个冲突做出选择，然后重新检查。`,
  },
  bar: {
    label: '编辑操作',
    changedFields: (n) => (n === 0 ? '没有未保存的修改' : `${n} 个字段已修改`),
    errors: (n) => `${n} 个错误`,
    goToFirstError: '定位到第一个',
    draftKept: '草稿已保存在本设备',
    savedAt: (when, requestId) =>
      requestId ? `已于 ${when} 保存 · RequestId ${requestId}` : `已于 ${when} 保存`,
    serverNewer: (who, when) =>
      `${who} 于 ${when} 在 DataWorks 中修改了此任务，晚于您加载的时间：检查变更时会显示两个版本。`,
    nothingToUndo: '没有可撤销的操作',
    nothingToRedo: '没有可重做的操作',
    nothingToDiscard: '没有可放弃的修改',
    reviewWhileInvalid: '请先修改标出的字段：检查变更会定位到它们。',
  },
  discardTitle: '放弃您的修改？',
  discardBody: (n) => `将丢弃 ${n} 个已修改的字段以及本设备上的草稿。在离开此页面之前，可以用“撤销”恢复。`,
  discardConfirm: '放弃修改',
  discardCancel: '继续编辑',
};
