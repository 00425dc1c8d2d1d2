import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens a task as a person does, answering yes to leaving a page with unsaved edits (the tests mean to). */
export async function openTask(page: Page, baseURL: string, id: string) {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${baseURL}/tasks/${id}`);
  await expect(page.getByText(`ID ${id}`)).toBeVisible();
}

/** axe's WCAG 2 A and AA rules, or every rule (best practices included) when asked. */
export async function expectNoAxeViolations(page: Page, rules: 'wcag' | 'every' = 'wcag') {
  const builder = new AxeBuilder({ page });
  const axe = await (rules === 'wcag' ? builder.withTags(['wcag2a', 'wcag2aa']) : builder).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}
