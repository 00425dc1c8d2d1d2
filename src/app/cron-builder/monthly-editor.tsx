import type { BuilderModel } from '#domain/cron/builder-model';
import { useCronMessages } from './cron-messages.ts';
import { DayOfMonthPicker } from './day-of-month-picker.tsx';
import { TimeOfDayInput } from './time-of-day-input.tsx';

type MonthlyModel = Extract<BuilderModel, { mode: 'monthly' }>;

export function MonthlyEditor({
  model,
  onChange,
}: {
  model: MonthlyModel;
  onChange: (model: MonthlyModel) => void;
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
