import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './start-server.ts';
import { expectNoAxeViolations } from './task-page.ts';

// Several workspaces in one deployment (issue 15, item 6): the header's "Workspace" control lists the served
// ones by name, the workspace is in every address, old `/tasks/:id` links still open, a task opens under its
// own workspace, and a workspace outside the allow-list is said as such.

let server: RunningServer;

test.beforeAll(async () => {
  // Two of the emulator's three workspaces, the finance one the default.
  server = await startServer(undefined, { DATAWORKS_PROJECT_IDS: '531204,530876' });
});
test.afterAll(async () => {
  await server?.stop();
});

const FINANCE_TASK = '700008200000';
const DEMO_TASK = '700004500000';

test('switch workspace with the keyboard: the list, the address, the task and its owner picker follow', async ({
  page,
}) => {
  await page.goto(`${server.baseURL}/`);
  await expect(page).toHaveURL(/\/projects\/531204$/);
  const workspace = page.getByRole('combobox', { name: 'Workspace' });
  await expect(workspace).toHaveValue('财务集市 Finance data mart (finance_dm)');
  await expect(page.getByRole('link', { name: 'ods_user_invoice_hi' })).toBeVisible();

  await workspace.focus();
  await page.keyboard.type('retail');
  const options = page.getByRole('listbox', { name: 'Workspaces this editor serves' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/530876$/);
  await expect(workspace).toHaveValue('零售数仓 Retail DW (retail_dw)');
  await expect(page.getByRole('link', { name: 'ods_item_member_hi' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ods_user_invoice_hi' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Only the served workspaces are offered, in the configured order (the third, 618000, is not).
  await workspace.focus();
  await page.keyboard.press('ArrowDown');
  await expect(options).toHaveText([/财务集市.*ID 531204/, /零售数仓.*ID 530876/]);
  await page.keyboard.press('Escape');

  await page.goto(`${server.baseURL}/projects/531204/tasks/${FINANCE_TASK}`);
  await expect(page.getByText(`ID ${FINANCE_TASK}`)).toBeVisible();
  // The Owner picker searches this workspace's members: 钱多多 is a member of the finance workspace only.
  const owner = page.getByRole('combobox', { name: 'Owner', exact: true });
  await owner.fill('钱多');
  await expect(page.getByRole('option', { name: /钱多多/ })).toBeVisible();
  await page.keyboard.press('Escape');
  // The typed text is an unsaved edit: leaving asks first (the draft stays on this device).
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'All tasks' }).click();
  await expect(page).toHaveURL(/\/projects\/531204$/);
});

test("an old /tasks/:id link opens, in its task's own workspace, keeping the section", async ({ page }) => {
  await page.goto(`${server.baseURL}/tasks/${DEMO_TASK}#schedule`);
  await expect(page.getByText(`ID ${DEMO_TASK}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/projects/530876/tasks/${DEMO_TASK}#schedule$`));
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(
    '零售数仓 Retail DW (retail_dw)',
  );
});

test('a workspace this deployment does not serve is said as such, with the way back', async ({ page }) => {
  await page.goto(`${server.baseURL}/projects/618000`);
  await expect(page.getByRole('alert')).toContainText('This editor does not serve workspace 618000.');
  await page.getByRole('link', { name: 'Open 财务集市 Finance data mart (finance_dm)' }).click();
  await expect(page).toHaveURL(/\/projects\/531204$/);
  // The proxy refuses it too, whatever the page does.
  const refused = await page.request.post(`${server.baseURL}/api/dataworks/ListTasks`, {
    data: { ProjectId: '618000' },
  });
  expect(refused.status()).toBe(403);
});
