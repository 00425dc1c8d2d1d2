import { expect, test, type Page } from '@playwright/test';
import { startTestPostgres, type TestPostgres } from '../src/server/store/test-postgres.ts';
import { startServerWithFaults, type ServerWithFaults } from './start-server.ts';
import { expectNoAxeViolations, openTask } from './task-page.ts';

// A team's deployment whose PostgreSQL goes away mid-edit: the save is refused in the person's words with
// nothing sent, the edits and the draft survive (a reload too), and saving again works once it is back.

let postgres: TestPostgres;
let server: ServerWithFaults;

test.beforeAll(async () => {
  postgres = await startTestPostgres();
  server = await startServerWithFaults({ DATABASE_URL: await postgres.createDatabase('editor') });
});
test.afterAll(async () => {
  await server?.stop();
  await postgres?.destroy();
});

const review = (page: Page) => page.getByRole('dialog', { name: /^Review/ });
const description = (page: Page) => page.getByRole('textbox', { name: 'Description' });
const draftOf = (page: Page, id: string) =>
  page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`);

test('a save while the store is down is refused, sends nothing, keeps the draft, and succeeds after the restart', async ({
  page,
}) => {
  const id = '700004500185';
  await openTask(page, server.baseURL, id);
  const before = (await server.getTask(id)).Description;
  await description(page).fill('Written while PostgreSQL was down');
  await expect.poll(() => draftOf(page, id)).toContain('PostgreSQL was down');
  await page.keyboard.press('Control+S');

  await postgres.stop();
  try {
    await review(page).getByRole('button', { name: /^Save/ }).click();
    const outcome = review(page).getByTestId('save-outcome');
    await expect(outcome).toContainText(
      'The editor could not record the save in its history (its database is unavailable), so it sent nothing to DataWorks.',
    );
    await expect(outcome).toContainText('Your edits are kept');
    await expect(outcome).toBeFocused();
    await expectNoAxeViolations(page);
    expect((await server.getTask(id)).Description).toBe(before);
    expect(await draftOf(page, id)).toContain('PostgreSQL was down');

    await page.reload();
    const banner = page.getByRole('region', { name: 'Unsaved draft found' });
    await banner.getByRole('button', { name: 'Restore draft' }).click();
    await expect(description(page)).toHaveValue('Written while PostgreSQL was down');
  } finally {
    await postgres.start();
  }

  await page.keyboard.press('Control+S');
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(review(page).getByTestId('save-outcome')).toContainText('Saved to DataWorks. RequestId');
  expect((await server.getTask(id)).Description).toBe('Written while PostgreSQL was down');
});
