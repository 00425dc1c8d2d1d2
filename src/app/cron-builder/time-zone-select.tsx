import { useId, useMemo } from 'react';
import { inputClass } from '../components/ui/field.tsx';

function listTimeZones(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}

export function TimeZoneSelect({
  label,
  help,
  value,
  onChange,
}: {
  label: string;
  help: string;
  value: string;
  onChange: (timeZone: string) => void;
}) {
  const id = useId();
  const zones = useMemo(() => listTimeZones(value), [value]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.value)}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
        {help}
      </p>
    </div>
  );
}
