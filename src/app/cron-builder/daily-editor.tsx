import type { BuilderModel } from '#domain/cron/builder-model';
import { WEEKDAY_NAMES } from '#domain/cron/to-weekday-names';
import { useCronMessages } from './cron-messages.ts';
import { TimeOfDayInput } from './time-of-day-input.tsx';
import { WeekdayPicker } from './weekday-picker.tsx';

type DailyModel = Extract<BuilderModel, { mode: 'daily' }>;

/** Once a day at a time, every day or on the days of the week ticked (all ticked is every day). */
export function DailyEditor({
  model,
  onChange,
}: {
  model: DailyModel;
  onChange: (model: DailyModel) => void;
}) {
  const m = useCronMessages();
  return (
    <div className="flex flex-col gap-3">
      <TimeOfDayInput
        label={m.timeOfDay}
        hour={model.hour}
        minute={model.minute}
        onChange={(time) => onChange({ ...model, ...time })}
      />
      <WeekdayPicker
        everyDayPreset
        selected={model.weekdays ?? WEEKDAY_NAMES}
        onChange={(weekdays) => onChange({ ...model, weekdays })}
      />
    </div>
  );
}
