import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { goToSection } from './go-to-section.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { expectNoAxeViolations, openTask } from './task-page.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

async function getTask(request: APIRequestContext, id: string) {
  const response = await request.post(`${server.baseURL}/api/dataworks/GetTask`, { data: { Id: id } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { Task: Record<string, unknown> }).Task;
}

const open = (page: Page, id: string) => openTask(page, server.baseURL, id);

async function reviewAndSave(page: Page) {
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: /^Save/ }).click();
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' });

test('a save over someone else’s newer edit stops with a three-way view, then succeeds rebased', async ({
  page,
  browser,
  request,
}) => {
  const id = '700004500037';
  const other = await browser.newContext();
  const theirPage = await other.newPage();
  await open(page, id);
  await open(theirPage, id);

  // They change the description and the timeout, and save first.
  await theirPage.getByRole('textbox', { name: 'Description' }).fill('Their description');
  await theirPage.getByRole('spinbutton', { name: 'Timeout (seconds)' }).fill('14400');
  await reviewAndSave(theirPage);
  await expect(saved(theirPage)).toBeVisible();
  await theirPage.getByRole('button', { name: 'Close' }).click();

  // You change the name and the timeout on the version you loaded.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('ods_conflict_renamed');
  await page.getByRole('spinbutton', { name: 'Timeout (seconds)' }).fill('10800');
  await reviewAndSave(page);

  const merge = page.getByRole('region', { name: 'Someone else changed this task' });
  await expect(merge).toBeVisible();
  // The header's "Last modified" follows the version the save ran into.
  await expect(page.getByTestId('last-modified')).toHaveText(
    (await theirPage.getByTestId('last-modified').textContent()) ?? '',
  );
  await expect(merge.getByRole('status')).toHaveText('1 conflict needs your choice');
  await expect(merge.locator('[data-merge-id="Name"]')).toContainText('your change, kept');
  await expect(merge.locator('[data-merge-id="Description"]')).toContainText('their change, taken');
  const apply = merge.getByRole('button', { name: 'Apply and review again' });
  await expect(apply).toBeDisabled();
  const timeout = merge.getByRole('group', { name: 'Timeout' });
  await expect(timeout).toContainText('14400');
  await expect(timeout).toContainText('10800');
  await expectNoAxeViolations(page);
  await timeout.getByRole('radio', { name: 'Keep mine' }).check();
  await apply.click();

  // Applying the merge opens the review of the result at once, on top of their version.
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  await expect(review.getByRole('button', { name: 'Save 2 changes to DataWorks' })).toBeVisible();
  await review.getByText('The exact UpdateTask request').click();
  expect(JSON.parse((await page.getByTestId('exact-request').textContent()) ?? '{}')).toEqual({
    Id: id,
    Name: 'ods_conflict_renamed',
    Timeout: 10800,
  });
  await page.getByRole('button', { name: 'Back to editing' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Their description');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('ods_conflict_renamed');
  await page.keyboard.press('Control+S');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  expect(await getTask(request, id)).toMatchObject({
    Name: 'ods_conflict_renamed',
    Description: 'Their description',
    Timeout: 10800,
  });
  await other.close();
});

test('a draft survives a reload, is offered back with its diff, and discarding clears it', async ({
  page,
}) => {
  const id = '700004500074';
  await open(page, id);
  await page.getByRole('textbox', { name: 'Description' }).fill('Draft text, 草稿');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`))
    .toContain('草稿');

  await page.reload();
  const banner = page.getByRole('region', { name: 'Unsaved draft found' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('less than a minute ago');
  await expectNoAxeViolations(page);
  await banner.getByText('What the draft changes against the current task').click();
  await expect(banner.locator('[data-path="Description"]')).toContainText('Draft text, 草稿');
  await banner.getByRole('button', { name: 'Restore draft' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Draft text, 草稿');

  // Undo outside a text field goes back to the loaded value; redo brings the draft back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).not.toHaveValue('Draft text, 草稿');
  await page.getByRole('button', { name: 'Redo' }).focus();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Draft text, 草稿');

  await page.getByRole('button', { name: 'Discard edits' }).click();
  await page
    .getByRole('alertdialog', { name: 'Discard your edits?' })
    .getByRole('button', { name: 'Discard edits' })
    .click();
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`))
    .toBeNull();
  await page.reload();
  await expect(page.getByText(`ID ${id}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Unsaved draft found' })).toHaveCount(0);
});

test('an invalid value restored into a part not yet scrolled to is mounted and focused on review', async ({
  page,
}) => {
  const id = '700004500259';
  await open(page, id);
  await goToSection(page, 'Trigger');
  await page.getByRole('textbox', { name: 'Cron expression' }).fill('00 99 02 * * ?');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`))
    .toContain('00 99 02');

  // Opened afresh without the #trigger the navigator put in the address (a deep link mounts the section).
  await page.goto(`${server.baseURL}/tasks/${id}`);
  await page
    .getByRole('region', { name: 'Unsaved draft found' })
    .getByRole('button', { name: 'Restore draft' })
    .click();
  // At the top of the page the cron field has not mounted yet: the review must load and mount it to focus it.
  const cron = page.getByRole('textbox', { name: 'Cron expression' });
  await expect(cron).toHaveCount(0);
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(cron).toBeFocused();
  await expect(cron).toHaveValue('00 99 02 * * ?');
  await expect(cron).toHaveAttribute('aria-invalid', 'true');
});

test('DataWorks refusing a value marks the field it names, and the draft survives', async ({
  page,
  request,
}) => {
  const id = '700004500148';
  const taken = ((await getTask(request, '700004500000')).Outputs as { TaskOutputs: { Output: string }[] })
    .TaskOutputs[1]!.Output;
  await open(page, id);
  const outputs = page.getByRole('region', { name: /^Task outputs/ });
  await outputs.getByRole('button', { name: 'Add output' }).click();
  const output = outputs.getByRole('textbox', { name: 'Output, row 3' });
  await output.fill(taken);
  await reviewAndSave(page);

  await expect(page.getByTestId('save-outcome')).toContainText('DataWorks refused 1 value');
  await expect(page.getByTestId('save-outcome')).toBeFocused();
  await page.getByRole('button', { name: 'Back to editing, to the first marked field' }).click();
  await expect(output).toHaveAttribute('aria-invalid', 'true');
  await expect(output).toBeFocused();
  const describedBy = (await output.getAttribute('aria-describedby'))?.split(' ')[0];
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText(
    'is already the output of task 700004500000',
  );
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`))
    .toContain(taken);
});

test('the history lists both saves with their diffs, beside DataWorks’ operation logs', async ({ page }) => {
  const id = '700004500185';
  await open(page, id);
  await page.getByRole('textbox', { name: 'Description' }).fill('First save');
  await reviewAndSave(page);
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('textbox', { name: 'Description' }).fill('Second save');
  await page.keyboard.press('Control+S');
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  await expect(review.locator('[data-path="Description"]')).toContainText('Second save');
  await review.getByText('Copy as aliyun CLI command').click();
  await expect(review.getByTestId('cli-command')).toHaveText(
    `aliyun dataworks-public UpdateTask --region cn-shanghai --version 2024-05-18 --Id ${id} --Description 'Second save'`,
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Second save');

  const toggle = page.getByRole('button', { name: /History/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const saves = page.getByTestId('save-entry');
  await expect(saves).toHaveCount(2);
  await expect(saves.nth(0)).toContainText('saved');
  await expect(saves.nth(0)).toContainText('RequestId');
  await expect(saves.nth(0).locator('[data-path="Description"]')).toContainText('First save');
  await expect(saves.nth(0).locator('[data-path="Description"]')).toContainText('Second save');
  await expect(saves.nth(1).locator('[data-path="Description"]')).toContainText('First save');
  await expect(page.getByTestId('operation-logs').getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
