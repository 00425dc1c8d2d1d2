import { expect, test, type Page } from '@playwright/test';
import { startServerWithFaults, type ServerWithFaults } from './start-server.ts';
import { expectNoAxeViolations, openTask } from './task-page.ts';

// The workspace's own names (issue 15): an owner picked by a Chinese fragment of their name and saved as their
// account ID, people shown by name in the list and filtered by a picked member, a resource group and a data
// source picked by name (a stopped group flagged), and a lookup the emulator refuses giving way to free text.

let server: ServerWithFaults;

test.beforeAll(async () => {
  // The proxy keeps the member directory for minutes; 0 reads it afresh on each request, so a fault injected
  // into ListProjectMembers is met by the next lookup.
  server = await startServerWithFaults({ MEMBER_DIRECTORY_TTL_MS: '0' });
});
test.afterAll(async () => {
  await server?.stop();
});
test.afterEach(async () => {
  await server.clearFaults();
});

const serverTask = (id: string) => server.getTask(id);

async function reviewAndSave(page: Page) {
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
}

const owner = (page: Page) => page.getByRole('combobox', { name: 'Owner', exact: true });

test('an owner chosen by a Chinese fragment of their name is saved as their account ID', async ({ page }) => {
  const id = '700004500148';
  await openTask(page, server.baseURL, id);
  await expect(owner(page)).toHaveAttribute('name', 'Owner');
  await owner(page).fill('欧阳');
  const option = page.getByRole('option', { name: /欧阳娜娜/ });
  await expect(option).toContainText('208504243649697662');
  await expect(option).toContainText('Data Analyst');
  await expect(owner(page)).toHaveAttribute('aria-expanded', 'true');
  // A name typed is a search: neither an edit nor an error while the list is open.
  await expect(page.getByText(/\d+ fields? changed|\d+ errors?/)).toHaveCount(0);

  await expectNoAxeViolations(page);

  await owner(page).press('ArrowDown');
  await expect(owner(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await owner(page).press('Enter');
  await expect(owner(page)).toHaveValue('208504243649697662');
  await expect(owner(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('lookup-note-Owner')).toHaveText('欧阳娜娜 · Data Analyst');

  // The review's callout names both people.
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByTestId('risk-callouts')).toContainText(
    'The owner changes from 王芳 (205882329397730300) to 欧阳娜娜 (208504243649697662)',
  );
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  expect((await serverTask(id)).Owner).toBe('208504243649697662');

  // The header and History name the AccessKey's account, DataWorks' ModifyUser of every save.
  await expect(page.getByTestId('last-modified')).toContainText(
    'Last modified by Alice Chen (1107550004253538)',
  );
  await page.getByRole('button', { name: /History/ }).click();
  await expect(page.getByTestId('operation-logs').getByRole('listitem').first()).toContainText(
    'by Alice Chen (1107550004253538)',
  );
});

test('a numeric account ID that is no member is kept and flagged; a name is refused with the rule', async ({
  page,
}) => {
  await openTask(page, server.baseURL, '700004500222');
  await owner(page).fill('1999888877776666');
  await owner(page).press('Escape');
  await expect(page.getByTestId('lookup-note-Owner')).toHaveText(
    'not a member of this workspace. It can still be saved.',
  );
  await expect(owner(page)).toHaveAttribute('aria-invalid', 'false');

  await owner(page).fill('zhangsan');
  await owner(page).press('Escape');
  await expect(page.getByText('must be an account ID written with digits only')).toBeVisible();
  await expect(owner(page)).toHaveAttribute('aria-invalid', 'true');
});

test('the list shows owners by name and filters by a member picked by name', async ({ page }) => {
  await page.goto(server.baseURL);
  const rows = page.getByRole('row');
  // Owners by name (the cells: selection, name, owner, …), with their account ID: "Name (ID)".
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText(/^\S.* \(\d+\)$/);

  const filter = page.getByRole('combobox', { name: 'Owner' });
  await filter.fill('李娜');
  await page.getByRole('option', { name: /李娜/ }).click();
  await expect(filter).toHaveValue('李娜 (203519867712345678)');
  await expect(page.getByTestId('owner-filter-note')).toHaveText(
    'Showing tasks owned by 李娜 (203519867712345678)',
  );
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('李娜 (203519867712345678)');
  const owners = await page.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(owners.length).toBeGreaterThan(0);
  expect(new Set(owners)).toEqual(new Set(['李娜 (203519867712345678)']));

  // Emptied, the filter is gone.
  await filter.fill('');
  await expect(page.locator('tbody tr td:nth-child(3)').filter({ hasNotText: '李娜' }).first()).toBeVisible();
});

test('a resource group and a data source are picked by name; a stopped or unknown group is flagged', async ({
  page,
}) => {
  // A demo task still on the stopped group: flagged as it loads, never replaced.
  const id = '700004500259';
  await openTask(page, server.baseURL, id);
  const group = page.getByRole('combobox', { name: 'Resource group' });
  await expect(group).toHaveAttribute('name', 'RuntimeResource.ResourceGroupId');
  await expect(group).toHaveValue('S_res_group_524258031846018_1684000000009');
  const groupNote = page.getByTestId('lookup-note-RuntimeResource.ResourceGroupId');
  await expect(groupNote).toHaveText(
    'sched_exclusive_2023 · Exclusive scheduling stopped. It can still be saved.',
  );

  // Every group shows name, identifier, type and status.
  await group.fill('');
  await group.press('ArrowDown');
  const stopped = page.getByRole('option', { name: /sched_exclusive_2023/ });
  await expect(stopped).toContainText('S_res_group_524258031846018_1684000000009');
  await expect(stopped).toContainText('Exclusive scheduling');
  await expect(stopped).toContainText('stopped');
  await expect(page.getByRole('option', { name: /sched_exclusive_a/ })).toContainText(
    'Exclusive scheduling · running',
  );
  await group.press('Escape');

  await group.fill('S_res_group_524258031846018_1683000000000');
  await group.press('Escape');
  await expect(groupNote).toHaveText('not a resource group of this workspace. It can still be saved.');

  await group.fill('serverless_bi');
  await group.press('ArrowDown');
  await group.press('Enter');
  await expect(group).toHaveValue('Serverless_res_group_524257424564736_6831777003002');
  await expect(groupNote).toHaveText('common_serverless_bi · Serverless · running');

  const source = page.getByRole('combobox', { name: 'Data source name' });
  await expect(source).toHaveAttribute('name', 'DataSource.Name');
  await source.fill('holo');
  const holo = page.getByRole('option', { name: /holo_retail/ });
  await expect(holo).toContainText('hologres · development, production');
  await holo.click();
  await expect(source).toHaveValue('holo_retail');

  await reviewAndSave(page);
  const saved = await serverTask(id);
  expect(saved.RuntimeResource).toMatchObject({
    ResourceGroupId: 'Serverless_res_group_524257424564736_6831777003002',
  });
  expect(saved.DataSource).toEqual({ Name: 'holo_retail' });
});

test('lookups refused or not offered give way to free text with a note; editing goes on', async ({
  page,
}) => {
  expect(
    await server.injectFaults([
      { kind: 'error', action: 'ListProjectMembers', status: 403, code: 'Forbidden.Access', count: 50 },
      // A DataWorks without ListImages (an older endpoint): the proxy answers 501 Lookup.Unavailable.
      { kind: 'error', action: 'ListImages', status: 404, code: 'InvalidAction.NotFound', count: 50 },
    ]),
  ).toBe(true);
  const id = '700004500333';
  await openTask(page, server.baseURL, id);
  const ownerText = page.getByRole('textbox', { name: 'Owner', exact: true });
  await expect(ownerText).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Owner', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('lookup-note-Owner')).toHaveText(
    'Members could not be loaded (Forbidden.Access): type the account ID.',
  );
  const image = page.getByRole('textbox', { name: 'Image', exact: true });
  await expect(image).toHaveAttribute('name', 'RuntimeResource.Image');
  await expect(page.getByTestId('lookup-note-RuntimeResource.Image')).toHaveText(
    'This service does not list images (Lookup.Unavailable): type the image ID.',
  );
  // Other lookups still pick.
  await expect(page.getByRole('combobox', { name: 'Resource group' })).toBeVisible();

  await ownerText.fill('203519867712345678');
  await reviewAndSave(page);
  expect((await serverTask(id)).Owner).toBe('203519867712345678');
});
