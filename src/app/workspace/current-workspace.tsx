import { createContext, useContext, type ReactNode } from 'react';

// The workspace the page edits: the `:projectId` of `/projects/:projectId/…`. Everything below a page (lists,
// pickers, lookups, names) asks it here, so one page never mixes two workspaces.

const CurrentWorkspace = createContext('');

export function CurrentWorkspaceProvider({
  projectId,
  children,
}: {
  projectId: string;
  children: ReactNode;
}) {
  return <CurrentWorkspace.Provider value={projectId}>{children}</CurrentWorkspace.Provider>;
}

/** The workspace of the page, '' outside one (the header before a workspace is chosen). */
export function useProjectId(): string {
  return useContext(CurrentWorkspace);
}
