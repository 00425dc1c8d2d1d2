import type { TaskSummary } from '#domain/task/task';

// The picker's list as options: each task found, and under it each of its outputs, so an output is added by
// picking it rather than by typing its whole identifier. ListTasks searches names only (a fuzzy substring), so
// outputs are found through their task: the name typed narrows the tasks, and the outputs of the tasks found
// are read with GetTask as their rows come into view (outputs are named after their task, `project.task_name`,
// in the DataWorks console's default and in the demo project).

export interface PickerOption {
  /** Unique in the list: the task's ID, or `ID>output`. */
  key: string;
  /** The task's position among the results (its virtualized row). */
  row: number;
  task: TaskSummary;
  /** Set for an output's option: picking it adds `{ Type: Normal, UpstreamOutput }`. */
  output?: string;
  /** The output contains the text searched for. */
  matches?: boolean;
}

const IDENTIFIER = /^[^\s.]+\.(\S+)$/;

/** What ListTasks' Name gets for the text typed: `project.name` searches the name after the project. */
export function nameQueryOf(text: string): string {
  const trimmed = text.trim();
  return IDENTIFIER.exec(trimmed)?.[1] ?? trimmed;
}

/** Whether an output identifier contains the text searched for (case-insensitive, project part optional). */
export function outputMatches(output: string, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return false;
  const out = output.toLowerCase();
  return out.includes(wanted) || out.includes(nameQueryOf(wanted));
}

/**
 * The options, in order: each task, then its outputs (those containing the text first) when outputs can be
 * added (`withOutputs`: the Normal type only) and the task's outputs are known (`outputsOf` gives undefined
 * while they load).
 */
export function pickerOptions(
  tasks: readonly TaskSummary[],
  outputsOf: (taskId: string) => readonly string[] | undefined,
  text: string,
  withOutputs: boolean,
): PickerOption[] {
  const options: PickerOption[] = [];
  tasks.forEach((task, row) => {
    options.push({ key: task.Id, row, task });
    if (!withOutputs) return;
    const outputs = [...new Set(outputsOf(task.Id) ?? [])].map((output) => ({
      output,
      matches: outputMatches(output, text),
    }));
    // A stable sort: matching outputs first, each group in the task's own order.
    outputs.sort((a, b) => Number(b.matches) - Number(a.matches));
    for (const { output, matches } of outputs)
      options.push({ key: `${task.Id}>${output}`, row, task, output, matches });
  });
  return options;
}
