// Addresses carry the workspace: `/projects/:projectId` (its task list) and `/projects/:projectId/tasks/:id`.
// The addresses of the single-workspace editor (`/`, `/tasks/:id`) still open, in the default workspace.

export const workspaceBase = (projectId: string) => `/projects/${encodeURIComponent(projectId)}`;

const IN_WORKSPACE = /^\/projects\/(\d{1,19})(\/.*)?$/;

/** The workspace an address names and the path inside it, or the default's when it names none. */
export function splitWorkspacePath(pathname: string): { projectId?: string; rest: string } {
  const match = IN_WORKSPACE.exec(pathname);
  return match ? { projectId: match[1], rest: match[2] || '/' } : { rest: pathname };
}
