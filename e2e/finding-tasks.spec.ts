import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './start-server.ts';
import { expectNoAxeViolations } from './task-page.ts';

// Finding tasks (issue 17): every word of the name or description, a task ID, filters and sort in the address
// (Back and "All tasks" keep them), and on a phone each task is a card, no page scrolling sideways.

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const rowNames = (page: import('@playwright/test').Page) =>
  page.getByRole('table').getByRole('row').getByRole('link').allTextContents();

test('words in any order, a plural, a description word and a task ID find their tasks', async ({ page }) => {
  await page.goto(`${server.baseURL}/projects/530876`);
  const search = page.getByRole('searchbox', { name: 'Search tasks' });
  await search.fill('orders ods');
  await expect(page).toHaveURL(/\?q=orders\+ods$/);
  await expect(page.getByRole('link', { name: 'ods_marketing_order_di' })).toBeVisible();
  for (const name of await rowNames(page)) expect(name).toMatch(/^ods_.*order/);

  await search.fill('intraday');
  await expect(page).toHaveURL(/\?q=intraday$/);
  await expect(page.getByRole('link', { name: 'ods_marketing_order_di' })).toHaveCount(0);
  await expect.poll(() => rowNames(page)).not.toHaveLength(0);
  for (const name of await rowNames(page)) expect(name).toMatch(/_hi(_\d+)?$/);

  await search.fill('7002918273648500132');
  await expect(page.getByRole('table').getByText('ID 7002918273648500132')).toBeVisible();
  await expect(page.getByText('Page 1 of 1 · 1 tasks')).toBeVisible();
});

test('filters and sort live in the address: Back and "All tasks" return to the same list', async ({
  page,
}) => {
  await page.goto(`${server.baseURL}/projects/530876`);
  await page.getByRole('combobox', { name: 'Schedule', exact: true }).selectOption('weekly');
  await page.getByLabel('Sort by').selectOption('name');
  await expect(page).toHaveURL(/schedule=weekly&sort=name/);
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  const names = await rowNames(page);
  expect(names.length).toBeGreaterThan(0);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  for (const cell of await page
    .getByRole('table')
    .getByRole('row')
    .locator('td:nth-child(5)')
    .allTextContents())
    expect(cell).toMatch(/\? \* [A-Z,]+$/);

  await page.getByRole('link', { name: names[0] }).click();
  await expect(page.getByRole('heading', { level: 1, name: names[0] })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Schedule', exact: true })).toHaveValue('weekly');
  expect(await rowNames(page)).toEqual(names);

  await page.getByRole('link', { name: names[1] }).click();
  await page.getByRole('link', { name: /All tasks/ }).click();
  await expect(page).toHaveURL(/schedule=weekly&sort=name$/);
  await expect(page.getByLabel('Sort by')).toHaveValue('name');

  await page.getByLabel('Tag').fill('sla=P1');
  await expect(page).toHaveURL(/tag=sla%3DP1/);
  await expect(page.getByText(/Page 1 of 1 · \d+ tasks/)).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page).toHaveURL(/\?sort=name$/);
  await expectNoAxeViolations(page);
});

test('on a phone each task is a card with every fact, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.baseURL}/projects/530876`);
  const cards = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem');
  await expect(cards.nth(1)).toContainText('Owner');
  await expect(cards.nth(1)).toContainText('Type');
  await expect(cards.nth(1)).toContainText('Schedule');
  await expect(cards.nth(1)).toContainText('Modified');
  await expect(page.getByRole('table')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page
    .getByRole('checkbox', { name: /^Select ods_/ })
    .first()
    .check();
  await expect(page.getByText('1 task selected')).toBeVisible();
  await expectNoAxeViolations(page);
});
