import { expect, test, type Page } from '@playwright/test';
import { startServer, startServerWithFaults, type ServerWithFaults } from './start-server.ts';
import { expectNoAxeViolations } from './task-page.ts';

// A batch when things go wrong (issue 16): DataWorks refuses two tasks inside a call (named; Resume sends only
// those), a task edited by someone else after the plan (a conflict, left as they saved it), the proxy killed
// mid-batch and restarted (the journal screen; Resume completes), and Revert restoring the before-values.
// Each task's changes are counted in the emulator: no task is changed twice by one batch.

let server: ServerWithFaults;
const PROJECT = '530876';
/** The batch lease: short, so a batch of a killed proxy is resumed within the test. */
const env = { BATCH_LEASE_MS: '1000' };

test.beforeAll(async () => {
  server = await startServerWithFaults(env);
});
test.afterAll(async () => {
  await server?.stop();
});

type Task = { Id: string; Name: string; ModifyTime: number; Description?: string };

const api = async (path: string, body?: unknown) => {
  const response = await fetch(`${server.baseURL}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

let nextPage = 1;
/** Fresh tasks for each test: a page of ListTasks no other test used. */
async function takeTasks(count: number): Promise<Task[]> {
  const listed = await api('/api/dataworks/ListTasks', {
    ProjectId: PROJECT,
    PageSize: count,
    PageNumber: nextPage++,
    SortBy: 'Id Asc',
  });
  return (listed.body.PagingInfo as { Tasks: Task[] }).Tasks;
}

/** A batch setting each task's Description, journaled through the proxy (the editor's plan, made here). */
async function createBatch(tasks: Task[], comment: string, chunkSize = 3): Promise<string> {
  const created = await api('/api/batches', {
    ProjectId: PROJECT,
    Comment: comment,
    ChunkSize: chunkSize,
    Tasks: tasks.map((t) => ({
      Id: t.Id,
      Name: t.Name,
      ModifyTime: t.ModifyTime,
      Request: { Id: t.Id, Description: `${comment}: ${t.Name}` },
      Before: { Description: t.Description ?? '' },
    })),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return (created.body.Batch as { Id: string }).Id;
}

const counts = (page: Page) => page.getByTestId('batch-counts');
const row = (page: Page, id: string) => page.getByTestId('batch-tasks').locator(`[data-task-id="${id}"]`);
const versionsOf = (tasks: Task[]) => Promise.all(tasks.map((t) => server.versions(t.Id)));

test('two tasks refused inside a call are named; Resume sends only them; Revert restores the before-values', async ({
  page,
}) => {
  const tasks = await takeTasks(6);
  const before = await versionsOf(tasks);
  const refused = [tasks[1]!, tasks[2]!];
  await server.injectTaskFaults([
    { kind: 'fail', taskIds: refused.map((t) => t.Id), message: 'Injected: the task is locked.' },
  ]);
  const id = await createBatch(tasks, 'Faults');
  expect((await api(`/api/batches/${id}/run`, {})).status).toBe(202);

  await page.goto(`${server.baseURL}/projects/${PROJECT}/batches/${id}`);
  await expect(counts(page)).toHaveText('Done · 4 saved, 2 failed, 0 skipped (conflict), of 6 tasks.');
  for (const task of refused) {
    await expect(row(page, task.Id)).toContainText(task.Name);
    await expect(row(page, task.Id)).toContainText('Failed');
    await expect(row(page, task.Id)).toContainText('Injected: the task is locked.');
  }
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(counts(page)).toHaveText('Done · 6 saved, 0 failed, 0 skipped (conflict), of 6 tasks.');
  // Each task changed exactly once by the batch, the refused ones included (by the resume).
  expect(await versionsOf(tasks)).toEqual(before.map((n) => n + 1));
  for (const task of tasks) expect((await server.getTask(task.Id)).Description).toBe(`Faults: ${task.Name}`);

  // Revert: reviewed like any batch, then every task has its description back.
  await page.getByRole('button', { name: 'Revert this batch' }).click();
  const review = page.getByRole('dialog', { name: `Review the revert of batch ${id}` });
  await expect(review.getByTestId('plan-totals')).toHaveText('Plan: 6 to change, 0 unchanged, 0 refused.');
  await review.getByRole('button', { name: 'Save 6 tasks to DataWorks' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/batches/${id}$`));
  await expect(counts(page)).toHaveText('Done · 6 saved, 0 failed, 0 skipped (conflict), of 6 tasks.');
  await expect(page.getByText(`Reverts batch ${id}.`)).toBeVisible();
  for (const task of tasks) expect((await server.getTask(task.Id)).Description).toBe(task.Description ?? '');
});

test('a task edited by someone else after the plan is a conflict, left as they saved it', async ({
  page,
}) => {
  const tasks = await takeTasks(3);
  const id = await createBatch(tasks, 'Conflict');
  // Someone saves the second task after the plan, before the batch runs.
  const edited = tasks[1]!;
  const theirs = await fetch(`${server.baseURL}/api/dataworks/UpdateTask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'if-match': `"${edited.ModifyTime}"` },
    body: JSON.stringify({ Id: edited.Id, Description: 'their own edit' }),
  });
  expect(theirs.status).toBe(200);
  const versionsBefore = await versionsOf(tasks);
  expect((await api(`/api/batches/${id}/run`, {})).status).toBe(202);

  await page.goto(`${server.baseURL}/projects/${PROJECT}/batches/${id}`);
  await expect(counts(page)).toHaveText('Done · 2 saved, 0 failed, 1 skipped (conflict), of 3 tasks.');
  await expect(row(page, edited.Id)).toContainText('Skipped: conflict');
  await expect(row(page, edited.Id)).toContainText('left as they saved it');
  expect((await server.getTask(edited.Id)).Description).toBe('their own edit');
  expect(await versionsOf(tasks)).toEqual([
    versionsBefore[0]! + 1,
    versionsBefore[1]!,
    versionsBefore[2]! + 1,
  ]);
});

test('the proxy killed mid-batch and restarted: the journal screen says what changed, Resume completes', async ({
  page,
}) => {
  const tasks = await takeTasks(6);
  const before = await versionsOf(tasks);
  const id = await createBatch(tasks, 'Restart', 2);
  // The second call waits in DataWorks (the emulator, in the proxy's process) while the proxy is killed.
  await server.injectFaults([
    { kind: 'delay', action: 'BatchUpdateTasks', delayMs: 1_000, count: 1 },
    { kind: 'delay', action: 'BatchUpdateTasks', delayMs: 5_000, count: 1 },
  ]);
  expect((await api(`/api/batches/${id}/run`, {})).status).toBe(202);
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  await server.stop('SIGKILL');

  const restarted = await startServer(server.dataDir, { ...env, EMULATOR_PORT: String(server.emulatorPort) });
  server = { ...server, ...restarted };
  await new Promise((resolve) => setTimeout(resolve, 1_200)); // the dead proxy's lease expires
  await page.goto(`${server.baseURL}/projects/${PROJECT}/batches/${id}`);
  await expect(counts(page)).toHaveText(
    /^Interrupted · 2 saved, 0 failed, 0 skipped \(conflict\), of 6 tasks\.$/,
  );
  await expect(page.getByTestId('batch-tasks').locator('[data-state="saved"]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(counts(page)).toHaveText('Done · 6 saved, 0 failed, 0 skipped (conflict), of 6 tasks.');
  expect(await versionsOf(tasks)).toEqual(before.map((n) => n + 1));
});
