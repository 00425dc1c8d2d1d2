import { describe, expect, it } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { EDITING, editorMode, type EditorMode } from './editor-mode.ts';

const edited = { Id: '1', Name: 'a' } as unknown as TaskForm;
const request = { Id: '1', Name: 'a' };
const review = { type: 'flow', flow: { phase: 'review', edited, request } } as const;
const saving = { type: 'flow', flow: { phase: 'saving', edited, request } } as const;
const conflict = {
  type: 'draft-conflict',
  conflict: { theirsTask: { Id: '1', Name: 'x' }, base: edited, theirs: edited, yours: edited },
} as const;

function run(...events: Parameters<typeof editorMode>[1][]): EditorMode {
  return events.reduce(editorMode, EDITING);
}

describe('the editor mode', () => {
  it('opens a review from the form and follows its save', () => {
    expect(run(review).mode).toBe('reviewing');
    expect(run(review, saving)).toEqual({ mode: 'reviewing', flow: saving.flow });
  });

  it('never closes a save in flight, and closes any other step', () => {
    expect(run(review, saving, { type: 'close' })).toEqual({ mode: 'reviewing', flow: saving.flow });
    expect(run(review, { type: 'close' })).toBe(EDITING);
  });

  it('drops a step of a save whose review was closed (a late read-back result)', () => {
    expect(run(review, { type: 'close' }, saving)).toBe(EDITING);
  });

  it('holds one mode at a time: no discard question over a review, no review over a draft merge', () => {
    expect(run(review, { type: 'ask-discard' }).mode).toBe('reviewing');
    expect(run(conflict, review).mode).toBe('resolving-draft');
    expect(run({ type: 'ask-discard' }, review).mode).toBe('confirming-discard');
    expect(run({ type: 'ask-discard' }, { type: 'close' })).toBe(EDITING);
  });
});
