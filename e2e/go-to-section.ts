import type { Page } from '@playwright/test';

/**
 * Jumps to a section through the editor's list of sections, as a reader does. Parts further down the page
 * (the cron field and builder, the preview, the dependencies) mount as they come near the viewport.
 */
export async function goToSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
}
