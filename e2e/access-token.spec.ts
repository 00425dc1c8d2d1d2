import { expect, test } from '@playwright/test';
import { createDataDir, startServer, type RunningServer } from './start-server.ts';

const TOKEN = 'e2e-access-token-0123456789';
let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer(createDataDir(), { ACCESS_TOKEN: TOKEN });
});
test.afterAll(async () => {
  await server?.stop();
});

test('a server with an access token asks for it once, then every call carries it', async ({ page }) => {
  const id = '700004500000';
  const tokens: (string | undefined)[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/dataworks/')) tokens.push(r.headers()['x-access-token']);
  });
  await page.goto(`${server.baseURL}/tasks/${id}`);
  const dialog = page.getByRole('dialog', { name: 'Access token' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Access token').fill(TOKEN);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`ID ${id}`)).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByRole('textbox', { name: 'Description' }).fill('Saved with a token');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  expect(tokens[0]).toBeUndefined();
  expect(tokens.slice(1).every((t) => t === TOKEN)).toBe(true);
  expect(await page.evaluate(() => sessionStorage.getItem('task-editor.access-token'))).toBe(TOKEN);
});
