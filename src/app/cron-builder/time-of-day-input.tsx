import { useId } from 'react';
import { inputClass } from '../components/ui/field.tsx';

const pad = (value: number) => String(value).padStart(2, '0');

/** hh:mm on the scheduling zone's clock; a cleared or partial entry changes nothing. */
export function TimeOfDayInput({
  label,
  hour,
  minute,
  onChange,
}: {
  label: string;
  hour: number;
  minute: number;
  onChange: (time: { hour: number; minute: number }) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="time"
        step={60}
        required
        className={`${inputClass} w-32 font-mono`}
        value={`${pad(hour)}:${pad(minute)}`}
        onChange={(event) => {
          const match = /^(\d{2}):(\d{2})/.exec(event.target.value);
          if (match) onChange({ hour: Number(match[1]), minute: Number(match[2]) });
        }}
      />
    </div>
  );
}
