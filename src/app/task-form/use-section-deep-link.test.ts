import { describe, expect, it } from 'vitest';
import { TASK_SECTIONS } from './task-sections.ts';
import { sectionOfHash } from './use-section-deep-link.ts';

describe('section deep links', () => {
  it('every section has the id its link uses', () => {
    expect(TASK_SECTIONS.map((section) => section.id)).toEqual([
      'general',
      'rerun',
      'script',
      'trigger',
      'runtime-resource',
      'data-source',
      'input-variables',
      'output-variables',
      'task-outputs',
      'dependencies',
      'tags',
    ]);
  });

  it('reads the section a fragment names, and nothing else', () => {
    expect(sectionOfHash('#dependencies')).toBe('dependencies');
    expect(sectionOfHash('#input-variables')).toBe('input-variables');
    expect(sectionOfHash('#%64ependencies')).toBe('dependencies');
    for (const hash of ['', '#', '#inputs', '#main', '#Dependencies', '#dependencies-heading', '#%E0%A4%A'])
      expect(sectionOfHash(hash)).toBeUndefined();
  });
});
