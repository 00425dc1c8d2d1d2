import type { Frequency, ScheduleMismatch } from '#domain/task/schedule-mismatch';

const FREQUENCY_EN: Record<Frequency, string> = {
  minutely: 'minute-level',
  hourly: 'hourly',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  yearly: 'yearly',
};
const PER_EN = { week: 'a week', month: 'a month', year: 'a year' } as const;

export const en = {
  searchLabel: 'Search upstream tasks',
  searchPlaceholder: 'Part of a task or output name',
  dependencyType: 'Add as',
  addSelf: 'Add: depends on its own previous cycle',
  addChildren: 'Add: depends on its children’s previous cycle',
  pickerHelp:
    'Type part of a task or output name, ↓ ↑ to move, Enter to add, Esc to close. Under each task are its outputs: pick one to depend on that output, or the task to depend on its ID.',
  addOutput: 'add as output dependency',
  searching: 'Searching…',
  resultCount: (shown: number, total: number) =>
    total === 0
      ? 'No task matches.'
      : shown < total
        ? `${total} tasks match; ${shown} loaded, more load as you scroll.`
        : `${total} ${total === 1 ? 'task matches' : 'tasks match'}.`,
  loadingMore: 'Loading more…',
  owner: 'Owner',
  type: 'Type',
  schedule: 'Schedule',
  loadingOutputs: 'loading outputs…',
  added: (name: string) => `Added a dependency on ${name}.`,
  addedType: (type: string) => `Added ${type}.`,
  alreadyThere: 'That dependency is already in the list.',
  searchFailed: 'The search failed',
  colUpstream: 'Upstream task',
  removeRow: (row: number) => `Remove dependency ${row}`,
  removed: (row: number) => `Removed dependency ${row}.`,
  missingTask: (id: string) => `No task has the ID ${id}: it was deleted or never existed.`,
  missingOutput: (output: string) => `No task provides the output ${output}.`,
  resolving: 'Looking up…',
  self: 'A task cannot depend on itself in the same cycle (use CrossCycleDependsOnSelf for its previous cycle).',
  duplicate: (row: number) => `repeats the dependency in row ${row}`,
  cycle: (path: string) => `This would make a loop, which DataWorks cannot schedule: ${path}`,
  mismatch: (m: ScheduleMismatch) =>
    `Schedules do not line up: this ${FREQUENCY_EN[m.frequency]} task's instances will wait for the ${FREQUENCY_EN[m.upstreamFrequency]} upstream's instance; on the ${m.daysWithout} ${m.daysWithout === 1 ? 'day' : 'days'} ${PER_EN[m.per]} without one they depend on a dry-run, so they run without fresh upstream data.`,
  checking: 'Checking for loops…',
  guardFailed: 'The loop check could not reach DataWorks; saving is blocked until it can.',
  graphTitle: 'Neighbourhood',
  graphDescription: (task: string) =>
    `Two levels of upstream tasks, ${task}, and two levels of downstream tasks, with unsaved changes marked.`,
  legendSaved: 'Same cycle',
  legendCross: 'Cross-cycle (dashed)',
  legendAdded: 'Added, not saved',
  legendRemoved: 'Removed, not saved',
  more: (n: number) => `+${n} more`,
  edgeList: 'Edges',
  edge: (from: string, to: string, cross: boolean, status: 'saved' | 'added' | 'removed') =>
    `${from} → ${to}${cross ? ' (cross-cycle)' : ''}${status === 'added' ? ' — added, not saved' : status === 'removed' ? ' — removed, not saved' : ''}`,
  graphLoading: 'Loading the neighbourhood…',
  graphPartial: 'Only part of the neighbourhood could be read.',
  thisTask: 'this task',
  graphFit: 'Fit to width',
  graphPanHint: 'Too wide to fit: scroll the picture, or focus it and use the arrow keys.',
  rowHeading: (row: number) => `Dependency ${row}`,
};
