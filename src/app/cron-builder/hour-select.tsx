import { useId } from 'react';
import { inputClass } from '../components/ui/field.tsx';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function HourSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (hour: number) => void;
}) {
  const id = useId();
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
        {HOURS.map((hour) => (
          <option key={hour} value={hour}>
            {String(hour).padStart(2, '0')}:00
          </option>
        ))}
      </select>
    </div>
  );
}
