import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PARAMS, readListParams, toSearchString } from './list-params.ts';

describe('the list address', () => {
  it('round-trips search, filters, sort and page, and leaves defaults out', () => {
    const params = {
      ...DEFAULT_LIST_PARAMS,
      q: 'ods orders',
      schedule: 'daily' as const,
      recurrence: 'Pause' as const,
      tag: 'sla=P1',
      sort: 'name' as const,
      page: 3,
    };
    const search = toSearchString(params);
    expect(search).toBe('q=ods+orders&schedule=daily&recurrence=Pause&tag=sla%3DP1&sort=name&page=3');
    expect(readListParams(new URLSearchParams(search))).toEqual(params);
    expect(toSearchString(DEFAULT_LIST_PARAMS)).toBe('');
  });

  it('drops values that are not a filter, instead of sending them', () => {
    expect(readListParams(new URLSearchParams('schedule=fortnightly&owner=bob&page=-2&sort=size'))).toEqual(
      DEFAULT_LIST_PARAMS,
    );
  });
});
