/** What middleware tells handlers and the request log about the request in hand. */
export type ServerVariables = {
  user: string;
  requestId: string;
  action?: string;
  taskId?: string;
};

export type ServerEnv = { Variables: ServerVariables };
