import { callDataWorks } from './api-client.ts';

// The task a /tasks/:id address opens is asked for by the entry script, while the page's code is still
// loading: its reply no longer waits for the chain entry → page chunk → render → query.
let early: { id: string; reply: Promise<Record<string, unknown>> } | undefined;

export function requestTaskEarly(pathname: string) {
  const id = /^\/tasks\/(\d{1,19})\/?$/.exec(pathname)?.[1];
  if (!id) return;
  const reply = callDataWorks('GetTask', { Id: id });
  reply.catch(() => undefined); // a failure is reported by the query that takes it
  early = { id, reply };
}

/** The early reply for this task, once: a refetch or the load after a save asks DataWorks again. */
export function takeEarlyTaskReply(id: string): Promise<Record<string, unknown>> | undefined {
  if (early?.id !== id) return undefined;
  const { reply } = early;
  early = undefined;
  return reply;
}
