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
  Owner?: string;
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
  const first = page.getByRole('listbox', { name: 'Search upstream tasks' }).getByRole('option').first();
  await expect(search).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await search.press('Enter');
}

/** Types `text`, then moves with ↓ to the option named `option` (keyboard only) and adds it with Enter. */
async function pickOption(page: Page, text: string, option: string | RegExp) {
  const search = page.getByRole('combobox', { name: 'Search upstream tasks' });
  await search.fill(text);
  const list = page.getByRole('listbox', { name: 'Search upstream tasks' });
  const wanted = list.getByRole('option', { name: option });
  await expect(wanted.first()).toBeVisible();
  const id = await wanted.first().getAttribute('id');
  for (let i = 0; i < 30 && (await search.getAttribute('aria-activedescendant')) !== id; i++)
    await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', id!);
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
  const table = page.getByRole('list', { name: 'Dependencies' });
  const rowCount = async () => (await table.count()) && (await table.getByTestId('dependency-row').count());
  const start = await rowCount();

  // A loop: the opened task would depend on a task that depends on it.
  await pickFromSearch(page, downstream!.Name);
  const loop = page.getByText(/This would make a loop/);
  await expect(loop).toBeVisible();
  await expect(loop).toContainText(`${opened!.Name} → `);
  await expect(loop).toContainText(`${downstream!.Name} → ${opened!.Name}`);
  // The message is under its row's fields, at the row's full width, not in a column.
  const loopRow = table.getByTestId('dependency-row').last();
  const [loopBox, rowBox, idBox] = await Promise.all([
    loop.boundingBox(),
    loopRow.boundingBox(),
    loopRow.getByRole('textbox', { name: /Upstream task ID/ }).boundingBox(),
  ]);
  expect(loopBox!.y).toBeGreaterThan(idBox!.y + idBox!.height);
  expect(loopBox!.width).toBeGreaterThan(rowBox!.width - 40);
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByRole('dialog', { name: /Review before saving/ })).toHaveCount(0);
  await table.getByRole('button', { name: `Remove row ${start + 1}` }).click();
  await expect(loop).toHaveCount(0);

  // Normal on a task (by name): UpstreamTaskId.
  await pickFromSearch(page, other.Name);
  await expect(page.locator(`[name="Dependencies.${start}.UpstreamTaskId"]`)).toHaveValue(other.Id);
  await expect(page.locator(`[name="Dependencies.${start}.Type"]`)).toHaveValue('Normal');
  // Normal on an output, picked from the outputs listed under the task found by its whole identifier.
  await pickOption(page, output, new RegExp(`^${output} add as output dependency$`));
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

test('an output picked by a part of its name; whole names; the list and the graph within the card at every width', async ({
  page,
}) => {
  const { projectId } = (await (await fetch(`${server.baseURL}/api/health`)).json()) as { projectId: string };
  const found = await call<{ PagingInfo: { Tasks: Summary[] } }>('ListTasks', {
    ProjectId: projectId,
    Name: 'dwd_',
    PageSize: 5,
  });
  const [opened, upstream] = found.PagingInfo.Tasks as [Summary, Summary];
  const detail = await call<{ Task: { Outputs: { TaskOutputs: { Output: string }[] } } }>('GetTask', {
    Id: upstream.Id,
  });
  const output = detail.Task.Outputs.TaskOutputs.find((o) => o.Output.endsWith(upstream.Name))!.Output;
  // A part of the name from its middle: neither the project nor the suffix.
  const part = upstream.Name.split('_').slice(1, 3).join('_');

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${server.baseURL}/tasks/${opened.Id}`);
  await goToSection(page, 'Dependencies');
  const list = page.getByRole('list', { name: 'Dependencies' });
  const rows = list.getByTestId('dependency-row');
  const saved = await call<{ Task: { Dependencies?: Dependency[] } }>('GetTask', { Id: opened.Id });
  const before = saved.Task.Dependencies?.length ?? 0;
  await expect(rows).toHaveCount(before);

  // The owner filter picks a member by name, and the search is then of that member's tasks.
  const picker = page.getByRole('group', { name: 'Search upstream tasks' });
  const ownerFilter = picker.getByRole('combobox', { name: 'Owner', exact: true });
  const member = (await (
    await fetch(`${server.baseURL}/api/projects/${projectId}/members/${upstream.Owner}`)
  ).json()) as { Member: { Name: string } };
  await ownerFilter.focus();
  await page.keyboard.type(member.Member.Name);
  const memberOption = picker
    .getByRole('listbox', { name: 'Owner' })
    .getByRole('option')
    .filter({ hasText: upstream.Owner });
  await expect(memberOption).toBeVisible();
  const memberOptionId = await memberOption.getAttribute('id');
  for (let i = 0; i < 20 && (await ownerFilter.getAttribute('aria-activedescendant')) !== memberOptionId; i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker.getByTestId('owner-filter-note')).toContainText('Showing tasks owned by');
  const search = page.getByRole('combobox', { name: 'Search upstream tasks' });
  await search.focus();
  await page.keyboard.type(part);
  const listbox = page.getByRole('listbox', { name: 'Search upstream tasks' });
  await expect(listbox.getByTestId('task-option').first()).toBeVisible();
  await expect(page.getByTestId('picker-status')).toContainText('match');

  // Every name in the list is whole: nothing cut (no ellipsis, no hidden overflow).
  await expect(listbox.getByTestId('output-option').first()).toBeVisible();
  const names = await listbox
    .getByTestId('option-name')
    .evaluateAll((els) => els.map((e) => ({ text: e.textContent, fits: e.scrollWidth <= e.clientWidth })));
  expect(names.length).toBeGreaterThan(1);
  expect(names.filter((n) => !n.fits)).toEqual([]);
  expect(names.map((n) => n.text)).toContain(output);

  // Clear the owner filter: the output is found by its part among every owner's tasks too.
  await ownerFilter.fill('');
  await pickOption(page, part, new RegExp(`^${output} add as output dependency$`));
  await expect(rows).toHaveCount(before + 1);
  await expect(page.locator(`[name="Dependencies.${before}.UpstreamOutput"]`)).toHaveValue(output);
  await expect(page.locator(`[name="Dependencies.${before}.Type"]`)).toHaveValue('Normal');

  // The list of dependencies and the graph stay within the section's card at every width; Remove in sight.
  const card = page.locator('section', { has: list });
  for (const [width, height] of [
    [1024, 768],
    [1366, 900],
    [1920, 1080],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await list.scrollIntoViewIfNeeded();
    const cardBox = (await card.boundingBox())!;
    const inside = (box: { x: number; width: number } | null) =>
      box !== null && box.x >= cardBox.x - 0.5 && box.x + box.width <= cardBox.x + cardBox.width + 0.5;
    for (const row of await rows.all()) {
      expect(inside(await row.boundingBox()), `a row at ${width}px`).toBe(true);
      const remove = row.getByRole('button', { name: /Remove row/ });
      expect(inside(await remove.boundingBox()), `Remove at ${width}px`).toBe(true);
      for (const field of await row.locator('input, select').all())
        expect(inside(await field.boundingBox()), `a field at ${width}px`).toBe(true);
    }
    const graph = page.getByTestId('dependency-graph');
    await expect(graph.getByRole('img')).toBeVisible();
    expect(
      inside(await graph.getByRole('group', { name: 'Neighbourhood', exact: true }).boundingBox()),
      `the graph at ${width}px`,
    ).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `sideways scroll at ${width}px`,
    ).toBe(0);
  }

  // On a phone the schedule preview is a list of runs, not a clipped table; still no sideways scroll.
  await goToSection(page, 'Trigger');
  const run = page.getByTestId('preview-run-card').first();
  await run.scrollIntoViewIfNeeded();
  const runBox = (await run.boundingBox())!;
  expect(runBox.x + runBox.width).toBeLessThanOrEqual(390);
  expect(await run.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

  // axe on the phone, with the picker open on outputs.
  await goToSection(page, 'Dependencies');
  await search.fill(part);
  await expect(listbox.getByTestId('output-option').first()).toBeVisible();
  await search.press('ArrowDown');
  await search.press('ArrowDown');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
});
