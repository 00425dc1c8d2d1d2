import { describe, expect, it } from 'vitest';
import { withExpanded, withToggled } from './use-section-collapse.ts';

describe('section collapse', () => {
  it('folds and unfolds one section', () => {
    const folded = withToggled(new Set(), 'rerun');
    expect([...folded]).toEqual(['rerun']);
    expect([...withToggled(folded, 'rerun')]).toEqual([]);
  });
  it('opens the given sections and leaves the others as they were', () => {
    expect([...withExpanded(new Set(['rerun', 'tags', 'script']), ['tags', 'general'])]).toEqual([
      'rerun',
      'script',
    ]);
  });
});
