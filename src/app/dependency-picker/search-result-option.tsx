import type { Ref } from 'react';
import { ScheduleText } from '../components/schedule-text.tsx';
import { PersonName } from '../workspace/person-name.tsx';
import { useDependencyMessages } from './dependency-messages.ts';
import type { PickerOption } from './picker-options.ts';

// Names wrap anywhere rather than being cut: task and output names are long runs without spaces
// (`dwd_log_click_di`), and their end is what tells two of them apart.
const WRAP = '[overflow-wrap:anywhere]';

/**
 * One task found, as a row of the virtualized list: its option (name, ID, owner, type, schedule), then one
 * option per output (Normal only), those containing the text searched for first.
 */
export function SearchResultGroup({
  ref,
  index,
  start,
  options,
  optionId,
  activeKey,
  outputsPending,
  text,
  onPick,
}: {
  ref: Ref<HTMLDivElement>;
  /** The row's index, for the virtualizer's measuring. */
  index: number;
  start: number;
  options: readonly PickerOption[];
  optionId: (option: PickerOption) => string;
  activeKey: string | undefined;
  outputsPending: boolean;
  text: string;
  onPick: (option: PickerOption) => void;
}) {
  const m = useDependencyMessages();
  const task = options[0]?.task;
  if (!task) return null;
  const optionProps = (option: PickerOption) => ({
    id: optionId(option),
    role: 'option',
    'aria-selected': option.key === activeKey,
    onMouseDown: (e: React.MouseEvent) => e.preventDefault(),
    onClick: () => onPick(option),
  });
  const activeClass = (option: PickerOption) =>
    option.key === activeKey ? 'bg-orange-100 dark:bg-orange-950' : '';
  return (
    <div
      ref={ref}
      data-index={index}
      className="absolute top-0 left-0 w-full border-b border-slate-100 dark:border-slate-800"
      style={{ transform: `translateY(${start}px)` }}
    >
      <div
        {...optionProps(options[0]!)}
        className={`cursor-pointer px-3 py-1.5 text-sm ${activeClass(options[0]!)}`}
        data-testid="task-option"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <span className={`font-medium ${WRAP}`} data-testid="option-name">
            {task.Name}
          </span>
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{task.Id}</span>
        </div>
        <div className="text-xs text-slate-600 dark:text-slate-400">
          {m.owner} {task.Owner ? <PersonName userId={task.Owner} /> : '—'} · {m.type} {task.Type ?? '—'} ·{' '}
          <ScheduleText cron={task.Trigger?.Cron} triggerType={task.Trigger?.Type} />
        </div>
      </div>
      {options.slice(1).map((option) => (
        <div
          key={option.key}
          {...optionProps(option)}
          className={`flex cursor-pointer flex-wrap items-baseline gap-x-2 py-1 pr-3 pl-7 text-xs ${activeClass(option)}`}
          data-testid="output-option"
        >
          <span className={`font-mono text-sm ${WRAP}`} data-testid="option-name">
            <Highlighted text={option.output!} part={option.matches ? text.trim() : ''} />
          </span>
          <span className="text-slate-600 dark:text-slate-400">{m.addOutput}</span>
        </div>
      ))}
      {outputsPending && (
        <p aria-hidden="true" className="py-1 pr-3 pl-7 text-xs text-slate-600 dark:text-slate-400">
          {m.loadingOutputs}
        </p>
      )}
    </div>
  );
}

/** `text` with the first occurrence of `part` (case-insensitive) marked. */
function Highlighted({ text, part }: { text: string; part: string }) {
  const at = part ? text.toLowerCase().indexOf(part.toLowerCase()) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark className="bg-amber-200 text-inherit dark:bg-amber-800">{text.slice(at, at + part.length)}</mark>
      {text.slice(at + part.length)}
    </>
  );
}
