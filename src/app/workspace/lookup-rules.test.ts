import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client.ts';
import {
  dataSourceFlag,
  imageFlag,
  isAccountId,
  lookupFallback,
  ownerFlag,
  personLabel,
  rankMatches,
  resourceGroupFlag,
} from './lookup-rules.ts';
import { ownerFilterValue } from './member-filter.tsx';
import { byDataSourceName } from './workspace-queries.ts';

describe('personLabel', () => {
  it('is "Name (ID)" once the name is known, the bare ID before', () => {
    expect(personLabel('1107550004253538', 'Alice Chen')).toBe('Alice Chen (1107550004253538)');
    expect(personLabel('1107550004253538', undefined)).toBe('1107550004253538');
    expect(personLabel('1107550004253538', '  ')).toBe('1107550004253538');
    // A RAM user whose UserName is its ID says it once.
    expect(personLabel('206092991259264838', '206092991259264838')).toBe('206092991259264838');
  });
});

describe('isAccountId', () => {
  it('is digits only', () => {
    expect(isAccountId('1107550004253538')).toBe(true);
    expect(isAccountId('207413640512347165')).toBe(true);
    for (const no of ['', 'zhangsan', '张伟', '1107 5500', '-1', '1e5', '１２３'])
      expect(isAccountId(no)).toBe(false);
  });
});

describe('rankMatches', () => {
  const groups = [
    { Name: 'common_serverless_bi', Id: 'Serverless_res_group_2' },
    { Name: 'sched_exclusive_a', Id: 'S_res_group_1' },
    { Name: 'common_serverless', Id: 'Serverless_res_group_1' },
    { Name: 'di_exclusive', Id: 'di_res_group_1' },
    { Name: 'dataServiceExclusive', Id: 'ds_res_group_1' },
  ];
  const keys = (g: (typeof groups)[number]) => [g.Name, g.Id];

  it("keeps the list's order for an empty text", () => {
    expect(rankMatches(groups, '  ', keys)).toEqual(groups);
  });

  it('puts a whole match first, then a start, then a word start, then anywhere; case-insensitive', () => {
    expect(rankMatches(groups, 'COMMON_SERVERLESS', keys).map((g) => g.Name)).toEqual([
      'common_serverless',
      'common_serverless_bi',
    ]);
    expect(rankMatches(groups, 'exclusive', keys).map((g) => g.Name)).toEqual([
      // a word start (after _ or a case change), in list order, then inside a word: none here
      'sched_exclusive_a',
      'di_exclusive',
      'dataServiceExclusive',
    ]);
    expect(rankMatches(groups, 'ser', keys).map((g) => g.Name)).toEqual([
      // Serverless_… IDs start with it; dataServiceExclusive has it at a word start; common_serverless too
      'common_serverless_bi',
      'common_serverless',
      'dataServiceExclusive',
    ]);
    expect(rankMatches(groups, 'xclu', keys).map((g) => g.Name)).toEqual([
      'sched_exclusive_a',
      'di_exclusive',
      'dataServiceExclusive',
    ]);
  });

  it('matches any key, Chinese included, and drops what matches none', () => {
    const people = [
      { Name: '张伟', Id: '207413640512347165' },
      { Name: '欧阳娜娜', Id: '208504243649697662' },
      { Name: 'Quinn 钱', Id: '208897148250410346' },
    ];
    const by = (p: (typeof people)[number]) => [p.Name, p.Id];
    expect(rankMatches(people, '娜', by).map((p) => p.Name)).toEqual(['欧阳娜娜']);
    expect(rankMatches(people, '钱', by).map((p) => p.Name)).toEqual(['Quinn 钱']);
    expect(rankMatches(people, '2085', by).map((p) => p.Name)).toEqual(['欧阳娜娜']);
    expect(rankMatches(people, 'nobody', by)).toEqual([]);
  });
});

describe('the flags of a current value', () => {
  it('Owner: a numeric ID the directory does not know is not a member; nothing while unknown or for a non-ID', () => {
    expect(ownerFlag('1999888877776666', null)).toEqual({ kind: 'not-member' });
    expect(ownerFlag('1107550004253538', { Status: 'Normal' })).toBeUndefined();
    expect(ownerFlag('1107550004253538', {})).toBeUndefined();
    expect(ownerFlag('206664522784693050', { Status: 'Forbidden' })).toEqual({ kind: 'member-disabled' });
    expect(ownerFlag('206664522784693050', { Status: 'Disabled' })).toEqual({ kind: 'member-disabled' });
    // Loading, or the lookup failed: no claim either way.
    expect(ownerFlag('1999888877776666', undefined)).toBeUndefined();
    // Not an account ID: the schema's error says so, not a flag.
    expect(ownerFlag('zhangsan', null)).toBeUndefined();
    expect(ownerFlag('', null)).toBeUndefined();
    expect(ownerFlag(undefined, null)).toBeUndefined();
  });

  it('resource group: unknown, stopped, another state; nothing when running, empty or not loaded', () => {
    const groups = [
      { Id: 'S_res_group_1', Status: 'Normal' },
      { Id: 'S_res_group_9', Status: 'Stop' },
      { Id: 'S_res_group_8', Status: 'Freezed' },
      { Id: 'Serverless_res_group_1' },
    ];
    expect(resourceGroupFlag('S_res_group_1', groups)).toBeUndefined();
    expect(resourceGroupFlag('Serverless_res_group_1', groups)).toBeUndefined();
    expect(resourceGroupFlag('S_res_group_9', groups)).toEqual({ kind: 'stopped-group' });
    expect(resourceGroupFlag('S_res_group_8', groups)).toEqual({ kind: 'group-status', status: 'Freezed' });
    expect(resourceGroupFlag('S_res_group_0', groups)).toEqual({ kind: 'unknown-group' });
    expect(resourceGroupFlag(' S_res_group_1 ', groups)).toBeUndefined();
    expect(resourceGroupFlag('', groups)).toBeUndefined();
    expect(resourceGroupFlag('S_res_group_0', undefined)).toBeUndefined();
  });

  it('data source and image: a value not on the list', () => {
    const sources = [{ Name: 'odps_retail' }, { Name: 'mysql_orders' }];
    expect(dataSourceFlag('odps_retail', sources)).toBeUndefined();
    expect(dataSourceFlag('mysql_legacy_orders', sources)).toEqual({ kind: 'unknown-data-source' });
    expect(dataSourceFlag('ODPS_RETAIL', sources)).toEqual({ kind: 'unknown-data-source' });
    expect(dataSourceFlag(undefined, sources)).toBeUndefined();
    expect(dataSourceFlag('x', undefined)).toBeUndefined();
    const images = [{ Id: 'Custom_image_1' }];
    expect(imageFlag('Custom_image_1', images)).toBeUndefined();
    expect(imageFlag('i-xxxxxx', images)).toEqual({ kind: 'unknown-image' });
    expect(imageFlag('', images)).toBeUndefined();
  });
});

describe('lookupFallback', () => {
  it('keeps the picker while nothing failed, or a request was only cancelled', () => {
    expect(lookupFallback()).toBeUndefined();
    expect(lookupFallback(null, undefined)).toBeUndefined();
    expect(lookupFallback(new DOMException('aborted', 'AbortError'))).toBeUndefined();
  });

  it('gives way to free text when a lookup is refused or fails, naming the code', () => {
    expect(lookupFallback(new ApiError(403, 'Forbidden.Access', 'no permission'))).toEqual({
      reason: 'failed',
      code: 'Forbidden.Access',
    });
    expect(lookupFallback(null, new ApiError(0, 'NetworkError', 'unreachable'))).toEqual({
      reason: 'failed',
      code: 'NetworkError',
    });
    expect(lookupFallback(new ApiError(429, 'Throttling.User', 'busy'))).toEqual({
      reason: 'failed',
      code: 'Throttling.User',
    });
    expect(lookupFallback(new TypeError('bad reply'))).toEqual({ reason: 'failed', code: 'TypeError' });
  });

  it('says when the service does not offer the lookup (501, or a server without the route)', () => {
    expect(lookupFallback(new ApiError(501, 'NotImplemented', 'ListImages is not available'))).toEqual({
      reason: 'unavailable',
      code: 'NotImplemented',
    });
    expect(lookupFallback(new ApiError(404, 'NotFound', 'No API at /api/projects/1/images.'))).toEqual({
      reason: 'unavailable',
      code: 'NotFound',
    });
  });
});

describe('byDataSourceName', () => {
  it('makes one entry per name, as a task names it, with its environments', () => {
    expect(
      byDataSourceName([
        { Name: 'odps_retail', Type: 'odps', EnvType: 'Dev' },
        { Name: 'pg_crm', Type: 'postgresql', EnvType: 'Prod' },
        { Name: 'odps_retail', Type: 'odps', EnvType: 'Prod' },
        { Name: 'odps_retail', Type: 'odps', EnvType: 'Prod' },
        { Name: 'bare' },
      ]),
    ).toEqual([
      { Name: 'odps_retail', Type: 'odps', EnvTypes: ['Dev', 'Prod'] },
      { Name: 'pg_crm', Type: 'postgresql', EnvTypes: ['Prod'] },
      { Name: 'bare', Type: undefined, EnvTypes: [] },
    ]);
  });
});

describe('ownerFilterValue', () => {
  const picked = { userId: '207413640512347165', label: '张伟 (207413640512347165)' };

  it('filters by the member picked while the text shows them', () => {
    expect(ownerFilterValue({ text: picked.label, picked })).toBe('207413640512347165');
  });

  it('filters by a whole account ID typed, and by nothing for a name fragment not picked', () => {
    expect(ownerFilterValue({ text: ' 1107550004253538 ' })).toBe('1107550004253538');
    expect(ownerFilterValue({ text: '张' })).toBe('');
    expect(ownerFilterValue({ text: '张伟 (2074', picked })).toBe('');
    expect(ownerFilterValue({ text: '' })).toBe('');
  });
});
