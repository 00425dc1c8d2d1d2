import { useId } from 'react';
import type { DependencyValue } from '#domain/task/dependency-guards';
import type { Schedule } from '#domain/task/schedule-mismatch';
import type { TaskSummary } from '#domain/task/task';
import { DEPENDENCY_TYPES } from '#domain/task/task-constants';
import { FieldErrorAt, TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { SelectField } from '../components/form/select-field.tsx';
import { useDependencyMessages } from '../dependency-picker/dependency-messages.ts';
import { UpstreamCell } from '../dependency-picker/upstream-cell.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RowActions } from './row-actions.tsx';

const FIELDS = ['Type', 'UpstreamOutput', 'UpstreamTaskId'] as const;

/**
 * One dependency as a card rather than a table row: its heading and row buttons on top (Remove always in
 * sight), its three fields and the upstream task they point to on a grid that wraps to the card's width (one
 * per line on a phone), then its errors at the card's full width (a loop's path is long).
 */
export function DependencyRow({
  index,
  count,
  dep,
  upstream,
  onMove,
  onRemove,
  long,
}: {
  index: number;
  count: number;
  dep: DependencyValue;
  upstream: {
    summaries: ReadonlyMap<string, TaskSummary>;
    summariesPending: boolean;
    projectId: string;
    taskId: string;
    schedule: Schedule;
  };
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Many rows: those out of view skip style and layout (as EditableTable's long tables). */
  long: boolean;
}) {
  const { t } = useI18n();
  const m = useDependencyMessages();
  const id = useId();
  const row = index + 1;
  const path = `Dependencies.${index}` as const;
  const errorId = (field: string) => `${id}-${field}-error`;
  // The column's name is seen; the name heard says the row too ("Upstream output, row 2").
  const label = (column: string) => (
    <>
      <span aria-hidden="true">{column}</span>
      <span className="sr-only">{t.cellLabel(column, row)}</span>
    </>
  );
  return (
    <li
      aria-labelledby={`${id}-heading`}
      className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
      style={long ? { contentVisibility: 'auto', containIntrinsicSize: 'auto 180px' } : undefined}
      data-testid="dependency-row"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 id={`${id}-heading`} className="text-sm font-semibold">
          {m.rowHeading(row)}
        </h3>
        <RowActions index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(min(12rem,100%),1fr))] gap-x-3 gap-y-2">
        <SelectField
          name={`${path}.Type`}
          label={label(t.colDependencyType)}
          options={DEPENDENCY_TYPES}
          labels={{
            Normal: t.dependencyNormal,
            CrossCycleDependsOnOtherNode: t.dependencyOtherNode,
            CrossCycleDependsOnSelf: t.dependencySelf,
            CrossCycleDependsOnChildren: t.dependencyChildren,
          }}
          empty={t.chooseType}
          className="w-full min-w-0"
          errorElsewhere={errorId('Type')}
        />
        <TextField
          name={`${path}.UpstreamOutput`}
          label={label(t.colUpstreamOutput)}
          registerOptions={optionalText}
          placeholder="project.output_name"
          className="w-full min-w-0 font-mono"
          errorElsewhere={errorId('UpstreamOutput')}
        />
        {/* IDs stay strings of digits: 19-digit IDs are past JavaScript's safe integers. */}
        <TextField
          name={`${path}.UpstreamTaskId`}
          label={label(t.colUpstreamTaskId)}
          registerOptions={optionalText}
          inputMode="numeric"
          className="w-full min-w-0 font-mono"
          errorElsewhere={errorId('UpstreamTaskId')}
        />
        <div className="flex min-w-0 flex-col gap-1 text-sm">
          <span className="font-medium">{m.colUpstream}</span>
          <UpstreamCell dep={dep} {...upstream} />
        </div>
      </div>
      {FIELDS.map((field) => (
        <FieldErrorAt key={field} name={`${path}.${field}`} id={errorId(field)} />
      ))}
    </li>
  );
}
