import type { Messages } from './i18n/messages.ts';

// What the review, the history and the draft banner call a parameter: the form's own label for it, in the
// reader's language ("Rerun times", 重跑次数), with the API name (RerunTimes) kept for a tooltip and the
// exact request. One table, read by the diff view.

type LabelKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];

const FIELD_LABELS: Record<string, LabelKey> = {
  Name: 'fieldName',
  Description: 'fieldDescription',
  Owner: 'fieldOwner',
  EnvType: 'fieldEnvType',
  InstanceMode: 'fieldInstanceMode',
  Timeout: 'fieldTimeout',
  ClientUniqueCode: 'fieldClientUniqueCode',
  RerunMode: 'fieldRerunMode',
  RerunTimes: 'fieldRerunTimes',
  RerunInterval: 'fieldRerunIntervalMs',
  'Script.Content': 'fieldScriptContent',
  'Script.Parameters': 'fieldScriptParameters',
  'Trigger.Type': 'fieldTriggerType',
  'Trigger.Recurrence': 'fieldRecurrence',
  'Trigger.Cron': 'fieldCron',
  'Trigger.StartTime': 'fieldStartTime',
  'Trigger.EndTime': 'fieldEndTime',
  'Trigger.CycleType': 'fieldCycleType',
  'RuntimeResource.ResourceGroupId': 'fieldResourceGroupId',
  'RuntimeResource.Image': 'fieldImage',
  'RuntimeResource.Cu': 'fieldCu',
  'DataSource.Name': 'fieldDataSourceName',
};

// Fields of list entries, by list and field name.
const ENTRY_LABELS: Record<string, Record<string, LabelKey>> = {
  'Inputs.Variables': { Name: 'colVariableName', Type: 'colVariableType', Value: 'colVariableValue' },
  'Outputs.Variables': { Name: 'colVariableName', Type: 'colVariableType', Value: 'colVariableValue' },
  'Outputs.TaskOutputs': { Output: 'colOutput' },
  Dependencies: {
    Type: 'colDependencyType',
    UpstreamOutput: 'colUpstreamOutput',
    UpstreamTaskId: 'colUpstreamTaskId',
  },
  Tags: { Key: 'colTagKey', Value: 'colTagValue' },
};

/** The label of a parameter path (`RerunTimes`, `Trigger.Cron`, `Tags.0.Key`); the path itself when unknown. */
export function parameterLabel(path: string, t: Messages): string {
  const field = FIELD_LABELS[path];
  if (field) return t[field];
  const entry = /^(.*)\.\d+\.(\w+)$/.exec(path);
  const key = entry && ENTRY_LABELS[entry[1] ?? '']?.[entry[2] ?? ''];
  return key ? t[key] : path;
}
