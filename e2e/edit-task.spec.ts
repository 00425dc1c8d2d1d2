import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './start-server.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

test('the task list searches the demo project and links to a task', async ({ page }) => {
  await page.goto(`${server.baseURL}/`);
  await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  await expect(page.getByTestId('target')).toContainText('Local emulator');
  await page.getByRole('searchbox', { name: 'Search tasks' }).fill('dws_');
  await expect(page.getByRole('link', { name: /^dws_/ }).first()).toBeVisible();
  for (const link of await page.getByRole('table').getByRole('link').all())
    await expect(link).toHaveText(/^dws_/);
  await page.getByRole('searchbox', { name: 'Search tasks' }).fill('no-such-task-anywhere');
  await expect(page.getByText('No task matches this search.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('edit, review, save, reload, and see the change; restart on the same data and see it still', async ({
  page,
}) => {
  const id = '7002918273648500132'; // a 19-digit ID, past 2^53
  await page.goto(`${server.baseURL}/tasks/${id}`);
  await expect(page.getByText(`ID ${id}`)).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveAttribute('name', 'Name');
  await name.fill('');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  const describedBy = await name.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy?.split(' ')[0]}"]`)).toHaveText('is required');

  await name.fill('ods_finance_shipment_di_v2');
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('Shipments from the finance ledger, 财务发货');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  await expect(review.locator('[data-path="Name"]')).toContainText('ods_finance_shipment_di_v2');
  await expect(review.locator('[data-path="Description"]')).toContainText('财务发货');
  await review.getByText('The exact UpdateTask request').click();
  const request = JSON.parse((await page.getByTestId('exact-request').textContent()) ?? '{}') as Record<
    string,
    unknown
  >;
  expect(request).toEqual({
    Id: id,
    Name: 'ods_finance_shipment_di_v2',
    Description: 'Shipments from the finance ledger, 财务发货',
  });

  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ods_finance_shipment_di_v2');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'ods_finance_shipment_di_v2',
  );
  await expect(page.getByTestId('last-modified')).toContainText('1107550004253538');

  await server.stop();
  server = await startServer(server.dataDir);
  await page.goto(`${server.baseURL}/tasks/${id}`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'ods_finance_shipment_di_v2',
  );
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Shipments from the finance ledger, 财务发货',
  );
});

/** Follows the link to the task list, answers "stay" to the question it raises, and checks it stayed. */
async function expectAskedToStay(page: Page) {
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: /All tasks/ }).click();
  // The dialog event can reach the test just after the click returns.
  await expect.poll(() => questions[0]).toMatch(/unsaved edits/);
  await expect(page).toHaveURL(/\/tasks\/700004500000$/);
}

test('leaving through an in-app link with unsaved edits asks first', async ({ page }) => {
  await page.goto(`${server.baseURL}/tasks/700004500000`);
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('an unsaved rename');
  await expectAskedToStay(page);
  await expect(name).toHaveValue('an unsaved rename');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: /All tasks/ }).click();
  await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
});

test('an edit made while the form’s rules are still loading is guarded as unsaved all the same', async ({
  page,
}) => {
  // The rules load when the reader moves into the form; hold them back so the first check is still waiting.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/form-rules-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.baseURL}/tasks/700004500000`);
  await page.getByRole('textbox', { name: 'Description' }).fill('typed before the rules arrived');
  await expectAskedToStay(page);
  release();
});

test('in Chinese, a validation message is shown in Chinese', async ({ page }) => {
  await page.goto(`${server.baseURL}/tasks/700004500000`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const name = page.getByRole('textbox', { name: '名称', exact: true });
  await name.fill('');
  await page.getByRole('button', { name: '检查变更' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await name.getAttribute('aria-describedby'))?.split(' ')[0];
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('必填');
});
