import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './start-server.ts';
import { expectNoAxeViolations, openTask } from './task-page.ts';

// Export → change → import → review → save, then a recorded save's version restored as edits.

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

async function savedDescription(request: APIRequestContext, id: string) {
  const response = await request.post(`${server.baseURL}/api/dataworks/GetTask`, { data: { Id: id } });
  return ((await response.json()) as { Task: { Description?: string } }).Task.Description;
}

const review = (page: Page) => page.getByRole('dialog', { name: /^Review/ });
const description = (page: Page) => page.getByRole('textbox', { name: 'Description' });

async function saveAndClose(page: Page) {
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await review(page).getByRole('button', { name: 'Close' }).click();
  await expect(review(page)).toBeHidden();
}

test('export the JSON, import it changed as edits, save; then restore an earlier save’s version', async ({
  page,
  request,
}) => {
  const id = '700004500037';
  await openTask(page, server.baseURL, id);

  // An earlier save, typed by hand.
  await description(page).fill('First version');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await saveAndClose(page);

  // Export: the task as GetTask returned it, IDs as strings.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`task-${id}.json`);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(exported.Id).toBe(id);
  expect(exported.Description).toBe('First version');
  expect(typeof exported.ProjectId).toBe('string');

  // Changed and imported onto the same task (by keyboard: the file input is labelled and focusable).
  const file = join(tmpdir(), `export-import-${String(Date.now())}.json`);
  await writeFile(file, JSON.stringify({ ...exported, Description: 'Imported version', Colour: 'red' }));
  await page.getByLabel('Import JSON').setInputFiles(file);

  await expect(review(page)).toBeVisible();
  await expect(review(page)).toContainText('Imported version');
  await expect(review(page)).toContainText('First version');
  await expect(description(page)).toHaveValue('Imported version');
  await saveAndClose(page);
  const note = page.getByTestId('import-note');
  await expect(note).toContainText('Imported as edits: Description. Review them, then save.');
  await expect(note).toContainText('Ignored (UpdateTask cannot change them): Id, ');
  await expect(note).toContainText('ProjectId');
  await expect(note).toContainText('ModifyTime');
  await expect(note).toContainText('Ignored (not task parameters): Colour.');
  expect(await savedDescription(request, id)).toBe('Imported version');

  // Bad input says which rule it broke and changes nothing.
  await writeFile(file, '{"Description": ');
  await page.getByLabel('Import JSON').setInputFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: 'is not valid JSON' })).toBeVisible();
  await expect(description(page)).toHaveValue('Imported version');

  // History: restoring the first save's version brings its Description back as an edit, in the review.
  await page.getByRole('button', { name: /History/ }).click();
  const saves = page.getByTestId('save-entry');
  await expect(saves).toHaveCount(2);
  const first = saves.filter({ hasText: 'First version' }).filter({ hasNotText: 'Imported version' });
  await first.getByRole('button', { name: 'Restore this version' }).click();
  await expect(review(page)).toBeVisible();
  await expect(review(page)).toContainText('First version');
  await expect(description(page)).toHaveValue('First version');
  await review(page).getByRole('button', { name: 'Back to editing' }).click();
  await expect(review(page)).toBeHidden();
  // Nothing saved until the review's Save.
  expect(await savedDescription(request, id)).toBe('Imported version');
  await expectNoAxeViolations(page);
});

test('the current values copy as an aliyun UpdateTask command, with no conflict check', async ({ page }) => {
  const id = '700004500074';
  await openTask(page, server.baseURL, id);
  await page.getByText('Copy as aliyun CLI command').click();
  const cli = page.getByTestId('current-cli-command');
  await expect(cli).toContainText(`aliyun dataworks-public UpdateTask --region`);
  await expect(cli).toContainText(`--Id ${id}`);
  await expect(cli).toContainText('--Name');
  await expect(page.getByTestId('current-cli-no-conflict-check')).toContainText('no conflict check');
});
