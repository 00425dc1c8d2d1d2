import type { RegisterOptions } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { useI18n } from '../i18n/i18n.tsx';
import { LookupField, useLookupState } from './lookup-field.tsx';
import { isAccountId } from './lookup-rules.ts';
import {
  useDataSourceLookup,
  useImageLookup,
  useMemberLookup,
  useResourceGroupLookup,
} from './use-lookups.ts';
import { useWorkspaceMessages } from './workspace-messages.ts';

// The task's fields picked from the workspace's lists. Each keeps its label and its parameter path as the
// input's name; the value saved is the ID (account, resource group identifier, image) or the data source name.

/** Owner: a member of the workspace, searched by name or account ID; the account ID is saved. */
export function OwnerField({ registerOptions }: { registerOptions?: RegisterOptions<TaskForm, 'Owner'> }) {
  const { t } = useI18n();
  const m = useWorkspaceMessages();
  // A name typed is a search: the value is an account ID, and the text becomes it only once the list closes.
  const field = useLookupState('Owner', {
    holdWhile: (text) => text.trim() !== '' && !isAccountId(text.trim()),
  });
  return (
    <LookupField
      field={field}
      lookup={useMemberLookup(field.state)}
      label={t.fieldOwner}
      help={m.withHint(t.fieldOwnerHelp, m.ownerHint)}
      registerOptions={registerOptions}
      className="font-mono"
    />
  );
}

/** RuntimeResource.ResourceGroupId: one of the workspace's scheduling resource groups; its identifier is saved. */
export function ResourceGroupField() {
  const { t } = useI18n();
  const m = useWorkspaceMessages();
  const field = useLookupState('RuntimeResource.ResourceGroupId');
  return (
    <LookupField
      field={field}
      lookup={useResourceGroupLookup(field.state)}
      label={t.fieldResourceGroupId}
      help={m.withHint(t.fieldResourceGroupIdHelp, m.resourceGroupHint)}
      className="font-mono"
    />
  );
}

/** RuntimeResource.Image: one of the workspace's images where the service lists them, free text otherwise. */
export function ImageField() {
  const { t } = useI18n();
  const m = useWorkspaceMessages();
  const field = useLookupState('RuntimeResource.Image');
  return (
    <LookupField
      field={field}
      lookup={useImageLookup(field.state)}
      label={t.fieldImage}
      help={m.withHint(t.fieldImageHelp, m.imageHint)}
      className="font-mono"
    />
  );
}

/** DataSource.Name: one of the workspace's data sources, by name. */
export function DataSourceField() {
  const { t } = useI18n();
  const m = useWorkspaceMessages();
  const field = useLookupState('DataSource.Name');
  return (
    <LookupField
      field={field}
      lookup={useDataSourceLookup(field.state)}
      label={t.fieldDataSourceName}
      help={m.withHint(t.fieldDataSourceNameHelp, m.dataSourceHint)}
      className="font-mono"
    />
  );
}
