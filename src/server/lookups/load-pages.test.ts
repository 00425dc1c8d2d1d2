import { describe, expect, it } from 'vitest';
import type { DataWorksClient, DataWorksReply } from '../dataworks/dataworks-client.ts';
import { ProxyError } from '../proxy-error.ts';
import { loadEveryPage } from './load-pages.ts';

/** A fake DataWorks with `total` data sources, answering pages and remembering what it was asked. */
function fakeDataWorks(total: number, failOnPage?: number) {
  const asked: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = async (
    _action: string,
    request: { PageNumber?: number; PageSize?: number },
  ): Promise<DataWorksReply> => {
    const page = request.PageNumber ?? 1;
    const size = request.PageSize ?? 10;
    asked.push(page);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    if (page === failOnPage)
      return { status: 403, body: { Code: 'Forbidden.Access', Message: 'no', RequestId: 'R1' } };
    const items = Array.from({ length: total }, (_, i) => ({ Name: `ds${i}` })).slice(
      (page - 1) * size,
      page * size,
    );
    return {
      status: 200,
      body: { PagingInfo: { PageNumber: page, PageSize: size, TotalCount: total, DataSources: items } },
    };
  };
  return {
    dataworks: { send } as unknown as Pick<DataWorksClient, 'send'>,
    asked,
    maxInFlight: () => maxInFlight,
  };
}

describe('loadEveryPage', () => {
  it('reads every page in order, a few at a time after the first', async () => {
    const fake = fakeDataWorks(25);
    const all = await loadEveryPage(fake.dataworks, 'ListDataSources', { ProjectId: '1' }, 'DataSources', 3);
    expect(all.pages).toBe(9);
    expect(all.totalCount).toBe(25);
    expect(all.items.map((i) => i.Name)).toEqual(Array.from({ length: 25 }, (_, i) => `ds${i}`));
    expect(fake.asked[0]).toBe(1);
    expect([...fake.asked].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(fake.maxInFlight()).toBe(4);
  });

  it('reads one page when the list is empty or fits', async () => {
    expect(
      (await loadEveryPage(fakeDataWorks(0).dataworks, 'ListDataSources', { ProjectId: '1' }, 'DataSources'))
        .pages,
    ).toBe(1);
    expect(
      (
        await loadEveryPage(
          fakeDataWorks(100).dataworks,
          'ListDataSources',
          { ProjectId: '1' },
          'DataSources',
        )
      ).pages,
    ).toBe(1);
  });

  it("fails the whole load with DataWorks' status, Code and Message when a page is refused, and stops asking", async () => {
    const fake = fakeDataWorks(50, 4);
    const error = await loadEveryPage(
      fake.dataworks,
      'ListDataSources',
      { ProjectId: '1' },
      'DataSources',
      2,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyError);
    expect((error as ProxyError).status).toBe(403);
    expect((error as ProxyError).body).toEqual({ Code: 'Forbidden.Access', Message: 'no', RequestId: 'R1' });
    expect(fake.asked.length).toBeLessThan(25);
  });
});
