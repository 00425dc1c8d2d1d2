import type { Page } from '@playwright/test';

/**
 * Jumps to a section through the editor's list of sections, as a reader does: the section opens with every
 * deferred part of the page mounted (the cron field and builder, the preview, the dependencies), scrolled to,
 * its heading's button focused, and `#<section id>` in the address (use-section-deep-link.ts).
 */
export async function goToSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
}
