/** What middleware tells handlers and the request log about the request in hand (Hono's `c.var`). */
export type AppVariables = {
  user: string;
  requestId: string;
  action?: string;
  taskId?: string;
};
