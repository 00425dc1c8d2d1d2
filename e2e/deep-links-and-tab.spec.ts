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

const ID = '700004500037';

async function taskName(request: APIRequestContext, id: string) {
  const response = await request.post(`${server.baseURL}/api/dataworks/GetTask`, { data: { Id: id } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { Task: { Name: string } }).Task.Name;
}

/** The button inside a section's heading, which folds the section. */
const toggle = (page: Page, section: string) => page.locator(`[id="${section}-heading"] button`);

async function expectOpenedAt(page: Page, section: string, name: string) {
  const button = toggle(page, section);
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleName(name);
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toBeInViewport();
  // Scrolled to the top of the viewport (scroll-mt-4), not merely somewhere on screen, unless the page ends.
  const atEnd = await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
  if (!atEnd) expect((await button.boundingBox())!.y).toBeLessThan(60);
  await expect(page).toHaveURL(new RegExp(`#${section}$`));
}

test('a link to a section opens it on a fresh load: expanded, its parts mounted, scrolled to and focused', async ({
  page,
}) => {
  await page.goto(`${server.baseURL}/tasks/${ID}#dependencies`);
  await expectOpenedAt(page, 'dependencies', 'Dependencies');
  // The section's deferred part (picker, current dependencies, graph) is mounted, and so is every part above
  // it, so that nothing moves the section away afterwards.
  await expect(page.getByRole('combobox', { name: 'Search upstream tasks' })).toBeAttached();
  await expect(page.locator('[data-deferred-part]')).toHaveCount(0);
  await page.waitForTimeout(500); // the history panel and the graph's data arrive; still in place
  await expect(toggle(page, 'dependencies')).toBeInViewport();
  expect((await toggle(page, 'dependencies').boundingBox())!.y).toBeLessThan(60);

  // A section with no deferred part, collapsed first: a change of fragment opens it again.
  await toggle(page, 'input-variables').click();
  await expect(toggle(page, 'input-variables')).toHaveAttribute('aria-expanded', 'false');
  await page.evaluate(() => (location.hash = 'input-variables'));
  await expectOpenedAt(page, 'input-variables', 'Input variables');
  await expect(page.getByRole('textbox', { name: 'Name, row 1' }).first()).toBeVisible();

  // Back and forward between fragments do the same.
  await toggle(page, 'dependencies').click();
  await expect(toggle(page, 'dependencies')).toHaveAttribute('aria-expanded', 'false');
  await page.goBack();
  await expectOpenedAt(page, 'dependencies', 'Dependencies');
  await page.goForward();
  await expectOpenedAt(page, 'input-variables', 'Input variables');

  // A fresh load of a section with no deferred part.
  await page.goto('about:blank');
  await page.goto(`${server.baseURL}/tasks/${ID}#input-variables`);
  await expectOpenedAt(page, 'input-variables', 'Input variables');

  // Any other fragment (the old `#inputs` too) does nothing.
  for (const hash of ['inputs', 'nowhere']) {
    await page.goto('about:blank');
    await page.goto(`${server.baseURL}/tasks/${ID}#${hash}`);
    await expect(toggle(page, 'tags')).toBeAttached();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => [document.activeElement === document.body, scrollY])).toEqual([true, 0]);
  }
});

test('the section navigator keeps the fragment and focuses the section, even when clicked twice', async ({
  page,
}) => {
  await page.goto(`${server.baseURL}/tasks/${ID}`);
  await toggle(page, 'tags').click();
  await goToSection(page, 'Tags');
  await expectOpenedAt(page, 'tags', 'Tags');

  // The fragment already in the address: no hashchange, the section opens all the same.
  await toggle(page, 'tags').click();
  await page.evaluate(() => scrollTo(0, 0));
  await goToSection(page, 'Tags');
  await expectOpenedAt(page, 'tags', 'Tags');

  await goToSection(page, 'Dependencies');
  await expectOpenedAt(page, 'dependencies', 'Dependencies');
  await expect(page.getByRole('combobox', { name: 'Search upstream tasks' })).toBeAttached();
  await page.goBack();
  await expectOpenedAt(page, 'tags', 'Tags');
});

test('the title names the task, in English and in Chinese, and the list', async ({ page, request }) => {
  const name = await taskName(request, ID);
  await page.goto(`${server.baseURL}/`);
  await expect(page).toHaveTitle('Tasks · Task Editor for DataWorks');
  await page.getByRole('searchbox', { name: 'Search tasks' }).fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveTitle(`${name} · Task Editor for DataWorks`);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page).toHaveTitle(`${name} · DataWorks 任务编辑器`);
  await page.getByRole('link', { name: '全部任务' }).click();
  await expect(page).toHaveTitle('任务 · DataWorks 任务编辑器');
  await page.goto(`${server.baseURL}/tasks/${ID}`);
  await expect(page).toHaveTitle(`${name} · DataWorks 任务编辑器`);
  // The page's <title> goes in front of index.html's, which is back once the page unmounts.
  expect(await page.locator('head > title').count()).toBe(2);
  expect(await page.locator('head > title').first().textContent()).toBe(`${name} · DataWorks 任务编辑器`);
});

// ---- Tab through deferred parts ----

interface FocusWindow {
  focusLog: string[];
  /** The elements whose blur left focus on <body>. */
  droppedToBody: string[];
  describe: (element: Element | null) => string;
}

/**
 * Records every element that receives focus ("<id> <tag or placeholder> <name>", an id per element), and counts
 * focus falling to <body>.
 */
async function recordFocus(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as FocusWindow;
    const ids = new WeakMap<Element, number>();
    let next = 0;
    w.focusLog = [];
    w.droppedToBody = [];
    w.describe = (element) => {
      if (!(element instanceof HTMLElement)) return 'none';
      const own = element.textContent ?? '';
      const name =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent?.replace(own, '') ??
        own;
      const kind = element.hasAttribute('data-deferred-part') ? 'placeholder' : element.tagName.toLowerCase();
      return `${kind} ${name.replace(/[▾▸]/g, '').trim().slice(0, 48)}`;
    };
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      if (!ids.has(element)) ids.set(element, next++);
      w.focusLog.push(`${ids.get(element)} ${w.describe(element)}`);
    });
    document.addEventListener('focusout', (event) => {
      const from = w.describe(event.target as Element);
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) w.droppedToBody.push(from);
      });
    });
  });
}

/** No part mounts by scrolling: only the keyboard (or "mount everything") brings them in. */
async function neverNear(page: Page) {
  await page.addInitScript(() => {
    window.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  });
}

/** The focus log so far, emptied. */
const takeFocusLog = (page: Page) =>
  page.evaluate(() => (window as unknown as FocusWindow).focusLog.splice(0));
const droppedToBody = (page: Page) => page.evaluate(() => (window as unknown as FocusWindow).droppedToBody);
const withoutIds = (log: string[]) => log.map((entry) => entry.replace(/^\d+ /, ''));
const isPlaceholder = (entry: string) => /^(\d+ )?placeholder /.test(entry);
/** The neighbourhood graph shows once its data has arrived: what Tab finds in it depends on that timing. */
const isGraph = (entry: string) => /(div Neighbourhood|input Fit to width|summary Edges)$/.test(entry);

/**
 * Presses `key` up to `presses` times, stopping once focus is on `until`, and checks after each press that
 * focus is on an element. Inside the dependencies it waits for the graph's data before moving on, so that
 * what is reached does not depend on how fast the emulator answers.
 */
async function press(page: Page, key: string, presses: number, until?: string) {
  const focus = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return {
        onBody: !active || active === document.body,
        focused: (window as unknown as FocusWindow).describe(active),
        inDependencies:
          active?.closest('#dependencies-content') != null && !active.hasAttribute('data-deferred-part'),
      };
    });
  let previous = await focus();
  for (let i = 0; i < presses; i++) {
    if (previous.inDependencies)
      await expect(page.getByRole('group', { name: 'Neighbourhood' })).toBeVisible();
    await page.keyboard.press(key);
    const now = await focus();
    // Tab from the page's last control leaves the page for the browser's own controls (none when headless).
    if (!(now.onBody && previous.focused === LAST_CONTROL))
      expect(now.onBody, `focus on <body> after ${key} #${i + 1}`).toBe(false);
    if (now.focused === until) return;
    previous = now;
  }
  if (until !== undefined) throw new Error(`${until} not reached in ${presses} presses of ${key}`);
}

/** The last control of the page, below the form. */
const LAST_CONTROL = 'button History';

/** Focus in Description, the focus log empty. */
async function startAtDescription(page: Page) {
  await page.getByRole('textbox', { name: 'Description' }).focus();
  await takeFocusLog(page);
}

/** The element after each placeholder in a focus log: where the placeholder handed focus. */
function handedTo(log: string[]) {
  return log.flatMap((entry, i) => (isPlaceholder(entry) ? [[entry, log[i + 1]]] : []));
}

function expectInOrder(log: string[], expected: string[]) {
  const at = expected.map((entry) => log.indexOf(entry));
  expect(at, `${expected.join(', ')} in ${log.join(', ')}`).not.toContain(-1);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

test('Tab never skips a deferred part: each placeholder hands focus to the part’s first control, Shift+Tab to its last', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await neverNear(page);
  await recordFocus(page);
  await page.goto(`${server.baseURL}/tasks/${ID}`);
  // The placeholders, as a screen reader meets them: named groups in the tab order.
  await expect(page.getByRole('group', { name: 'Schedule preview (loading…)' })).toHaveAttribute(
    'tabindex',
    '0',
  );
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  await startAtDescription(page);
  await press(page, 'Tab', 120, 'button Tags');
  const forward = withoutIds(await takeFocusLog(page));
  // Every deferred part was reached through its placeholder (none mounted by scrolling), in page order, and
  // handed focus to its first control.
  expect(handedTo(forward)).toEqual([
    ['placeholder Script parameters (loading…)', 'button Edit as text'],
    ['placeholder Cron expression and builder (loading…)', 'input Cron expression'],
    ['placeholder Schedule preview (loading…)', 'select Scheduling time zone'],
    ['placeholder Dependencies and upstream search (loading…)', 'select Add as'],
  ]);
  expect(forward).toContain('input Search upstream tasks');

  // The same walk with every part mounted: the same controls, in the same order.
  await startAtDescription(page);
  await press(page, 'Tab', 120, 'button Tags');
  const mounted = withoutIds(await takeFocusLog(page));
  expect(forward.filter((entry) => !isPlaceholder(entry))).toEqual(mounted);

  // Shift+Tab from below, on a new page: each placeholder hands focus to its part's last control.
  const back = await browser.newPage();
  await neverNear(back);
  await recordFocus(back);
  await back.goto(`${server.baseURL}/tasks/${ID}`);
  await toggle(back, 'tags').focus();
  await takeFocusLog(back);
  await press(back, 'Shift+Tab', 120, 'textarea Description');
  const backward = withoutIds(await takeFocusLog(back));
  expect(handedTo(backward)).toEqual([
    ['placeholder Dependencies and upstream search (loading…)', 'button + Add dependency'],
    ['placeholder Schedule preview (loading…)', expect.stringMatching(/^div /)],
    ['placeholder Cron expression and builder (loading…)', 'select To hour (inclusive)'],
    ['placeholder Script parameters (loading…)', 'button + Add parameter'],
  ]);
  // The same controls as Tab, in reverse (the graph, which shows once its data arrives, aside).
  expect(backward.filter((entry) => !isPlaceholder(entry) && !isGraph(entry))).toEqual([
    ...mounted
      .slice(0, -1) // the Tags button, where Shift+Tab started
      .reverse()
      .filter((entry) => !isGraph(entry)),
    'textarea Description',
  ]);
  expect(await droppedToBody(page)).toEqual([]);
  expect(await droppedToBody(back)).toEqual([]);
  await back.close();
});

test('holding Tab from Description, as parts mount on scroll: 120 presses, never on <body>, nothing skipped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await recordFocus(page);
  await page.goto(`${server.baseURL}/tasks/${ID}`);
  await startAtDescription(page);
  await press(page, 'Tab', 120);
  const first = (await takeFocusLog(page)).filter((entry) => !isPlaceholder(entry));
  expectInOrder(withoutIds(first), [
    'button Edit as text',
    'input Cron expression',
    'select Scheduling time zone',
    'select Add as',
    'input Search upstream tasks',
  ]);
  // Everything is mounted now: a second walk reaches the same elements in the same order (a press that came
  // while a part's code was loading waited on its placeholder, so the first walk may be shorter).
  await startAtDescription(page);
  await press(page, 'Tab', 120);
  const second = await takeFocusLog(page);
  expect(first.length).toBeGreaterThan(100);
  expect(second.slice(0, first.length)).toEqual(first);
  // Only where Tab leaves the page, twice.
  expect(await droppedToBody(page)).toEqual([LAST_CONTROL, LAST_CONTROL]);
});
