import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from './draft-store.ts';
import { UndoHistory } from './undo-history.ts';

describe('UndoHistory', () => {
  it('undoes and redoes snapshots, and a new edit drops the redo branch', () => {
    const h = new UndoHistory({ Name: 'a' });
    expect(h.record({ Name: 'a' })).toBe(false);
    h.record({ Name: 'b' });
    h.record({ Name: 'c' });
    expect(h.undo()).toEqual({ Name: 'b' });
    expect(h.undo()).toEqual({ Name: 'a' });
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toEqual({ Name: 'b' });
    h.record({ Name: 'x' });
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toEqual({ Name: 'b' });
  });
  it('keeps at most `limit` steps', () => {
    const h = new UndoHistory(0, 2);
    [1, 2, 3].forEach((n) => h.record(n));
    expect([h.undo(), h.undo(), h.undo()]).toEqual([2, 1, undefined]);
  });
});

describe('draft store', () => {
  const storage = new Map<string, string>();
  const store = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  };
  it('writes, reads and clears a draft per task', () => {
    const draft = {
      taskId: '7',
      values: { Id: '7', Name: 'b' },
      base: { Id: '7', Name: 'a' },
      baseModifyTime: 1,
      savedAt: 2,
    };
    writeDraft(store, draft);
    expect(readDraft(store, '7')).toEqual(draft);
    expect(readDraft(store, '8')).toBeUndefined();
    clearDraft(store, '7');
    expect(readDraft(store, '7')).toBeUndefined();
  });
  it('ignores what is not a draft', () => {
    storage.set('task-editor.draft.9', '{not json');
    expect(readDraft(store, '9')).toBeUndefined();
  });
});
