import type { ActionName, ActionRequest } from '#domain/task/dataworks-actions';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DataWorksClient, DataWorksReply } from '../dataworks/dataworks-client.ts';
import { proxyError } from '../proxy-error.ts';

// Every page of a DataWorks list action: the first page says how many there are (PagingInfo.TotalCount),
// the rest are read a few at a time. A refused or failed page fails the whole load with DataWorks' status
// and { Code, Message }, so nothing partial is kept.

/** ListProjectMembers, ListDataSources and ListProjects take at most 100 a page (reference §4, §7, §9). */
export const MAX_PAGE_SIZE = 100;
/** Pages in flight at once after the first: gentle on DataWorks' throttling, 4x faster than one by one. */
const PAGE_CONCURRENCY = 4;
/** 100,000 entries: beyond it the rest is not read. */
const MAX_PAGES = 1_000;

type Json = Record<string, unknown>;

export interface AllPages {
  items: Json[];
  pages: number;
  totalCount: number;
}

/** Stops the request with DataWorks' status and `{ Code, Message }` (RequestId kept when given). */
export function failWith(reply: DataWorksReply, action: string): never {
  const { Code, Message, RequestId } = reply.body;
  proxyError(
    reply.status as ContentfulStatusCode,
    typeof Code === 'string' ? Code : `Http${reply.status}`,
    typeof Message === 'string' ? Message : `DataWorks answered ${action} with HTTP ${reply.status}.`,
    typeof RequestId === 'string' ? { RequestId } : {},
  );
}

export async function loadEveryPage<A extends ActionName>(
  dataworks: Pick<DataWorksClient, 'send'>,
  action: A,
  request: ActionRequest<A>,
  listKey: string,
  pageSize = MAX_PAGE_SIZE,
): Promise<AllPages> {
  const readPage = async (pageNumber: number) => {
    const reply = await dataworks.send(action, { ...request, PageNumber: pageNumber, PageSize: pageSize });
    if (reply.status !== 200) failWith(reply, action);
    const paging = (reply.body.PagingInfo ?? {}) as Json;
    const list = paging[listKey];
    return {
      items: Array.isArray(list) ? (list as Json[]) : [],
      totalCount: typeof paging.TotalCount === 'number' ? paging.TotalCount : 0,
    };
  };
  const first = await readPage(1);
  const pageCount = Math.min(MAX_PAGES, Math.max(1, Math.ceil(first.totalCount / pageSize)));
  const pages: Json[][] = [first.items];
  let next = 2;
  let failed = false; // after a failed page the other workers stop asking
  const worker = async () => {
    while (next <= pageCount && !failed) {
      const pageNumber = next++;
      try {
        pages[pageNumber - 1] = (await readPage(pageNumber)).items;
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGE_CONCURRENCY, pageCount - 1) }, worker));
  return { items: pages.flat(), pages: pageCount, totalCount: first.totalCount };
}
