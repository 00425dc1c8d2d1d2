// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { Task } from '#domain/task/task';
import { toTaskForm, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { useServerTask } from './use-server-task.ts';

const v1: Task = { Id: '42', Name: 'ods_orders_di', Description: 'v1', Timeout: 3600, ModifyTime: 1000 };
const v2: Task = { ...v1, Description: 'v2 by someone else', ModifyTime: 2000 };

function renderEditor() {
  const history = { resets: [] as TaskForm[], records: [] as TaskForm[] };
  const view = renderHook(
    ({ task }: { task: Task }) => {
      const base = useState(v1);
      const form = useForm<TaskForm, unknown, UpdateTaskRequest>({ defaultValues: toTaskForm(v1) });
      const server = useServerTask({
        task,
        base,
        form,
        history: { reset: (v) => history.resets.push(v), record: (v) => history.records.push(v) },
        stopAutosave: () => undefined,
      });
      return { form, server, baseTask: base[0] };
    },
    { initialProps: { task: v1 } },
  );
  return { view, history };
}

describe('the form’s base version following the server', () => {
  it('takes a newer version when the form holds nothing unsaved', () => {
    const { view } = renderEditor();
    view.rerender({ task: v2 });
    expect(view.result.current.baseTask).toBe(v2);
    expect(view.result.current.form.getValues('Description')).toBe('v2 by someone else');
  });

  it('never overwrites unsaved edits with someone else’s version, and says it arrived', () => {
    const { view } = renderEditor();
    act(() => view.result.current.form.setValue('Description', 'mine', { shouldDirty: true }));
    view.rerender({ task: v2 });
    expect(view.result.current.baseTask).toBe(v1);
    expect(view.result.current.form.getValues('Description')).toBe('mine');
    expect(view.result.current.server.serverNewer).toBe(v2);
  });

  it('after its own save, keeps what the save did not carry as an unsaved edit on the new base', () => {
    const { view, history } = renderEditor();
    const carried = { ...toTaskForm(v1), Description: 'saved' };
    act(() => {
      view.result.current.form.setValue('Description', 'saved');
      view.result.current.form.setValue('Timeout', 7200);
    });
    view.result.current.server.saveLanded(carried);
    const v3: Task = { ...v1, Description: 'saved', ModifyTime: 3000 };
    view.rerender({ task: v3 });
    expect(view.result.current.baseTask).toBe(v3);
    expect(view.result.current.form.getValues('Timeout')).toBe(7200);
    expect(view.result.current.form.formState.defaultValues?.Description).toBe('saved');
    expect(history.records.at(-1)?.Timeout).toBe(7200);
  });
});
