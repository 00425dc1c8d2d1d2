import type { BuilderModel } from '#domain/cron/builder-model';
import { DailyEditor } from './daily-editor.tsx';
import { HourlyEditor } from './hourly-editor.tsx';
import { MinuteEditor } from './minute-editor.tsx';
import { MonthlyEditor } from './monthly-editor.tsx';
import { WeeklyEditor } from './weekly-editor.tsx';
import { YearlyEditor } from './yearly-editor.tsx';

export function ModeEditor({
  model,
  onChange,
}: {
  model: BuilderModel;
  onChange: (model: BuilderModel) => void;
}) {
  switch (model.mode) {
    case 'minute':
      return <MinuteEditor model={model} onChange={onChange} />;
    case 'hourly':
      return <HourlyEditor model={model} onChange={onChange} />;
    case 'daily':
      return <DailyEditor model={model} onChange={onChange} />;
    case 'weekly':
      return <WeeklyEditor model={model} onChange={onChange} />;
    case 'monthly':
      return <MonthlyEditor model={model} onChange={onChange} />;
    case 'yearly':
      return <YearlyEditor model={model} onChange={onChange} />;
  }
}
