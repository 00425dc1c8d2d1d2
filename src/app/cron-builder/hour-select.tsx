import { NumberSelect } from './number-select.tsx';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** A whole hour of the day, shown as `06:00`. */
export function HourSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (hour: number) => void;
}) {
  return (
    <NumberSelect
      label={label}
      value={value}
      options={HOURS}
      format={(hour) => `${String(hour).padStart(2, '0')}:00`}
      onChange={onChange}
    />
  );
}
