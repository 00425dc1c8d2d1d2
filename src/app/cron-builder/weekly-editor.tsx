import type { BuilderModel } from '#domain/cron/builder-model';
import { WEEKDAY_NAMES } from '#domain/cron/to-weekday-names';
import { CheckboxGroup } from './checkbox-group.tsx';
import { useCronMessages } from './cron-messages.ts';
import { TimeOfDayInput } from './time-of-day-input.tsx';

type WeeklyModel = Extract<BuilderModel, { mode: 'weekly' }>;

// Monday first, as DataWorks' console and Chinese calendars show the week.
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

export function WeeklyEditor({
  model,
  onChange,
}: {
  model: WeeklyModel;
  onChange: (model: WeeklyModel) => void;
}) {
  const m = useCronMessages();
  const options = MONDAY_FIRST.map((index) => ({
    value: WEEKDAY_NAMES[index],
    label: m.weekdayNames[index] ?? WEEKDAY_NAMES[index],
  }));
  return (
    <div className="flex flex-col gap-3">
      <CheckboxGroup
        legend={m.daysOfWeek}
        help={m.pickOne}
        options={options}
        selected={model.days}
        onChange={(days) => onChange({ ...model, days })}
      />
      <TimeOfDayInput
        label={m.timeOfDay}
        hour={model.hour}
        minute={model.minute}
        onChange={(time) => onChange({ ...model, ...time })}
      />
    </div>
  );
}
