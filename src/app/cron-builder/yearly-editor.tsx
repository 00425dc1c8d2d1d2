import type { BuilderModel } from '#domain/cron/builder-model';
import { CheckboxGroup } from './checkbox-group.tsx';
import { useCronMessages } from './cron-messages.ts';
import { MonthlyEditor } from './monthly-editor.tsx';

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
        options={m.monthNames.map((label, i) => ({ value: i + 1, label }))}
        selected={model.months}
        onChange={(months) => onChange({ ...model, months })}
      />
      <MonthlyEditor model={model} onChange={onChange} />
    </div>
  );
}
