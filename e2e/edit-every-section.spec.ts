import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { JSON_PARAMETERS } from '../src/domain/task/parameters.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { goToSection } from './go-to-section.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const ID = '7002918273648500132'; // a 19-digit ID, past 2^53
const UPSTREAM_ID = '700004500000'; // the first ods task of the demo project

function section(page: Page, name: string) {
  return page.getByRole('region', { name: new RegExp(`^${name}`) });
}

async function getTask(request: import('@playwright/test').APIRequestContext, id: string) {
  const response = await request.post(`${server.baseURL}/api/dataworks/GetTask`, { data: { Id: id } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { Task: Record<string, unknown> }).Task;
}

test('edit one field of every section, review, save, and read every change back through GetTask', async ({
  page,
  request,
}) => {
  const upstream = await getTask(request, UPSTREAM_ID);
  const upstreamOutput = (upstream.Outputs as { TaskOutputs: { Output: string }[] }).TaskOutputs[0]!.Output;

  await page.goto(`${server.baseURL}/tasks/${ID}`);
  await expect(page.getByText(`ID ${ID}`)).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  // General
  await page.getByRole('textbox', { name: 'Description' }).fill('Every section edited, 每个分区');
  const timeout = page.getByRole('spinbutton', { name: 'Timeout (seconds)' });
  await expect(timeout).toHaveAttribute('name', 'Timeout');
  await timeout.fill('7200');
  await expect(section(page, 'General').getByText('= 2 h')).toBeVisible();

  // Rerun: typed in minutes as the console asks for it, sent in milliseconds as UpdateTask takes it
  const interval = page.getByRole('textbox', { name: 'Rerun interval (minutes)' });
  await expect(interval).toHaveAttribute('name', 'RerunInterval');
  await expect(interval).toHaveValue('2');
  await interval.fill('0.5');
  await expect(section(page, 'Rerun').getByTestId('rerun-interval-warning')).toContainText(
    'Under one minute',
  );
  await interval.fill('5');
  await expect(section(page, 'Rerun').getByText('= 5 min · sent as 300000 ms')).toBeVisible();
  await expect(section(page, 'Rerun').getByTestId('rerun-interval-warning')).toHaveCount(0);

  // Script: a parameter added in the table
  const script = section(page, 'Script');
  await script.getByRole('button', { name: 'Add parameter' }).click();
  await script.getByRole('textbox', { name: 'Parameter name, row 4' }).fill('env');
  await script.getByRole('textbox', { name: 'Parameter value, row 4' }).fill('prod');

  // Trigger: an hourly cron makes the derived cycle type NotDaily
  await goToSection(page, 'Trigger');
  const cron = page.getByRole('textbox', { name: 'Cron expression' });
  await expect(cron).toHaveAttribute('name', 'Trigger.Cron');
  await cron.fill('00 00 00-23/2 * * ?');
  await expect(page.getByTestId('cycle-type')).toContainText('NotDaily');

  // Runtime resource, data source
  await page.getByRole('textbox', { name: 'Compute units (CU)' }).fill('0.5');
  // A combobox over the workspace's data sources; typed text is kept as the value.
  await page.getByRole('combobox', { name: 'Data source name' }).fill('holo_retail');

  // Input and output variables
  const inputs = section(page, 'Input variables');
  await inputs.getByRole('button', { name: 'Add variable' }).click();
  const inputName = inputs.getByRole('textbox', { name: 'Name, row 3' });
  await expect(inputName).toHaveAttribute('name', 'Inputs.Variables.2.Name');
  await inputName.fill('env');
  await inputs.getByRole('textbox', { name: 'Value, row 3' }).fill('prod');
  const outputs = section(page, 'Output variables');
  await outputs.getByRole('button', { name: 'Add variable' }).click();
  await outputs.getByRole('textbox', { name: 'Name, row 1' }).fill('rows');
  await outputs.getByRole('combobox', { name: 'Type, row 1' }).selectOption('NodeOutput');
  await outputs.getByRole('textbox', { name: 'Value, row 1' }).fill('${outputs}');

  // Task outputs
  const taskOutputs = section(page, 'Task outputs');
  await taskOutputs.getByRole('button', { name: 'Add output' }).click();
  await taskOutputs.getByRole('textbox', { name: 'Output, row 3' }).fill('retail_dw.every_section_out');

  // Dependencies: the rule of which field goes with which type is checked as you type
  await goToSection(page, 'Dependencies');
  const dependencies = section(page, 'Dependencies');
  await dependencies.getByRole('button', { name: 'Add dependency' }).click();
  await dependencies.getByRole('textbox', { name: 'Upstream output, row 1' }).fill(upstreamOutput);
  await dependencies.getByRole('button', { name: 'Add dependency' }).click();
  await dependencies
    .getByRole('combobox', { name: 'Dependency type, row 2' })
    .selectOption('CrossCycleDependsOnOtherNode');
  const upstreamTaskId = dependencies.getByRole('textbox', { name: 'Upstream task ID, row 2' });
  await upstreamTaskId.fill(UPSTREAM_ID);

  // Tags
  const tags = section(page, 'Tags');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByRole('textbox', { name: 'Key, row 3' }).fill('team');
  await tags.getByRole('textbox', { name: 'Value, row 3' }).fill('finance');

  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: /Review before saving/ });
  await review.getByText('The exact UpdateTask request').click();
  const sent = JSON.parse((await page.getByTestId('exact-request').textContent()) ?? '{}') as Record<
    string,
    unknown
  >;
  // The three scalars edited above, and every nested parameter (one field of each section was edited).
  expect(Object.keys(sent).sort()).toEqual(
    ['Id', 'Description', 'Timeout', 'RerunInterval', ...JSON_PARAMETERS].sort(),
  );
  expect(sent.Id).toBe(ID);
  expect(sent.RerunInterval).toBe(300000);
  expect(sent.Trigger).toMatchObject({ Cron: '00 00 00-23/2 * * ?', CycleType: 'NotDaily' });
  expect(sent.Dependencies).toEqual([
    { Type: 'Normal', UpstreamOutput: upstreamOutput },
    { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: UPSTREAM_ID },
  ]);

  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to DataWorks. RequestId' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  const task = await getTask(request, ID);
  expect(task).toMatchObject({
    Description: 'Every section edited, 每个分区',
    Timeout: 7200,
    RerunInterval: 300, // the emulator, like GetTask, reports seconds
    Script: { Parameters: 'bizdate=$bizdate hh=$[hh24] ds=${yyyy-mm-dd} env=prod' },
    Trigger: { Cron: '00 00 00-23/2 * * ?' },
    RuntimeResource: { Cu: '0.5' },
    DataSource: { Name: 'holo_retail' },
    Dependencies: [
      { Type: 'Normal', UpstreamOutput: upstreamOutput },
      { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: UPSTREAM_ID },
    ],
  });
  expect((task.Inputs as { Variables: unknown[] }).Variables.at(-1)).toEqual({
    Name: 'env',
    Type: 'Constant',
    Value: 'prod',
  });
  expect(task.Outputs).toMatchObject({
    Variables: [{ Name: 'rows', Type: 'NodeOutput', Value: '${outputs}' }],
  });
  expect((task.Outputs as { TaskOutputs: { Output: string }[] }).TaskOutputs.at(-1)).toEqual({
    Output: 'retail_dw.every_section_out',
  });
  expect((task.Tags as unknown[]).at(-1)).toEqual({ Key: 'team', Value: 'finance' });

  // Reloaded, the form shows the saved values and nothing is left to save.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Rerun interval (minutes)' })).toHaveValue('5');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByText('Nothing has changed: there is nothing to save.')).toBeVisible();
});

test('an invalid field in a collapsed section is revealed, marked in the navigator and focused; dark theme passes axe', async ({
  page,
}) => {
  await page.goto(`${server.baseURL}/tasks/${ID}`);
  const cu = page.getByRole('textbox', { name: 'Compute units (CU)' });
  await cu.fill('a lot');
  const toggle = page.getByRole('button', { name: /^Runtime resource/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(cu).toBeHidden();

  // Hidden, not unmounted: the edit survives collapsing.
  await toggle.click();
  await expect(cu).toHaveValue('a lot');
  await toggle.click();

  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(cu).toBeFocused();
  await expect(cu).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await cu.getAttribute('aria-describedby'))?.split(' ')[0];
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText('decimal number of compute units');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: /Runtime resource.*has errors/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^General/ })).not.toContainText('has errors');

  // `dark:` follows the system setting.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('body')).toHaveCSS('background-color', 'oklch(0.129 0.042 264.695)');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
});
