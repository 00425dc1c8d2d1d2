import { describe, expect, it } from 'vitest';
import type { Member } from './lookup-contract.ts';
import { foldText, indexMembers, searchMembers } from './member-search.ts';

const member = (UserId: string, Name: string): Member => ({ UserId, Name, Status: 'Normal', Roles: [] });

const MEMBERS = [
  member('207413640512347165', '张伟'),
  member('208410117172556556', '张伟'),
  member('205882329397730300', '王芳'),
  member('1107550004253538', 'Alice Chen'),
  member('208153280958999834', 'Carol Liu'),
  member('1965326452930810', 'Bob Wang'),
  member('206092991259264838', 'etl_service'),
  member('208504243649697662', '欧阳娜娜'),
  member('1100000000000001', 'Chenxi 陈曦'),
  member('2200000000000110', 'Zed'),
];
const index = indexMembers(MEMBERS);
const search = (q: string, limit = 50) => searchMembers(index, q, limit);
const names = (q: string) => search(q).members.map((m) => m.Name);

describe('searchMembers', () => {
  it('finds by a Chinese fragment anywhere in the name', () => {
    expect(names('张')).toEqual(['张伟', '张伟']);
    expect(names('娜')).toEqual(['欧阳娜娜']);
    expect(names('陈曦')).toEqual(['Chenxi 陈曦']);
  });

  it('ignores case and folds full-width letters (as an IME types them)', () => {
    expect(names('alice')).toEqual(['Alice Chen']);
    expect(names('ＡＬＩＣＥ')).toEqual(['Alice Chen']);
    expect(foldText('Ａｌｉｃｅ')).toBe('alice');
  });

  it('ranks an exact ID first, then name prefixes, word prefixes, ID prefixes, then anything containing it', () => {
    // "chen": a name starting with it (Chenxi) before a word starting with it (Alice Chen).
    expect(names('chen')).toEqual(['Chenxi 陈曦', 'Alice Chen']);
    // "110": IDs starting with it (by name: Alice Chen, Chenxi) before the one with 110 inside (Zed).
    expect(search('110').members.map((m) => m.UserId)).toEqual([
      '1107550004253538',
      '1100000000000001',
      '2200000000000110',
    ]);
    // An exact ID beats everything, even when it is also a substring of other IDs.
    expect(search('1965326452930810').members.map((m) => m.Name)).toEqual(['Bob Wang']);
    // "e": names starting with it (etl_service), then the rest containing it, by name within each rank.
    expect(names('e')[0]).toBe('etl_service');
    expect(names('service')).toEqual(['etl_service']); // a word of a login name, split at "_"
  });

  it('puts an exact name before names that merely start with it', () => {
    const withPrefix = indexMembers([member('1', 'Alice Chen'), member('2', 'Alice'), member('3', 'Malice')]);
    expect(searchMembers(withPrefix, 'alice', 10).members.map((m) => m.UserId)).toEqual(['2', '1', '3']);
  });

  it('counts every match in total, answers at most limit, and everyone (sorted) for an empty query', () => {
    expect(search('a', 2)).toMatchObject({ total: search('a', 100).members.length });
    expect(search('a', 2).members).toHaveLength(2);
    const all = search('  ', 3);
    expect(all.total).toBe(MEMBERS.length);
    expect(all.members).toHaveLength(3);
    expect(search('nobody-at-all')).toEqual({ members: [], total: 0 });
  });
});
