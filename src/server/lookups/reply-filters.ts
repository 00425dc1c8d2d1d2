import type { ActionName, ActionWithSecrets } from '#domain/task/dataworks-actions';
import type { DataWorksReply } from '../dataworks/dataworks-client.ts';

// A data source's ConnectionProperties can hold a username and password (UrlMode), an image's build
// configuration install scripts with tokens in them: replies of these actions leave the proxy rebuilt
// from fields picked one by one, never spread, so a field DataWorks adds tomorrow stays behind too.

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asList = (value: unknown): Json[] => (Array.isArray(value) ? value.map(asRecord) : []);

/** The named fields of `from` that are present, and nothing else. */
function pick(from: Json, keys: readonly string[]): Json {
  const picked: Json = {};
  for (const key of keys) if (from[key] !== undefined) picked[key] = from[key];
  return picked;
}

const ERROR_FIELDS = ['RequestId', 'Code', 'Message', 'HostId', 'Recommend', 'Issues'] as const;
const PAGING_FIELDS = ['PageNumber', 'PageSize', 'TotalCount'] as const;

/** An instance of a data source: its environment from ConnectionProperties, no other property. */
function pickDataSourceInstance(instance: Json): Json {
  const envType = asRecord(instance.ConnectionProperties).envType;
  return {
    ...pick(instance, ['Id', 'ConnectionPropertiesMode', 'Description', 'CreateTime', 'ModifyTime']),
    ...pick(instance, ['CreateUser', 'ModifyUser']),
    ...(typeof envType === 'string' && { ConnectionProperties: { envType } }),
  };
}

export function pickDataSourcesReply(body: Json): Json {
  const paging = asRecord(body.PagingInfo);
  return {
    ...pick(body, ['RequestId']),
    PagingInfo: {
      ...pick(paging, PAGING_FIELDS),
      DataSources: asList(paging.DataSources).map((group) => ({
        ...pick(group, ['Name', 'Type']),
        DataSource: asList(group.DataSource).map(pickDataSourceInstance),
      })),
    },
  };
}

const IMAGE_FIELDS = [
  'Id',
  'Name',
  'Version',
  'ImageTag',
  'Description',
  'Status',
  'PublishStage',
  'Accessibility',
  'Official',
  'IsDefault',
  'ProviderType',
  'Size',
  'Creator',
  'Modifier',
  'CreatedTime',
  'LastModifiedTime',
] as const;

export function pickImagesReply(body: Json): Json {
  const paging = asRecord(body.PagingInfo);
  return {
    ...pick(body, ['RequestId', 'Success']),
    PagingInfo: {
      ...pick(paging, PAGING_FIELDS),
      ImageList: asList(paging.ImageList).map((image) => {
        const supported = asRecord(image.Supported);
        return {
          ...pick(image, IMAGE_FIELDS),
          ...(image.Supported !== undefined && { Supported: pick(supported, ['Module', 'TaskTypes']) }),
        };
      }),
    },
  };
}

/** One filter for each action whose reply can hold secrets: a missing one does not compile. */
const REPLY_FILTERS: Record<ActionWithSecrets, (body: Json) => Json> = {
  ListDataSources: pickDataSourcesReply,
  ListImages: pickImagesReply,
};

/** The reply as it may leave the proxy: picked fields for actions with secrets, errors as their Code and Message. */
export function filterReply(action: ActionName, reply: DataWorksReply): DataWorksReply {
  if (!Object.hasOwn(REPLY_FILTERS, action)) return reply;
  const body =
    reply.status === 200
      ? REPLY_FILTERS[action as ActionWithSecrets](reply.body)
      : pick(reply.body, ERROR_FIELDS);
  return { ...reply, body };
}
