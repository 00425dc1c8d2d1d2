import { expect, test, type Page } from '@playwright/test';
import { startServerWithFaults, type ServerWithFaults } from './start-server.ts';
import { expectNoAxeViolations, openTask } from './task-page.ts';

// Saving as a person sees it: the review is a modal dialog where every outcome shows, nothing typed is lost,
// and a save whose outcome is unknown is said so and settled by reading the task back.

let server: ServerWithFaults;

test.beforeAll(async () => {
  // A short upstream timeout, so that an injected delay makes a save's outcome unknown.
  server = await startServerWithFaults({ DATAWORKS_TIMEOUT_MS: '1500' });
});
test.afterAll(async () => {
  await server?.stop();
});
test.afterEach(async () => {
  await server.clearFaults();
});

async function injectFault(fault: Record<string, unknown>) {
  expect(await server.injectFaults([{ action: 'UpdateTask', ...fault }])).toBe(true);
}

const serverTask = (id: string) => server.getTask(id);

const open = (page: Page, id: string) => openTask(page, server.baseURL, id);

const review = (page: Page) => page.getByRole('dialog', { name: /^Review/ });
const description = (page: Page) => page.getByRole('textbox', { name: 'Description' });
const timeout = (page: Page) => page.getByRole('spinbutton', { name: 'Timeout (seconds)' });

test('edits typed while the review is open never go unsaved: the form is inert and the request is what was shown', async ({
  page,
}) => {
  const id = '700004500074';
  await open(page, id);
  await description(page).fill('A');
  await description(page).press('Control+S');
  await expect(review(page)).toBeVisible();

  // A person keeps typing, then tries the form behind the review.
  await page.keyboard.type('B');
  await description(page)
    .fill('B', { timeout: 1_000 })
    .catch(() => undefined);
  await timeout(page)
    .fill('10800', { timeout: 1_000 })
    .catch(() => undefined);
  const shown = {
    Description: await description(page).inputValue(),
    Timeout: await timeout(page).inputValue(),
  };

  await review(page).getByText('The exact UpdateTask request').click();
  const sent = JSON.parse((await review(page).getByTestId('exact-request').textContent()) ?? '{}') as Record<
    string,
    unknown
  >;
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(review(page).getByTestId('save-outcome')).toContainText('Saved to DataWorks. RequestId');
  await review(page).getByRole('button', { name: 'Close' }).click();

  // What the form showed at the moment of saving is what was sent, and what it shows now is saved.
  expect(sent.Description).toBe(shown.Description);
  expect(sent).not.toHaveProperty('Timeout');
  await expect(description(page)).toHaveValue(shown.Description);
  await expect(timeout(page)).toHaveValue(shown.Timeout);
  expect((await serverTask(id)).Description).toBe(shown.Description);
  await expect(page.getByTestId('changed-fields')).toHaveText('No unsaved edits');
  await expect(page.getByTestId('last-save')).toContainText('RequestId');
});

test('Ctrl+S from a text field opens the review in view with focus in it; Save is one Tab away; Escape returns focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const id = '700004500407';
  await open(page, id);
  await description(page).fill('Reviewed from the keyboard');
  await description(page).press('Control+S');

  const dialog = review(page);
  await expect(dialog).toBeInViewport();
  await expect(dialog.getByRole('heading', { name: /^Review before saving/ })).toBeFocused();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Save 1 change to DataWorks' })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(description(page)).toBeFocused();
  await expect(description(page)).toHaveValue('Reviewed from the keyboard');

  // "Back to editing" gives focus back the same way, here to the bar's Review button.
  await page.getByRole('button', { name: 'Review changes' }).click();
  await review(page).getByRole('button', { name: 'Back to editing' }).click();
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeFocused();
});

test('the action bar stays in view, counts changed fields and errors, and jumps to the first error', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const id = '700004500148';
  await open(page, id);
  const bar = page.getByRole('region', { name: 'Editing actions' });
  await expect(bar).toBeInViewport();
  await expect(bar.getByTestId('changed-fields')).toHaveText('No unsaved edits');
  await expect(bar.getByRole('button', { name: 'Discard edits' })).toBeDisabled();
  await expect(bar.getByRole('button', { name: 'Discard edits' })).toHaveAttribute(
    'title',
    'There are no edits to discard',
  );

  await description(page).fill('Two fields');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('');
  await expect(bar.getByTestId('changed-fields')).toContainText('2 fields changed');
  await expect(bar).toContainText('1 error');
  await page.mouse.wheel(0, 3000);
  await expect(bar).toBeInViewport();
  await bar.getByRole('button', { name: 'go to the first' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
});

test('Discard asks first, keeps the draft until confirmed, and Undo brings the edits back', async ({
  page,
}) => {
  const id = '700004500185';
  await open(page, id);
  await description(page).fill('Worth keeping');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`))
    .toContain('Worth keeping');

  await page.getByRole('button', { name: 'Discard edits' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Discard your edits?' });
  await expect(ask).toContainText('1 changed field');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(description(page)).toHaveValue('Worth keeping');
  expect(await page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`)).toContain(
    'Worth keeping',
  );

  await page.getByRole('button', { name: 'Discard edits' }).click();
  await ask.getByRole('button', { name: 'Discard edits' }).click();
  await expect(description(page)).not.toHaveValue('Worth keeping');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), `task-editor.draft.${id}`))
    .toBeNull();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(description(page)).toHaveValue('Worth keeping');
});

test('a slow save is said as not confirmed yet, then as landed once reading back finds it', async ({
  page,
}) => {
  const id = '700004500222';
  await open(page, id);
  await description(page).fill('Slow but sure');
  await injectFault({ kind: 'delay', delayMs: 4_000 });
  await page.keyboard.press('Control+S');
  await review(page).getByRole('button', { name: /^Save/ }).click();

  const outcome = review(page).getByTestId('save-outcome');
  await expect(outcome).toContainText('Not confirmed yet: DataWorks did not answer in time');
  await expect(outcome).toContainText('may still land');
  await expect(outcome).toBeFocused();
  await expect(outcome).toContainText('It landed', { timeout: 15_000 });
  await expect(outcome).not.toContainText('RequestId confirmed');
  await review(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('changed-fields')).toHaveText('No unsaved edits');
  expect((await serverTask(id)).Description).toBe('Slow but sure');
});

test('saving again after one’s own slow save landed is recognised, not blamed on someone else', async ({
  page,
}) => {
  const id = '700004500259';
  await open(page, id);
  await description(page).fill('Landed late');
  await injectFault({ kind: 'delay', delayMs: 3_000 });
  await page.keyboard.press('Control+S');
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(review(page).getByTestId('save-outcome')).toContainText('Not confirmed yet');
  // The person goes back to the form before the editor could tell; the write lands meanwhile.
  await review(page).getByRole('button', { name: 'Back to editing' }).click();
  await expect.poll(async () => (await serverTask(id)).Description, { timeout: 10_000 }).toBe('Landed late');

  await page.keyboard.press('Control+S');
  await review(page).getByRole('button', { name: /^Save/ }).click();
  const outcome = review(page).getByTestId('save-outcome');
  await expect(outcome).toContainText('Already saved: your earlier save landed after all');
  await expect(review(page)).not.toContainText('Someone else changed this task');
});

test('each failure is said in its own words, keeps the edits, and a safe retry succeeds', async ({
  page,
}) => {
  const id = '700004500296';
  await open(page, id);
  await description(page).fill('Retry me');
  await page.keyboard.press('Control+S');

  await injectFault({ kind: 'error', status: 500, code: 'InternalError.System' });
  await review(page).getByRole('button', { name: /^Save/ }).click();
  const outcome = review(page).getByTestId('save-outcome');
  await expect(outcome).toContainText(
    'The save failed: DataWorks answered with a server error (HTTP 500). Nothing was applied; saving again is safe.',
  );
  await expect(outcome).not.toContainText('refused');
  await expect(outcome).toBeFocused();

  // The proxy retries throttling itself (three times): only a lasting one reaches the person.
  await injectFault({ kind: 'throttle', count: 4 });
  await review(page).getByRole('button', { name: 'Save again' }).click();
  await expect(outcome).toContainText('DataWorks is busy (throttling)');

  await injectFault({ kind: 'error', status: 400, code: 'InvalidParameter', count: 1 });
  await review(page).getByRole('button', { name: 'Save again' }).click();
  await expect(outcome).toContainText('without naming a field');
  await expect(outcome).not.toContainText('marked');
  await review(page).getByRole('button', { name: 'Back to editing' }).click();
  await expect(description(page)).toHaveValue('Retry me');

  await page.keyboard.press('Control+S');
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(outcome).toContainText('Saved to DataWorks. RequestId');
});

test('outcomes speak Chinese to a Chinese reader', async ({ page }) => {
  const id = '700004500333';
  await open(page, id);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('textbox', { name: '描述' }).fill('中文保存');
  await page.keyboard.press('Control+S');
  const dialog = page.getByRole('dialog', { name: /^保存前检查/ });
  await expect(dialog).toBeVisible();
  await injectFault({ kind: 'error', status: 503, code: 'ServiceUnavailable' });
  await dialog.getByRole('button', { name: /^保存 1 处变更/ }).click();
  await expect(dialog.getByTestId('save-outcome')).toContainText(
    '保存失败：DataWorks 返回服务端错误（HTTP 503）',
  );
  await dialog.getByRole('button', { name: '重新保存' }).click();
  await expect(dialog.getByTestId('save-outcome')).toContainText('已保存到 DataWorks。RequestId');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('changed-fields')).toHaveText('没有未保存的修改');
});

test('axe, every rule including best practices: the review, the History panel and the conflict view', async ({
  page,
  browser,
}) => {
  const id = '700004500444';
  await open(page, id);
  await description(page).fill('Checked by axe');
  await page.keyboard.press('Control+S');
  await expect(review(page)).toBeVisible();
  await expectNoAxeViolations(page, 'every');
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(review(page).getByTestId('save-outcome')).toContainText('Saved');
  await expectNoAxeViolations(page, 'every');
  await review(page).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: /History/ }).click();
  await expect(page.getByTestId('save-entry')).toHaveCount(1);
  await expectNoAxeViolations(page, 'every');

  // Someone saves in another browser; this one saves on the older version and lands in the conflict view.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await theirs.goto(`${server.baseURL}/tasks/${id}`);
  await theirs.getByRole('textbox', { name: 'Description' }).fill('Theirs');
  await theirs.keyboard.press('Control+S');
  await theirs.getByRole('button', { name: /^Save/ }).click();
  await expect(theirs.getByTestId('save-outcome')).toContainText('Saved');
  await other.close();
  await description(page).fill('Mine');
  await page.keyboard.press('Control+S');
  await review(page).getByRole('button', { name: /^Save/ }).click();
  await expect(review(page).getByRole('region', { name: 'Someone else changed this task' })).toBeVisible();
  // Both browsers are the same person here (no identity header): the save history says it was their own.
  await expect(review(page)).toContainText('You saved this task yourself at');
  await expectNoAxeViolations(page, 'every');
});
