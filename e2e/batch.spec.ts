import { expect, test, type Page } from '@playwright/test';
import { startServerWithFaults, type ServerWithFaults } from './start-server.ts';
import { expectNoAxeViolations } from './task-page.ts';

// Batch editing end to end (issue 16): filter by owner, select all matching, set a resource group with the
// picker, review (the counts, every task), save through /api/batches, and every selected task changed and
// nothing else, read back through GetTask.

let server: ServerWithFaults;

test.beforeAll(async () => {
  server = await startServerWithFaults();
});
test.afterAll(async () => {
  await server?.stop();
});

const PROJECT = '530876';
/** 周杰 owns five tasks of the demo workspace. */
const OWNER = '207308280163333356';
const GROUP = 'Serverless_res_group_524257424564736_6831777003002';

async function allTasks(): Promise<Map<string, Record<string, unknown>>> {
  const response = await fetch(`${server.baseURL}/api/dataworks/ListTasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ProjectId: PROJECT, PageSize: 100, PageNumber: 1 }),
  });
  const ids = ((await response.json()) as { PagingInfo: { Tasks: { Id: string }[] } }).PagingInfo.Tasks.map(
    (t) => t.Id,
  );
  const tasks = new Map<string, Record<string, unknown>>();
  for (const id of ids) tasks.set(id, await server.getTask(id));
  return tasks;
}

/** A task without what any save moves. */
function comparable(task: Record<string, unknown>) {
  const { ModifyTime: _t, ModifyUser: _u, ...rest } = task;
  return rest;
}

async function pickOption(page: Page, combobox: ReturnType<Page['getByRole']>, text: string, option: RegExp) {
  await combobox.fill(text);
  await expect(page.getByRole('option', { name: option })).toBeVisible();
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
}

test('a resource group set on every task of one owner: reviewed, saved, and nothing else changed', async ({
  page,
}) => {
  const before = await allTasks();
  const selected = [...before.values()].filter((t) => t.Owner === OWNER).map((t) => String(t.Id));
  expect(selected).toHaveLength(5);

  await page.goto(`${server.baseURL}/projects/${PROJECT}/`);
  await pickOption(page, page.getByRole('combobox', { name: 'Owner' }), '周杰', /周杰/);
  await page.getByRole('button', { name: 'Select all 5 matching' }).click();
  await expect(page.getByRole('status').filter({ hasText: '5 tasks selected' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit 5 selected' }).click();

  await expect(page.getByRole('heading', { name: 'Batch edit' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Change Resource group' }).check();
  const group = page.getByRole('combobox', { name: 'Resource group' });
  await expect(group).toHaveAttribute('name', 'RuntimeResource.ResourceGroupId');
  await pickOption(page, group, 'common_serverless_bi', /common_serverless_bi/);
  await expect(group).toHaveValue(GROUP);
  await page.getByRole('textbox', { name: 'Comment for the batch' }).fill('Exclusive groups retired');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Review changes' }).click();

  const review = page.getByRole('dialog', { name: 'Review the batch' });
  await expect(review.getByTestId('plan-totals')).toHaveText('Plan: 5 to change, 0 unchanged, 0 refused.');
  await expect(review.getByTestId('changed-tasks').locator(':scope > li')).toHaveCount(5);
  for (const id of selected) await expect(review.locator(`[data-task-id="${id}"]`)).toBeVisible();
  await expectNoAxeViolations(page);
  await review.getByRole('button', { name: 'Save 5 tasks to DataWorks' }).click();

  await expect(page).toHaveURL(/\/batches\/\d+$/);
  const bar = page.getByRole('progressbar', { name: 'Batch progress' });
  await expect(bar).toHaveAttribute('aria-valuemax', '5');
  await expect(bar).toHaveAttribute('aria-valuenow', '5', { timeout: 30_000 });
  await expect(page.getByTestId('batch-counts')).toHaveText(
    'Done · 5 saved, 0 failed, 0 skipped (conflict), of 5 tasks.',
  );
  await expectNoAxeViolations(page);

  // A reload shows the same from the journal.
  await page.reload();
  await expect(page.getByTestId('batch-counts')).toContainText('5 saved');

  const after = await allTasks();
  for (const [id, task] of after) {
    const was = before.get(id)!;
    if (selected.includes(id)) {
      expect((task.RuntimeResource as Record<string, unknown>).ResourceGroupId, id).toBe(GROUP);
      expect(comparable({ ...task, RuntimeResource: was.RuntimeResource }), id).toEqual(comparable(was));
    } else expect(task, id).toEqual(was);
  }
});
