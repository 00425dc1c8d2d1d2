import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { goToSection } from './go-to-section.ts';
import { startServer, type RunningServer } from './start-server.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const SCREENSHOTS = process.env.SCREENSHOT_DIR;

type TaskSummary = { Id: string; Name: string; Trigger?: { Cron?: string; Type?: string } };

async function post<T>(request: APIRequestContext, action: string, data: unknown): Promise<T> {
  const response = await request.post(`${server.baseURL}/api/dataworks/${action}`, { data });
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

/** A daily task at 02:30 that other tasks depend on. */
async function findDailyTaskWithDownstream(
  request: APIRequestContext,
): Promise<{ task: TaskSummary; downstream: number }> {
  const { PagingInfo } = await post<{ PagingInfo: { Tasks: TaskSummary[] } }>(request, 'ListTasks', {
    PageSize: 100,
  });
  for (const task of PagingInfo.Tasks.filter(
    (t) => t.Trigger?.Cron === '00 30 02 * * ?' && t.Trigger.Type !== 'Manual',
  )) {
    const down = await post<{ PagingInfo: { TotalCount: number } }>(request, 'ListDownstreamTasks', {
      Id: task.Id,
      PageSize: 100,
    });
    if (down.PagingInfo.TotalCount > 0) return { task, downstream: down.PagingInfo.TotalCount };
  }
  throw new Error('no daily 02:30 demo task has downstream tasks');
}

function cronInput(page: Page, name = 'Cron expression') {
  return page.getByRole('textbox', { name });
}

test('the weekdays preset limits a daily task, and the review names the days dropped and the downstream tasks', async ({
  page,
  request,
}) => {
  const { task, downstream } = await findDailyTaskWithDownstream(request);
  await page.goto(`${server.baseURL}/tasks/${task.Id}`);
  await goToSection(page, 'Trigger');
  await expect(page.getByRole('radio', { name: 'Day' })).toBeChecked();
  await page.getByRole('button', { name: 'Weekdays (Mon–Fri)' }).click();
  await expect(cronInput(page)).toHaveValue('00 30 02 ? * MON-FRI');
  await expect(page.getByRole('radio', { name: 'Day' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();

  // The time of day is a 24-hour text box: 17:45 typed, no AM/PM.
  const time = page.getByRole('textbox', { name: 'Time of day' });
  await time.fill('17:45');
  await expect(cronInput(page)).toHaveValue('00 45 17 ? * MON-FRI');
  await time.fill('5:45 PM');
  await expect(page.getByTestId('time-of-day-error')).toContainText('00:00 to 23:59');
  await expect(cronInput(page)).toHaveValue('00 45 17 ? * MON-FRI');
  await time.fill('17:45');

  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  const dropped = review.locator('[data-kind="weekdays-dropped"]');
  await expect(dropped).toContainText('no longer runs on Saturday, Sunday');
  await expect(dropped).toContainText(`${downstream} downstream task`);
  await review.getByText('Copy as aliyun CLI command').click();
  await expect(review.getByTestId('cli-command')).toContainText('--region cn-shanghai');
  await expect(review.getByTestId('cli-no-conflict-check')).toBeVisible();
});

test('in Chinese: cron errors with 1-based positions, natural descriptions, the console’s words; no sideways scroll at 390 px', async ({
  page,
  request,
}) => {
  const { task } = await findDailyTaskWithDownstream(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => localStorage.setItem('task-editor.locale', 'zh-CN'));
  await page.goto(`${server.baseURL}/tasks/${task.Id}#trigger`);
  await expect(page.getByRole('navigation', { name: '配置项' })).toBeAttached();
  const cron = cronInput(page, 'Cron 表达式');
  await expect(cron).toHaveValue('00 30 02 * * ?');
  await expect(page.getByTestId('cron-description')).toHaveText('含义：每天 02:30');

  await page.getByRole('button', { name: '工作日（周一至周五）' }).click();
  await expect(page.getByTestId('cron-description')).toHaveText('含义：每周一至周五 02:30');
  // The weekday chips wrap inside the page, and the schedule section is no wider than the phone (the
  // dependency graph further down is another matter: issue #17, phone).
  const chips = page.getByRole('group', { name: '星期' }).locator('label');
  await expect(chips).toHaveCount(7);
  for (const box of await chips.evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect())))
    expect(box.right).toBeLessThanOrEqual(390);
  const tops = new Set(
    await chips.evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top))),
  );
  expect(tops.size).toBeGreaterThan(1); // wrapped onto more than one row
  const trigger = page.locator('#trigger');
  expect(await trigger.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
  expect(await trigger.evaluate((e) => e.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
  if (SCREENSHOTS) await trigger.screenshot({ path: `${SCREENSHOTS}/schedule-zh-390.png` });
  const axe = await new AxeBuilder({ page }).include('#trigger').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await cron.fill('00 */2 * * * ?');
  await expect(page.getByTestId('cron-errors')).toContainText(
    "分钟字段：第 4 个字符的 '*/2' 每 2 分钟运行一次；DataWorks 按分钟调度的间隔至少为 5 分钟",
  );
  await cron.fill('00 00 02 ? * 1');
  await expect(page.getByRole('note').filter({ hasText: '星期有歧义' })).toContainText(
    "星期字段：第 14 个字符的 '1' 是数字：Spring 读作 MON，Quartz 读作 SUN",
  );
  if (SCREENSHOTS) await trigger.screenshot({ path: `${SCREENSHOTS}/cron-errors-zh-390.png` });
});
