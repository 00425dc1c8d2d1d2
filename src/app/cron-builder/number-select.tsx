import { useId } from 'react';
import { inputClass } from '../components/ui/field.tsx';

/** A labelled choice among numbers; a loaded value outside `options` is kept as an extra option. */
export function NumberSelect({
  label,
  value,
  options,
  format = String,
  onChange,
}: {
  label: string;
  value: number;
  options: readonly number[];
  format?: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const all = options.includes(value) ? options : [...options, value].sort((a, b) => a - b);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        className={`${inputClass} font-mono`}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {all.map((option) => (
          <option key={option} value={option}>
            {format(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
