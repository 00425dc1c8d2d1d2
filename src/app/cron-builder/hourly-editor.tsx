import { useId } from 'react';
import type { BuilderModel } from '#domain/cron/builder-model';
import { CheckboxGroup } from './checkbox-group.tsx';
import { useCronMessages } from './cron-messages.ts';
import { HourSelect } from './hour-select.tsx';
import { NumberSelect } from './number-select.tsx';

type HourlyModel = Extract<BuilderModel, { mode: 'hourly' }>;

const MINUTES = Array.from({ length: 60 }, (_, i) => i);
const STEPS = Array.from({ length: 23 }, (_, i) => i + 1);
const pad = (value: number) => String(value).padStart(2, '0');
const HOUR_OPTIONS = Array.from({ length: 24 }, (_, hour) => ({ value: hour, label: pad(hour) }));

export function HourlyEditor({
  model,
  onChange,
}: {
  model: HourlyModel;
  onChange: (model: HourlyModel) => void;
}) {
  const m = useCronMessages();
  const name = useId();
  const { hours } = model;
  const firstHour = hours.kind === 'every' ? hours.startHour : (hours.hours[0] ?? 0);
  return (
    <div className="flex flex-col gap-3">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">{m.hoursKind}</legend>
        {(['every', 'at'] as const).map((kind) => (
          <label key={kind} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={name}
              className="accent-orange-600"
              checked={hours.kind === kind}
              onChange={() =>
                onChange({
                  ...model,
                  hours:
                    kind === 'every'
                      ? { kind, everyHours: 1, startHour: firstHour, endHour: 23 }
                      : { kind, hours: [firstHour] },
                })
              }
            />
            {kind === 'every' ? m.hoursEvery : m.hoursAt}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <NumberSelect
          label={m.minutePast}
          value={model.minute}
          options={MINUTES}
          format={pad}
          onChange={(minute) => onChange({ ...model, minute })}
        />
        {hours.kind === 'every' && (
          <>
            <NumberSelect
              label={m.everyHours}
              value={hours.everyHours}
              options={STEPS}
              onChange={(everyHours) => onChange({ ...model, hours: { ...hours, everyHours } })}
            />
            <HourSelect
              label={m.startHour}
              value={hours.startHour}
              onChange={(startHour) =>
                onChange({
                  ...model,
                  hours: { ...hours, startHour, endHour: Math.max(startHour, hours.endHour) },
                })
              }
            />
            <HourSelect
              label={m.endHour}
              value={hours.endHour}
              onChange={(endHour) =>
                onChange({
                  ...model,
                  hours: { ...hours, endHour, startHour: Math.min(endHour, hours.startHour) },
                })
              }
            />
          </>
        )}
      </div>
      {hours.kind === 'at' && (
        <CheckboxGroup
          legend={m.chosenHours}
          help={m.pickOne}
          options={HOUR_OPTIONS}
          selected={hours.hours}
          columns={8}
          onChange={(chosen) => onChange({ ...model, hours: { kind: 'at', hours: chosen } })}
        />
      )}
    </div>
  );
}
