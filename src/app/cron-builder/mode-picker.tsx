import { useId } from 'react';
import { BUILDER_MODES, type EditorMode } from './builder-modes.ts';
import { useCronMessages } from './cron-messages.ts';

const MODES: readonly EditorMode[] = [...BUILDER_MODES, 'raw'];

/** The mode switch: native radios, so arrow keys move between modes and the group is announced. */
export function ModePicker({ mode, onChange }: { mode: EditorMode; onChange: (mode: EditorMode) => void }) {
  const m = useCronMessages();
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">{m.builderLegend}</legend>
      <div className="inline-flex flex-wrap overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {MODES.map((option) => (
          <label
            key={option}
            className="relative cursor-pointer border-r border-slate-300 px-3 py-1.5 text-sm last:border-r-0 has-checked:bg-orange-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:-outline-offset-2 has-focus-visible:outline-orange-600 dark:border-slate-600"
          >
            <input
              type="radio"
              name={name}
              value={option}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
              checked={mode === option}
              onChange={() => onChange(option)}
            />
            {m.mode[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
