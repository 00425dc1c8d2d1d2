import { describe, expect, it } from 'vitest';
import { toTaskForm } from '#domain/task/task-form';
import { onNewerTask } from './server-task.ts';

const base = toTaskForm({ Id: '1', Name: 'ods_orders_di', Description: 'before', Timeout: 3600 });
const edited = { ...base, Description: 'mine' };

describe('a newer version of the task arriving from the server', () => {
  it('becomes the form when the form holds nothing unsaved', () => {
    expect(onNewerTask({ base, values: base, carried: undefined })).toBe('adopt');
  });
  it('never replaces unsaved edits when someone else changed the task', () => {
    expect(onNewerTask({ base, values: edited, carried: undefined })).toBe('keep-base');
  });
  it('after this page’s own save, is taken as saved when the form holds just what the save carried', () => {
    expect(onNewerTask({ base, values: edited, carried: edited })).toBe('adopt');
  });
  it('after this page’s own save, keeps what the save did not carry as unsaved edits', () => {
    expect(onNewerTask({ base, values: { ...edited, Timeout: 10800 }, carried: edited })).toBe(
      'adopt-keeping-edits',
    );
  });
});
