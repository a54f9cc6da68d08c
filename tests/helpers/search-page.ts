/** Steps a reader takes on the search page, shared by the browser tests. */
import type { Page } from 'playwright-core';

/** Ticks a filter value, opening the filters first as a reader would. */
export async function tick(page: Page, fieldset: string, value: string): Promise<void> {
  const box = page.locator('#search-filter-box');
  if (!(await box.evaluate((details) => (details as HTMLDetailsElement).open))) await box.locator('summary').click();
  await page.locator(`${fieldset} input[value="${value}"]`).check();
}
