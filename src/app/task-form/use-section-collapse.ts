import { useCallback, useState } from 'react';
import type { SectionId } from './task-sections.ts';

/** The set of collapsed sections with these open (the others as they were). */
export function withExpanded(
  collapsed: ReadonlySet<SectionId>,
  ids: Iterable<SectionId>,
): ReadonlySet<SectionId> {
  const opened = new Set(ids);
  return new Set([...collapsed].filter((id) => !opened.has(id)));
}

/** The set of collapsed sections with this one folded or unfolded. */
export function withToggled(collapsed: ReadonlySet<SectionId>, id: SectionId): ReadonlySet<SectionId> {
  const next = new Set(collapsed);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Which sections are collapsed; collapsing hides a section without unmounting it, so no edit is lost. */
export function useSectionCollapse() {
  const [collapsed, setCollapsed] = useState<ReadonlySet<SectionId>>(new Set());
  return {
    isExpanded: (id: SectionId) => !collapsed.has(id),
    expand: useCallback((ids: Iterable<SectionId>) => setCollapsed((c) => withExpanded(c, ids)), []),
    toggle: useCallback((id: SectionId) => setCollapsed((c) => withToggled(c, id)), []),
  };
}
