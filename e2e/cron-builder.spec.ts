import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './start-server.ts';
import { goToSection } from './go-to-section.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

type TaskSummary = { Id: string; Name: string; Trigger?: { Cron?: string; Type?: string } };

async function findTask(request: APIRequestContext, cron: string): Promise<TaskSummary> {
  const response = await request.post(`${server.baseURL}/api/dataworks/ListTasks`, {
    data: { PageSize: 100 },
  });
  expect(response.ok()).toBe(true);
  const { PagingInfo } = (await response.json()) as { PagingInfo: { Tasks: TaskSummary[] } };
  const task = PagingInfo.Tasks.find((t) => t.Trigger?.Cron === cron && t.Trigger.Type !== 'Manual');
  if (!task) throw new Error(`no demo task runs on ${cron}`);
  return task;
}

async function getCron(request: APIRequestContext, id: string): Promise<string | undefined> {
  const response = await request.post(`${server.baseURL}/api/dataworks/GetTask`, { data: { Id: id } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { Task: { Trigger?: { Cron?: string } } }).Task.Trigger?.Cron;
}

function cronInput(page: Page) {
  return page.getByRole('textbox', { name: 'Cron expression' });
}

test('build a weekly schedule, preview it, switch to text and back, review, save and read it back', async ({
  page,
  request,
}) => {
  const task = await findTask(request, '00 30 02 * * ?');
  await page.goto(`${server.baseURL}/tasks/${task.Id}`);
  await goToSection(page, 'Trigger');
  await expect(cronInput(page)).toHaveValue('00 30 02 * * ?');
  await expect(cronInput(page)).toHaveAttribute('name', 'Trigger.Cron');

  const modes = page.getByRole('group', { name: 'Schedule by' });
  await expect(modes.getByRole('radio', { name: 'Day' })).toBeChecked();
  await expect(page.getByLabel('Time of day')).toHaveValue('02:30');

  // Week keeps the time of day and starts on Monday; add Thursday, set 06:15.
  await modes.getByRole('radio', { name: 'Week' }).check();
  await expect(cronInput(page)).toHaveValue('00 30 02 ? * MON');
  await page.getByRole('checkbox', { name: 'Thursday' }).check();
  await page.getByLabel('Time of day').fill('06:15');
  await expect(cronInput(page)).toHaveValue('00 15 06 ? * MON,THU');
  await expect(page.getByTestId('cron-description')).toHaveText(/06:15.*Monday.*Thursday/);
  await expect(page.getByTestId('cycle-type')).toContainText('Daily');

  // The preview: 10 runs by default, all Mondays or Thursdays at 06:15 in Asia/Shanghai.
  const preview = page.getByTestId('schedule-preview');
  await expect(preview.getByLabel('Scheduling time zone')).toHaveValue('Asia/Shanghai');
  await expect(
    preview.getByRole('columnheader', { name: /Earliest start \(Asia\/Shanghai\)/ }),
  ).toBeVisible();
  const scheduled = preview.getByTestId('preview-scheduled');
  await expect(scheduled).toHaveCount(10);
  for (const text of await scheduled.allTextContents())
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2} (Mon|Thu) 06:15$/);
  await preview.getByLabel('Runs to show').selectOption('100');
  await expect(scheduled).toHaveCount(100);
  const days = preview.getByTestId('calendar-strip').locator('td[data-count]:not([data-count=""])');
  for (const count of await days.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-count'))))
    expect(['0', '1']).toContain(count);
  const computeMs = Number(await preview.getAttribute('data-compute-ms'));
  // A figure, not a check: its time target is in `npm run bench` (a timed test fails on a busy machine).
  console.log(`preview of 100 runs + 5-week calendar computed in ${computeMs} ms`);

  // A changed scheduling zone changes the instants, not the wall times.
  await preview.getByLabel('Scheduling time zone').selectOption('UTC');
  await expect(preview.getByRole('columnheader', { name: /Earliest start \(UTC\)/ })).toBeVisible();
  await expect(scheduled.first()).toHaveText(/(Mon|Thu) 06:15$/);
  await preview.getByLabel('Scheduling time zone').selectOption('Asia/Shanghai');

  // Text mode and back: nothing lost.
  await modes.getByRole('radio', { name: 'Expression' }).check();
  await expect(page.getByRole('checkbox', { name: 'Thursday' })).toHaveCount(0);
  await expect(cronInput(page)).toHaveValue('00 15 06 ? * MON,THU');
  await modes.getByRole('radio', { name: 'Week' }).check();
  await expect(page.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  await expect(cronInput(page)).toHaveValue('00 15 06 ? * MON,THU');

  // The builder has the page open: axe on the Trigger section, which holds the builder and the preview.
  const axe = await new AxeBuilder({ page }).include('#trigger').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  await expect(review.locator('[data-path="Trigger.Cron"]')).toContainText('00 15 06 ? * MON,THU');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  expect(await getCron(request, task.Id)).toBe('00 15 06 ? * MON,THU');
});

test('DataWorks rules are shown with field and position, and an invalid cron cannot be reviewed', async ({
  page,
  request,
}) => {
  const task = await findTask(request, '00 00 03 * * ?');
  await page.goto(`${server.baseURL}/tasks/${task.Id}`);
  await goToSection(page, 'Trigger');
  await cronInput(page).fill('00 */2 * * * ?');
  await expect(cronInput(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('cron-errors')).toContainText("Minute: '*/2' at position 4");
  const modes = page.getByRole('group', { name: 'Schedule by' });
  await expect(modes.getByRole('radio', { name: 'Minutes' })).toBeChecked();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog', { name: /Review before saving/ })).toHaveCount(0);

  // Picking a mode while the builder cannot show the expression changes nothing the first time.
  await cronInput(page).fill('00 00 00 ? * FRI#3');
  await expect(page.getByText(/The builder cannot show this expression/)).toBeVisible();
  await expect(modes.getByRole('radio', { name: 'Expression' })).toBeChecked();
  await modes.getByRole('radio', { name: 'Day' }).click();
  await expect(page.getByText(/Nothing was changed/)).toBeVisible();
  await expect(cronInput(page)).toHaveValue('00 00 00 ? * FRI#3');
  await modes.getByRole('radio', { name: 'Day' }).check();
  await expect(cronInput(page)).toHaveValue('00 00 00 * * ?');
});

test('a numeric weekday is flagged as ambiguous and rewritten with names in one click', async ({
  page,
  request,
}) => {
  const task = await findTask(request, '00 00 03 ? * MON');
  const update = await request.post(`${server.baseURL}/api/dataworks/UpdateTask`, {
    data: { Id: task.Id, Trigger: { Cron: '00 00 03 ? * 1' } },
  });
  expect(update.ok()).toBe(true);
  await page.goto(`${server.baseURL}/tasks/${task.Id}`);
  await goToSection(page, 'Trigger');
  await expect(cronInput(page)).toHaveValue('00 00 03 ? * 1');
  const note = page.getByRole('note').filter({ hasText: 'Ambiguous weekday' });
  await expect(note).toContainText('Spring reads as MON and Quartz as SUN');
  await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  await note.getByRole('button', { name: 'Rewrite as 00 00 03 ? * MON' }).click();
  await expect(cronInput(page)).toHaveValue('00 00 03 ? * MON');
  await expect(page.getByRole('note').filter({ hasText: 'Ambiguous weekday' })).toHaveCount(0);
});

test('month and year modes keep the time of day; year adds months; the last day replaces the others', async ({
  page,
  request,
}) => {
  const response = await request.post(`${server.baseURL}/api/dataworks/ListTasks`, {
    data: { PageSize: 100 },
  });
  const { PagingInfo } = (await response.json()) as { PagingInfo: { Tasks: TaskSummary[] } };
  const task = PagingInfo.Tasks.find((t) => t.Trigger?.Type !== 'Manual')!;
  await page.goto(`${server.baseURL}/tasks/${task.Id}`);
  await goToSection(page, 'Trigger');
  await cronInput(page).fill('00 30 02 * * ?');
  const modes = page.getByRole('group', { name: 'Schedule by' });
  await expect(modes.getByRole('radio', { name: 'Day' })).toBeChecked();

  await modes.getByRole('radio', { name: 'Month' }).check();
  await expect(cronInput(page)).toHaveValue(/^00 30 02 \S+ \* \?$/);
  await page.getByRole('checkbox', { name: 'Day 15' }).check();
  await expect(cronInput(page)).toHaveValue(/^00 30 02 (\d\d,)*15 \* \?$/);

  await modes.getByRole('radio', { name: 'Year' }).check();
  await page.getByRole('checkbox', { name: 'July' }).check();
  await expect(cronInput(page)).toHaveValue(/^00 30 02 (\d\d,)*15 (\d\d,)*07 \?$/);
  await page.getByRole('checkbox', { name: 'Last day of the month' }).check();
  await expect(page.getByRole('checkbox', { name: 'Day 15' })).not.toBeChecked();
  await page.getByLabel('Time of day').fill('23:00');
  await expect(cronInput(page)).toHaveValue(/^00 00 23 L (\d\d,)*07 \?$/);
  await expect(page.getByTestId('cycle-type')).toContainText('Daily');
});

test('the review lists the runs in the zone picked in the preview, named, with StartTime read in it', async ({
  page,
  request,
}) => {
  const task = await findTask(request, '00 00 03 * * ?');
  await page.goto(`${server.baseURL}/tasks/${task.Id}`);
  await goToSection(page, 'Trigger');
  const preview = page.getByTestId('schedule-preview');
  await preview.getByLabel('Scheduling time zone').selectOption('Asia/Tokyo');
  await cronInput(page).fill('00 30 07 * * ?');
  // 07:00 on Tokyo's clock: the 07:30 run that day is the first. Read at +08:00 (08:00 in Tokyo) it would not be.
  await page.getByLabel('Effective from').fill('2030-01-01 07:00:00');
  const scheduled = preview.getByTestId('preview-scheduled');
  await expect(preview.getByRole('columnheader', { name: /Earliest start \(Asia\/Tokyo\)/ })).toBeVisible();
  await expect(scheduled.first()).toHaveText('2030-01-01 Tue 07:30');
  const previewRuns = await scheduled.allTextContents();

  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  const runs = review.getByRole('region', { name: 'Next 10 runs before and after (Asia/Tokyo)' });
  await expect(
    runs.getByRole('heading', { name: 'Next 10 runs before and after (Asia/Tokyo)' }),
  ).toBeVisible();
  const after = runs.getByRole('list').nth(1).getByRole('listitem');
  await expect(after).toHaveCount(10);
  expect(await after.allTextContents()).toEqual(previewRuns.slice(0, 10));
  // The old schedule, 03:00 every day, on the same clock.
  for (const text of await runs.getByRole('list').first().getByRole('listitem').allTextContents())
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \w{3} 03:00$/);
});

test("the deployment's schedule settings come from the server: its zone is the preview's and the review's default, its weekday numbering reads the cron", async ({
  page,
}) => {
  const tokyo = await startServer(undefined, {
    DATAWORKS_SCHEDULE_TIME_ZONE: 'Asia/Tokyo',
    DATAWORKS_WEEKDAY_NUMBERING: 'quartz',
  });
  try {
    const response = await page.request.post(`${tokyo.baseURL}/api/dataworks/ListTasks`, {
      data: { PageSize: 100 },
    });
    const { PagingInfo } = (await response.json()) as { PagingInfo: { Tasks: TaskSummary[] } };
    const task = PagingInfo.Tasks.find((t) => t.Trigger?.Cron === '00 00 03 ? * MON')!;
    await page.goto(`${tokyo.baseURL}/tasks/${task.Id}`);
    await goToSection(page, 'Trigger');
    await expect(page.getByTestId('schedule-preview').getByLabel('Scheduling time zone')).toHaveValue(
      'Asia/Tokyo',
    );
    // Quartz numbers Sunday 1: weekday 2 is Monday, and the note says how it is read here.
    await cronInput(page).fill('00 00 03 ? * 2');
    await expect(page.getByRole('note').filter({ hasText: 'Ambiguous weekday' })).toContainText(
      'read here as Quartz',
    );
    await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    await page.getByRole('button', { name: 'Review changes' }).click();
    await expect(
      page.getByRole('heading', { name: 'Next 10 runs before and after (Asia/Tokyo)' }),
    ).toBeVisible();
  } finally {
    await tokyo.stop();
  }
});
