import type { BuilderModel } from '#domain/cron/builder-model';
import { useCronMessages } from './cron-messages.ts';
import { TimeOfDayInput } from './time-of-day-input.tsx';

type DailyModel = Extract<BuilderModel, { mode: 'daily' }>;

export function DailyEditor({
  model,
  onChange,
}: {
  model: DailyModel;
  onChange: (model: DailyModel) => void;
}) {
  const m = useCronMessages();
  return (
    <TimeOfDayInput
      label={m.timeOfDay}
      hour={model.hour}
      minute={model.minute}
      onChange={(time) => onChange({ ...model, ...time })}
    />
  );
}
