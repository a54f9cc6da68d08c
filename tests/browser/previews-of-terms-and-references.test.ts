import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

describe('a defined term and a reference show what they point to, without leaving the page', () => {
  it('hovering a defined term shows its definition, the authentic words unchanged', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-4/`);
    const term = page.locator('a.term', { hasText: 'organized criminal group' });
    expect(await term.getAttribute('href')).toBe('/organized-crime-convention/article-2/#art_2__point_a');
    await term.hover();
    const preview = page.getByRole('tooltip');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('.preview-title').textContent()).toBe('Organized Crime Convention, art. 2(a)');
    expect(await preview.textContent()).toContain('“Organized criminal group” shall mean a structured group of three or more persons');
    expect(await term.getAttribute('aria-describedby')).toBe('preview');
    // The text of the page reads as before: the term is only wrapped, never changed.
    expect(await page.locator('#art_4').textContent()).toContain('and involve an organized criminal group, as well as to the protection');
    await page.mouse.move(0, 0);
    await expect.poll(() => preview.isVisible()).toBe(false);
    await page.close();
  });

  it('focusing a reference with the keyboard shows the provision; Escape hides it', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-4/`);
    await page.locator('a.ref', { hasText: 'article 5 of this Protocol' }).focus();
    const preview = page.getByRole('tooltip');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('.preview-title').textContent()).toBe('Trafficking in Persons Protocol, art. 5');
    expect(await preview.textContent()).toContain('Each State Party shall adopt such legislative and other measures');
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    await page.close();
  });

  it('links each defined term once per article, and never inside its own definition', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-3/`);
    const terms = await page
      .locator('#art_3 a.term')
      .evaluateAll((links) => links.map((link) => `${link.textContent} ${link.getAttribute('href')}`));
    expect(new Set(terms).size).toBe(terms.length);
    expect(await page.locator('#art_3__point_a a.term[href$="#art_3__point_a"]').count()).toBe(0);
    await page.close();
  });

  it('without JavaScript, terms and references are plain links', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-4/`);
    await page.locator('a.term', { hasText: 'organized criminal group' }).click();
    await page.waitForURL(`${inject('baseUrl')}/organized-crime-convention/article-2/#art_2__point_a`);
    await context.close();
  });
});
