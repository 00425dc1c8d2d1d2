import type { Member } from './lookup-contract.ts';

// Searching a workspace's member directory by name or ID: ListProjectMembers has no name filter, so the
// proxy holds every member and ranks matches itself. Prepared once per directory (names folded, sorted
// by the reader's collation), each search is one pass over plain strings.

export interface MemberIndex {
  size: number;
  entries: readonly { member: Member; name: string; words: readonly string[] }[];
}

/** Case- and width-folded (full-width Ａ and ａ match a), so an IME's letters match too. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Members sorted by name (Chinese by pinyin, as zh-CN collates), then ID, with folded names. */
export function indexMembers(members: readonly Member[]): MemberIndex {
  const entries = members
    .map((member) => {
      const name = foldText(member.Name);
      return { member, name, words: name.split(/[\s._\-@]+/).filter(Boolean) };
    })
    .sort(
      (a, b) =>
        collator.compare(a.member.Name, b.member.Name) || collator.compare(a.member.UserId, b.member.UserId),
    );
  return { size: entries.length, entries };
}

/** How well a member matches `q` (folded, not empty): 0 best, undefined for no match. */
function rankOf(entry: MemberIndex['entries'][number], q: string): number | undefined {
  const id = entry.member.UserId;
  if (id === q) return 0;
  if (entry.name === q) return 1;
  if (entry.name.startsWith(q)) return 2;
  if (entry.words.some((w) => w.startsWith(q))) return 3;
  if (id.startsWith(q)) return 4;
  if (entry.name.includes(q) || id.includes(q)) return 5;
  return undefined;
}

const RANKS = 6;

/**
 * The first `limit` members matching `query` in rank order (exact ID, exact name, name prefix, a word of the
 * name as prefix, ID prefix, anywhere in name or ID), by name within a rank; `total` counts every match.
 */
export function searchMembers(
  index: MemberIndex,
  query: string,
  limit: number,
): { members: Member[]; total: number } {
  const q = foldText(query.trim());
  if (q === '') return { members: index.entries.slice(0, limit).map((e) => e.member), total: index.size };
  const byRank: Member[][] = Array.from({ length: RANKS }, () => []);
  let total = 0;
  for (const entry of index.entries) {
    const rank = rankOf(entry, q);
    if (rank === undefined) continue;
    total += 1;
    byRank[rank]!.push(entry.member);
  }
  return { members: byRank.flat().slice(0, limit), total };
}
