import type { BuilderModel } from '#domain/cron/builder-model';
import { useCronMessages } from './cron-messages.ts';
import { TimeOfDayInput } from './time-of-day-input.tsx';
import { WeekdayPicker } from './weekday-picker.tsx';

type WeeklyModel = Extract<BuilderModel, { mode: 'weekly' }>;

export function WeeklyEditor({
  model,
  onChange,
}: {
  model: WeeklyModel;
  onChange: (model: WeeklyModel) => void;
}) {
  const m = useCronMessages();
  return (
    <div className="flex flex-col gap-3">
      <WeekdayPicker selected={model.days} onChange={(days) => onChange({ ...model, days })} />
      <TimeOfDayInput
        label={m.timeOfDay}
        hour={model.hour}
        minute={model.minute}
        onChange={(time) => onChange({ ...model, ...time })}
      />
    </div>
  );
}
