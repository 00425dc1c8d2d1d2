import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './start-server.ts';
import { goToSection } from './go-to-section.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

interface Summary {
  Id: string;
  Name: string;
}
interface Dependency {
  Type: string;
  UpstreamOutput?: string;
  UpstreamTaskId?: string;
}

async function call<T>(action: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${server.baseURL}/api/dataworks/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

async function pickFromSearch(page: Page, text: string, type?: string) {
  if (type) await page.getByRole('combobox', { name: 'Add as', exact: true }).selectOption(type);
  const search = page.getByRole('combobox', { name: 'Search upstream tasks' });
  await search.fill(text);
  await expect(
    page.getByRole('listbox', { name: 'Search upstream tasks' }).getByRole('option').first(),
  ).toBeVisible();
  await expect(page.getByTestId('picker-status')).toContainText('match');
  await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /opt-0$/);
  await search.press('Enter');
}

test('pick dependencies of every type, be refused a loop, save, and read them back', async ({ page }) => {
  const { projectId } = (await (await fetch(`${server.baseURL}/api/health`)).json()) as { projectId: string };
  const ods = await call<{ PagingInfo: { Tasks: Summary[] } }>('ListTasks', {
    ProjectId: projectId,
    Name: 'ods_',
    PageSize: 50,
  });
  // An ods task with a downstream task: the downstream one is what a loop needs.
  let opened: Summary | undefined;
  let downstream: Summary | undefined;
  for (const task of ods.PagingInfo.Tasks) {
    const reply = await call<{
      PagingInfo: { DownstreamTasks: { DependencyType: string; Task: Summary }[] };
    }>('ListDownstreamTasks', { Id: task.Id, PageSize: 100 });
    const normal = reply.PagingInfo.DownstreamTasks.find((d) => d.DependencyType === 'Normal');
    if (normal) {
      opened = task;
      downstream = normal.Task;
      break;
    }
  }
  expect(opened && downstream).toBeTruthy();
  const other = ods.PagingInfo.Tasks.find((t) => t.Id !== opened!.Id && !t.Name.includes(opened!.Name))!;
  const byOutput = ods.PagingInfo.Tasks.find(
    (t) => t.Id !== opened!.Id && t.Id !== other.Id && !t.Name.includes(other.Name),
  )!;
  const output = `retail_dw.${byOutput.Name}`;
  const before = await call<{ Task: { Dependencies?: Dependency[] } }>('GetTask', { Id: opened!.Id });

  await page.goto(`${server.baseURL}/tasks/${opened!.Id}`);
  await goToSection(page, 'Dependencies');
  await expect(page.getByText(`ID ${opened!.Id}`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Dependencies' });
  const rowCount = async () => (await table.count()) && (await table.locator('tbody tr').count());
  const start = await rowCount();

  // A loop: the opened task would depend on a task that depends on it.
  await pickFromSearch(page, downstream!.Name);
  const loop = page.getByText(/This would make a loop/);
  await expect(loop).toBeVisible();
  await expect(loop).toContainText(`${opened!.Name} → `);
  await expect(loop).toContainText(`${downstream!.Name} → ${opened!.Name}`);
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog', { name: /Review before saving/ })).toHaveCount(0);
  await table.getByRole('button', { name: `Remove row ${start + 1}` }).click();
  await expect(loop).toHaveCount(0);

  // Normal on a task (by name): UpstreamTaskId.
  await pickFromSearch(page, other.Name);
  await expect(page.locator(`[name="Dependencies.${start}.UpstreamTaskId"]`)).toHaveValue(other.Id);
  await expect(page.locator(`[name="Dependencies.${start}.Type"]`)).toHaveValue('Normal');
  // Normal on an output: UpstreamOutput.
  await pickFromSearch(page, output);
  await expect(page.locator(`[name="Dependencies.${start + 1}.UpstreamOutput"]`)).toHaveValue(output);
  // Cross-cycle on another node, even a downstream one: allowed.
  await pickFromSearch(page, downstream!.Name, 'CrossCycleDependsOnOtherNode');
  await expect(page.locator(`[name="Dependencies.${start + 2}.UpstreamTaskId"]`)).toHaveValue(downstream!.Id);
  await page.getByRole('button', { name: /depends on its own previous cycle/ }).click();
  await page.getByRole('button', { name: /depends on its children/ }).click();
  await expect(page.locator(`[name="Dependencies.${start + 4}.Type"]`)).toHaveValue(
    'CrossCycleDependsOnChildren',
  );
  // Remove the children one again.
  await table.getByRole('button', { name: `Remove row ${start + 5}` }).click();
  expect(await rowCount()).toBe(start + 4);
  await expect(page.getByText(/This would make a loop/)).toHaveCount(0);
  await expect(page.getByTestId('edge-list')).toContainText(`${other.Name} → ${opened!.Name}`, {
    useInnerText: false,
  });

  // axe with the picker open.
  const search = page.getByRole('combobox', { name: 'Search upstream tasks' });
  await search.fill('dws_');
  await expect(
    page.getByRole('listbox', { name: 'Search upstream tasks' }).getByRole('option').first(),
  ).toBeVisible();
  await search.press('ArrowDown');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  await search.press('Escape');

  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog', { name: /Review before saving/ })).toBeVisible();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();

  const after = await call<{ Task: { Dependencies?: Dependency[] } }>('GetTask', { Id: opened!.Id });
  expect(after.Task.Dependencies).toEqual([
    ...(before.Task.Dependencies ?? []),
    { Type: 'Normal', UpstreamTaskId: other.Id },
    { Type: 'Normal', UpstreamOutput: output },
    { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: downstream!.Id },
    { Type: 'CrossCycleDependsOnSelf' },
  ]);
});
