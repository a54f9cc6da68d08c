import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

const PROTOCOL_OSCOLA =
  'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319';

function citeTexts() {
  return Object.fromEntries(
    [...document.querySelectorAll<HTMLElement>('.cite .cite-text')].map((node) => [node.dataset['style'], node.textContent]),
  );
}

describe('the Cite block cites the provision the reader is on', () => {
  it('after following an anchor, it offers that provision in every form', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-6/#art_6__para_3__point_b`);
    await expect.poll(() => page.locator('.cite-pinpoint').textContent()).toBe('art. 6(3)(b)');
    const texts = await page.evaluate(citeTexts);
    expect(texts).toEqual({
      short: 'Trafficking in Persons Protocol, art. 6(3)(b)',
      oscola: `${PROTOCOL_OSCOLA}, art 6(3)(b)`,
      bluebook:
        'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, Supplementing the United Nations Convention Against Transnational Organized Crime art. 6(3)(b), Nov. 15, 2000, 2237 U.N.T.S. 319.',
      link: `${inject('baseUrl')}/trafficking-protocol/article-6/#art_6__para_3__point_b`,
    });
    // Following another ¶ link moves the citation with the reader.
    await page.locator('#art_6__para_5 > .pin').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cite-pinpoint').textContent()).toBe('art. 6(5)');
    await page.close();
  });

  it('without JavaScript, it cites the page’s own text, and one click selects a whole citation', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-6/#art_6__para_3__point_b`);
    expect(await page.locator('.cite-pinpoint').textContent()).toBe('art. 6');
    expect(await page.locator('.cite button.copy').first().isVisible()).toBe(false);
    await page.locator('.cite-text[data-style=oscola]').click();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(`${PROTOCOL_OSCOLA}, art 6`);
    await context.close();
  });

  it('copies a citation in one click', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-3/#art_3__point_a`);
    await expect.poll(() => page.locator('.cite-pinpoint').textContent()).toBe('art. 3(a)');
    await page.getByRole('button', { name: 'Copy the OSCOLA citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PROTOCOL_OSCOLA}, art 3(a)`);
    await expect.poll(() => page.locator('.cite [role=status]').textContent()).toBe('Copied.');
    await context.close();
  });

  it('on the whole text, cites the instrument until a provision is followed', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/`);
    expect(await page.locator('.cite-pinpoint').textContent()).toBe('the whole instrument');
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/#art_2__point_a`);
    await expect.poll(() => page.locator('.cite-pinpoint').textContent()).toBe('art. 2(a)');
    expect(await page.locator('.cite-text[data-style=link]').getAttribute('href')).toBe(
      '/organized-crime-convention/article-2/#art_2__point_a',
    );
    await page.close();
  });

  it('on a phone, a link near the top takes the reader to the Cite block, which keeps citing the provision they went to', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/article-18/#art_18__para_9`);
    await expect.poll(() => page.locator('.cite-pinpoint').textContent()).toBe('art. 18(9)');
    expect(await page.locator('#cite').isVisible()).toBe(true);
    expect(await page.locator('#cite').evaluate((cite) => cite.getBoundingClientRect().top > innerHeight)).toBe(true);
    await page.getByRole('link', { name: 'How to cite' }).click();
    await expect.poll(() => page.locator('#cite').evaluate((cite) => cite.getBoundingClientRect().top < innerHeight)).toBe(true);
    expect(await page.locator('.cite-pinpoint').textContent()).toBe('art. 18(9)');
    await page.close();
  });

  it('on a wide screen, where the Cite block stands beside the text, the link shows only to a keyboard user who reaches it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('baseUrl')}/organized-crime-convention/article-18/`);
    const link = page.getByRole('link', { name: 'How to cite' });
    const width = () => page.locator('.jump-to-aside').evaluate((element) => element.getBoundingClientRect().width);
    expect(await width()).toBeLessThanOrEqual(1);
    expect(await page.locator('#cite').evaluate((cite) => cite.getBoundingClientRect().top < innerHeight)).toBe(true);
    await link.focus();
    expect(await width()).toBeGreaterThan(1);
    await page.close();
  });
});
