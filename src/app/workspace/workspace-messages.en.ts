// The workspace lookups' strings in English (the pickers of members, resource groups, data sources and images,
// and people's names); the type of this object is the catalogue every language fills.
export const en = {
  /** Said after each field's own help (the catalogue's fieldOwnerHelp, …): how its picker works. */
  ownerHint: "Search the workspace's members by name or ID; the account ID is what is saved.",
  resourceGroupHint: 'Pick it by name; its identifier is what is saved.',
  dataSourceHint: 'Pick it by name.',
  imageHint: 'Pick it by name where the service lists images.',
  withHint: (help: string, hint: string) => `${help} ${hint}`,

  searching: 'Searching…',
  noMatch: 'Nothing matches.',
  resultCount: (shown: number, total: number) =>
    shown === total ? `${total} ${total === 1 ? 'result' : 'results'}` : `${shown} of ${total} results`,
  chosen: (label: string) => `Chosen: ${label}`,

  /** The flags: a warning, never an error; the value can still be saved. */
  notMember: 'not a member of this workspace',
  notResourceGroup: 'not a resource group of this workspace',
  notDataSource: 'not a data source of this workspace',
  notImage: 'not an image of this workspace',
  stopped: 'stopped',
  groupStatus: (status: string) => `status ${status}`,
  canStillSave: (flag: string) => `${flag}. It can still be saved.`,
  disabledMember: 'account disabled',
  defaultImage: 'default',

  /** When a lookup is refused or fails, the field is free text: what to type instead. */
  lookupFailed: {
    members: (code: string) => `Members could not be loaded (${code}): type the account ID.`,
    resourceGroups: (code: string) => `Resource groups could not be loaded (${code}): type the identifier.`,
    dataSources: (code: string) => `Data sources could not be loaded (${code}): type the name.`,
    images: (code: string) => `Images could not be loaded (${code}): type the image ID.`,
  },
  imagesUnavailable: (code: string) => `This service does not list images (${code}): type the image ID.`,

  groupTypes: {
    CommonV2: 'Serverless',
    ExclusiveScheduler: 'Exclusive scheduling',
    ExclusiveDataIntegration: 'Exclusive data integration',
    ExclusiveDataService: 'Exclusive data service',
  } as Record<string, string>,
  groupStatuses: { Normal: 'running', Stop: 'stopped' } as Record<string, string>,
  envTypes: { Prod: 'production', Dev: 'development' } as Record<string, string>,
  /** Built-in role names by code; other roles show the name DataWorks gives. */
  roleNames: {} as Record<string, string>,

  ownerFilter: 'Owner',
  ownerFilterPlaceholder: 'Name or account ID',
  ownerFilterHelp: 'Pick a member, or type a whole account ID.',
  filteringBy: (label: string) => `Showing tasks owned by ${label}`,
  clearOwnerFilter: 'Clear the owner filter',

  /** The header's workspace switcher. */
  workspace: 'Workspace',
  workspaceList: 'Workspaces this editor serves',
  workspaceCount: (count: number) => `${count} ${count === 1 ? 'workspace' : 'workspaces'}`,
  workspaceNotServed: (id: string) => `This editor does not serve workspace ${id}.`,
  openDefaultWorkspace: (label: string) => `Open ${label}`,
  workspaceListFailed: (code: string) => `Workspace names could not be loaded (${code}).`,
};
