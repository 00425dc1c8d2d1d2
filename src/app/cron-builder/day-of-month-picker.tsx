import { CheckboxGroup } from './checkbox-group.tsx';
import { useCronMessages } from './cron-messages.ts';

type DayOfMonth = number | 'L';

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/**
 * Days 1–31, or the last day. Quartz refuses 'L' in a list with other days, so choosing the last day
 * clears the others and choosing a day clears the last day.
 */
export function DayOfMonthPicker({
  days,
  onChange,
}: {
  days: readonly DayOfMonth[];
  onChange: (days: DayOfMonth[]) => void;
}) {
  const m = useCronMessages();
  const last = days.includes('L');
  return (
    <div className="flex flex-col gap-2">
      <label className="flex items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          className="accent-orange-600"
          checked={last}
          onChange={(event) => onChange(event.target.checked ? ['L'] : [1])}
        />
        {m.lastDay}
      </label>
      <CheckboxGroup
        legend={m.daysOfMonth}
        help={m.pickOne}
        columns={7}
        options={DAYS.map((day) => ({ value: day, label: m.dayN(day), short: String(day) }))}
        selected={days.filter((day): day is number => day !== 'L')}
        onChange={(chosen) => onChange(chosen)}
      />
    </div>
  );
}
