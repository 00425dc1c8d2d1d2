import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.ts';

// BatchUpdateTasks through the proxy: validated per task as UpdateTask is, kept to the served workspace task by
// task (scope `tasks`), sent in the SDK's wire form, and never repeated after an answer that may have applied it.

const OWN = ['700004500000', '700004500037'];
const FOREIGN = '800000000001';

function appWithForeignTask() {
  const test = createTestApp();
  const template = test.kit.project.tasks[0]!;
  test.kit.store.seed([{ ...template, Id: FOREIGN, ProjectId: '531204', Name: 'finance_task' }]);
  return test;
}

describe('POST /api/dataworks/BatchUpdateTasks', () => {
  it('forwards a valid batch and answers SuccessInfo per task', async () => {
    const { post, received, kit } = createTestApp();
    const response = await post('BatchUpdateTasks', {
      Comment: 'owner leaves',
      Tasks: OWN.map((Id) => ({ Id, Owner: '207413640512347165' })),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      SuccessInfo: { [OWN[0]!]: { Success: true }, [OWN[1]!]: { Success: true } },
    });
    expect(received.byAction.get('BatchUpdateTasks')).toBe(1);
    expect(OWN.map((id) => kit.store.getTask(id)!.Owner)).toEqual([
      '207413640512347165',
      '207413640512347165',
    ]);
  });

  it("refuses with 400 naming each task's parameter at fault, and sends nothing", async () => {
    const { post, received } = createTestApp();
    const response = await post('BatchUpdateTasks', {
      Tasks: [
        { Id: OWN[0], Script: { Content: 'select 1' } },
        { Id: OWN[1], Trigger: { Cron: '00 00 25 * * ?' }, RerunInterval: 1801 },
        { Id: OWN[0], Owner: 'zhangsan' },
      ],
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { Code: string; Issues: { path: string }[] };
    expect(body.Code).toBe('InvalidParameter');
    expect(body.Issues.map((i) => i.path).sort()).toEqual([
      'Tasks.0.Script.Content',
      'Tasks.1.RerunInterval',
      'Tasks.1.Trigger.Cron',
      'Tasks.2.Id',
      'Tasks.2.Owner',
    ]);
    const tooMany = await post('BatchUpdateTasks', {
      Tasks: Array.from({ length: 101 }, (_, i) => ({ Id: String(700004500000 + i * 37) })),
    });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({
      Issues: [{ path: 'Tasks', message: 'must hold at most 100 tasks in one call' }],
    });
    expect(received.total).toBe(0);
  });

  it("refuses the whole batch with 403 when one task is another workspace's, and sends none of it", async () => {
    const { post, received, kit } = appWithForeignTask();
    const response = await post('BatchUpdateTasks', {
      Tasks: [
        { Id: OWN[0], Description: 'mine' },
        { Id: FOREIGN, Description: 'not mine' },
      ],
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ Code: 'Forbidden.Project' });
    expect(received.byAction.get('BatchUpdateTasks')).toBeUndefined();
    expect(kit.store.versions(OWN[0]!)).toHaveLength(0);
  });

  it('refuses the batch when a task cannot be read to learn its workspace', async () => {
    const { post, received } = createTestApp();
    const response = await post('BatchUpdateTasks', {
      Tasks: [
        { Id: OWN[0], Description: 'mine' },
        { Id: '424242', Description: 'nobody' },
      ],
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Code: 'Invalid.Task.NotExist' });
    expect(received.byAction.get('BatchUpdateTasks')).toBeUndefined();
  });

  it('reads each task once: a task already read is not read again', async () => {
    const { post, received } = createTestApp();
    await post('GetTask', { Id: OWN[0] });
    const gets = received.byAction.get('GetTask');
    await post('BatchUpdateTasks', { Tasks: OWN.map((Id) => ({ Id, Description: 'once' })) });
    await post('BatchUpdateTasks', { Tasks: OWN.map((Id) => ({ Id, Description: 'twice' })) });
    expect(received.byAction.get('GetTask')! - gets!).toBe(1);
  });

  it('does not repeat a batch DataWorks answered with a server error (it may have applied it)', async () => {
    const { post, received, kit } = createTestApp();
    await post('GetTask', { Id: OWN[0] });
    kit.emulator.faults.configure({
      next: [{ kind: 'error', action: 'BatchUpdateTasks', status: 503, count: 3 }],
    });
    const response = await post('BatchUpdateTasks', { Tasks: [{ Id: OWN[0], Description: 'once' }] });
    expect(response.status).toBe(503);
    expect(received.byAction.get('BatchUpdateTasks')).toBe(1);
  });
});
