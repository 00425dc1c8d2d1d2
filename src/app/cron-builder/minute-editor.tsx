import type { BuilderModel } from '#domain/cron/builder-model';
import { DATAWORKS_MIN_MINUTE_INTERVAL } from '#domain/cron/validate-cron';
import { useCronMessages } from './cron-messages.ts';
import { HourSelect } from './hour-select.tsx';
import { NumberSelect } from './number-select.tsx';

type MinuteModel = Extract<BuilderModel, { mode: 'minute' }>;

// DataWorks' minute cycle offers steps of 5 minutes from its minimum interval up.
const STEPS = Array.from({ length: 12 }, (_, i) => (i + 1) * DATAWORKS_MIN_MINUTE_INTERVAL).filter(
  (n) => n < 60,
);

export function MinuteEditor({
  model,
  onChange,
}: {
  model: MinuteModel;
  onChange: (model: MinuteModel) => void;
}) {
  const m = useCronMessages();
  return (
    <div className="flex flex-wrap gap-4">
      <NumberSelect
        label={m.everyMinutes}
        value={model.everyMinutes}
        options={STEPS}
        onChange={(everyMinutes) => onChange({ ...model, everyMinutes })}
      />
      <HourSelect
        label={m.startHour}
        value={model.startHour}
        onChange={(startHour) =>
          onChange({ ...model, startHour, endHour: Math.max(startHour, model.endHour) })
        }
      />
      <HourSelect
        label={m.endHour}
        value={model.endHour}
        onChange={(endHour) => onChange({ ...model, endHour, startHour: Math.min(endHour, model.startHour) })}
      />
    </div>
  );
}
