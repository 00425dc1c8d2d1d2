import type { ReactNode } from 'react';

export interface CheckboxOption<T> {
  value: T;
  label: string;
  /** Shown instead of the label when space is short; the label stays the accessible name. */
  short?: string;
}

/**
 * A fieldset of checkboxes choosing a non-empty set: unticking the last one is refused. With `columns` the
 * options form a grid (hours, days of the month); without, they are chips that wrap to the width (weekdays
 * and months, whose names do not fit seven or six to a row on a phone).
 */
export function CheckboxGroup<T extends string | number>({
  legend,
  help,
  options,
  selected,
  onChange,
  columns,
  children,
}: {
  legend: string;
  help?: string;
  options: ReadonlyArray<CheckboxOption<T>>;
  selected: readonly T[];
  onChange: (values: T[]) => void;
  columns?: number;
  /** Shown between the legend and the options (presets). */
  children?: ReactNode;
}) {
  const chosen = new Set<T>(selected);
  const toggle = (value: T, checked: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? checked : chosen.has(v)));
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {children}
      <div
        className={columns ? 'grid gap-1' : 'flex flex-wrap gap-1.5'}
        style={columns ? { gridTemplateColumns: `repeat(${columns}, minmax(0, max-content))` } : undefined}
      >
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 text-sm has-checked:border-orange-600 has-checked:bg-orange-50 has-focus-visible:outline-2 has-focus-visible:outline-orange-600 dark:border-slate-600 dark:has-checked:bg-orange-950"
          >
            <input
              type="checkbox"
              className="accent-orange-600"
              checked={chosen.has(option.value)}
              aria-label={option.short ? option.label : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span aria-hidden={option.short ? true : undefined}>{option.short ?? option.label}</span>
          </label>
        ))}
      </div>
      {help && <p className="text-xs text-slate-600 dark:text-slate-400">{help}</p>}
    </fieldset>
  );
}
