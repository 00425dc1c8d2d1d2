import type { BuilderModel } from '#domain/cron/builder-model';
import { useCronMessages } from './cron-messages.ts';
import { DayOfMonthPicker } from './day-of-month-picker.tsx';
import { TimeOfDayInput } from './time-of-day-input.tsx';

/** Days of the month and a time: the monthly mode whole, and the yearly mode below its months. */
type DaysOfMonthModel = Extract<BuilderModel, { mode: 'monthly' | 'yearly' }>;

export function MonthlyEditor<M extends DaysOfMonthModel>({
  model,
  onChange,
}: {
  model: M;
  onChange: (model: M) => void;
}) {
  const m = useCronMessages();
  return (
    <div className="flex flex-col gap-3">
      <DayOfMonthPicker days={model.days} onChange={(days) => onChange({ ...model, days })} />
      <TimeOfDayInput
        label={m.timeOfDay}
        hour={model.hour}
        minute={model.minute}
        onChange={(time) => onChange({ ...model, ...time })}
      />
    </div>
  );
}
