import { WEEKDAY_NAMES, type WeekdayName } from '#domain/cron/to-weekday-names';
import { WORKDAYS } from '#domain/cron/builder-model';
import { CheckboxGroup } from './checkbox-group.tsx';
import { useCronMessages } from './cron-messages.ts';

// Monday first, as DataWorks' console and Chinese calendars show the week.
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

const sameDays = (a: readonly WeekdayName[], b: readonly WeekdayName[]) =>
  a.length === b.length && a.every((day) => b.includes(day));

/**
 * The days of the week as chips that wrap, with one-click presets: "Weekdays (Mon–Fri)" (the console's 工作日)
 * and, where the schedule may run daily, "Every day". A preset is a toggle button pressed while it is the choice.
 */
export function WeekdayPicker({
  selected,
  onChange,
  everyDayPreset = false,
}: {
  selected: readonly WeekdayName[];
  onChange: (days: WeekdayName[]) => void;
  everyDayPreset?: boolean;
}) {
  const m = useCronMessages();
  const options = MONDAY_FIRST.map((index) => ({
    value: WEEKDAY_NAMES[index],
    label: m.weekdayNames[index] ?? WEEKDAY_NAMES[index],
  }));
  const everyDay = MONDAY_FIRST.map((index) => WEEKDAY_NAMES[index]);
  const presets = [
    ...(everyDayPreset ? [{ label: m.presetEveryDay, days: everyDay }] : []),
    { label: m.presetWorkdays, days: [...WORKDAYS] },
  ];
  return (
    <CheckboxGroup
      legend={m.daysOfWeek}
      help={m.pickOne}
      options={options}
      selected={selected}
      onChange={onChange}
    >
      <div className="mb-1 flex flex-wrap gap-1.5" role="group" aria-label={m.presets}>
        {presets.map((preset) => {
          const pressed = sameDays(selected, preset.days);
          return (
            <button
              key={preset.label}
              type="button"
              aria-pressed={pressed}
              className="rounded-full border border-slate-300 px-3 py-0.5 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-orange-600 aria-pressed:border-orange-600 aria-pressed:bg-orange-50 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:bg-orange-950"
              onClick={() => onChange(preset.days)}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
    </CheckboxGroup>
  );
}
