import type { ReactNode } from 'react';
import type { SettablePath } from '#domain/batch/batch-operations';
import {
  RERUN_INTERVAL_MAX_MS,
  RERUN_MODES,
  RERUN_TIMES_MAX,
  TIMEOUT_MAX_SECONDS,
  TRIGGER_TYPES,
} from '#domain/task/task-constants';
import { FormField, NumberField, TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { SelectField } from '../components/form/select-field.tsx';
import { inputClass } from '../components/ui/field.tsx';
import type { Messages } from '../i18n/messages.ts';
import {
  DataSourceField,
  ImageField,
  OwnerField,
  ResourceGroupField,
} from '../workspace/workspace-fields.tsx';

// Each parameter a batch can set, with its label and the single-task form's own control (same name, picker,
// units and rules): RerunInterval in milliseconds as there, the batch converts.

interface SettableField {
  label: (t: Messages) => string;
  control: (t: Messages) => ReactNode;
}

export const SETTABLE_FIELDS: Record<SettablePath, SettableField> = {
  Description: {
    label: (t) => t.fieldDescription,
    control: (t) => (
      <FormField name="Description" label={t.fieldDescription} help={t.fieldDescriptionHelp}>
        {(control) => <textarea {...control} rows={3} className={inputClass} />}
      </FormField>
    ),
  },
  Owner: { label: (t) => t.fieldOwner, control: () => <OwnerField /> },
  Timeout: {
    label: (t) => t.fieldTimeout,
    control: (t) => (
      <NumberField
        name="Timeout"
        label={t.fieldTimeout}
        help={t.fieldTimeoutHelp}
        min={0}
        max={TIMEOUT_MAX_SECONDS}
        step={1}
        className="w-40"
      />
    ),
  },
  RerunMode: {
    label: (t) => t.fieldRerunMode,
    control: (t) => (
      <SelectField
        name="RerunMode"
        label={t.fieldRerunMode}
        help={t.fieldRerunModeHelp}
        options={RERUN_MODES}
        labels={{
          AllDenied: t.rerunAllDenied,
          FailureAllowed: t.rerunFailureAllowed,
          AllAllowed: t.rerunAllAllowed,
        }}
        empty={t.notSet}
      />
    ),
  },
  RerunTimes: {
    label: (t) => t.fieldRerunTimes,
    control: (t) => (
      <NumberField
        name="RerunTimes"
        label={t.fieldRerunTimes}
        help={t.fieldRerunTimesHelp}
        min={0}
        max={RERUN_TIMES_MAX}
        step={1}
        className="w-32"
      />
    ),
  },
  RerunInterval: {
    label: (t) => t.fieldRerunInterval,
    control: (t) => (
      <NumberField
        name="RerunInterval"
        label={t.fieldRerunInterval}
        help={t.fieldRerunIntervalHelp}
        min={0}
        max={RERUN_INTERVAL_MAX_MS}
        step={1000}
        className="w-40"
        unit="ms"
      />
    ),
  },
  'Trigger.Type': {
    label: (t) => t.fieldTriggerType,
    control: (t) => (
      <SelectField
        name="Trigger.Type"
        label={t.fieldTriggerType}
        help={t.fieldTriggerTypeHelp}
        options={TRIGGER_TYPES}
        labels={{ Scheduler: t.triggerScheduler, Manual: t.triggerManual }}
        empty={t.notSet}
      />
    ),
  },
  'Trigger.StartTime': {
    label: (t) => t.fieldStartTime,
    control: (t) => (
      <TextField
        name="Trigger.StartTime"
        label={t.fieldStartTime}
        help={t.fieldDateTimeHelp}
        registerOptions={optionalText}
        placeholder="1970-01-01 00:00:00"
        className="font-mono"
      />
    ),
  },
  'Trigger.EndTime': {
    label: (t) => t.fieldEndTime,
    control: (t) => (
      <TextField
        name="Trigger.EndTime"
        label={t.fieldEndTime}
        help={t.fieldDateTimeHelp}
        registerOptions={optionalText}
        placeholder="9999-01-01 00:00:00"
        className="font-mono"
      />
    ),
  },
  'RuntimeResource.ResourceGroupId': {
    label: (t) => t.fieldResourceGroupId,
    control: () => <ResourceGroupField />,
  },
  'RuntimeResource.Image': { label: (t) => t.fieldImage, control: () => <ImageField /> },
  'RuntimeResource.Cu': {
    label: (t) => t.fieldCu,
    control: (t) => (
      <TextField
        name="RuntimeResource.Cu"
        label={t.fieldCu}
        help={t.fieldCuHelp}
        registerOptions={optionalText}
        inputMode="decimal"
        className="w-32 font-mono"
      />
    ),
  },
  'DataSource.Name': { label: (t) => t.fieldDataSourceName, control: () => <DataSourceField /> },
};
