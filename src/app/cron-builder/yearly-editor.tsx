import type { BuilderModel } from '#domain/cron/builder-model';
import { CheckboxGroup } from './checkbox-group.tsx';
import { useCronMessages } from './cron-messages.ts';
import { DayOfMonthPicker } from './day-of-month-picker.tsx';
import { TimeOfDayInput } from './time-of-day-input.tsx';

type YearlyModel = Extract<BuilderModel, { mode: 'yearly' }>;

export function YearlyEditor({
  model,
  onChange,
}: {
  model: YearlyModel;
  onChange: (model: YearlyModel) => void;
}) {
  const m = useCronMessages();
  return (
    <div className="flex flex-col gap-3">
      <CheckboxGroup
        legend={m.months}
        help={m.pickOne}
        columns={6}
        options={m.monthNames.map((label, i) => ({ value: i + 1, label }))}
        selected={model.months}
        onChange={(months) => onChange({ ...model, months })}
      />
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
