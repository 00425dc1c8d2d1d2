import { describe, expect, it } from 'vitest';
import type { Task } from '#domain/task/task';
import { toTaskForm } from '#domain/task/task-form';
import { writeDraft } from './draft-store.ts';
import { draftWorthOffering } from './use-draft-offer.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const task: Task = { Id: '42', Name: 'ods_orders_di', Description: 'loaded', ModifyTime: 1000 };

describe('a draft found on opening a task', () => {
  it('is offered when it still changes something', () => {
    const storage = memoryStorage();
    const values = { ...toTaskForm(task), Description: 'draft' };
    writeDraft(storage, { taskId: '42', values, base: toTaskForm(task), baseModifyTime: 1000, savedAt: 1 });
    expect(draftWorthOffering(storage, task)?.values.Description).toBe('draft');
  });
  it('is not offered when the task already holds it', () => {
    const storage = memoryStorage();
    writeDraft(storage, {
      taskId: '42',
      values: toTaskForm(task),
      base: toTaskForm(task),
      baseModifyTime: 1000,
      savedAt: 1,
    });
    expect(draftWorthOffering(storage, task)).toBeUndefined();
  });
});
