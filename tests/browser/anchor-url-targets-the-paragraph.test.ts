import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';

const browser = useChromium();

describe('an anchor URL targets the right paragraph', () => {
  it.each([
    ['/trafficking-protocol/article-5/', 'art_5__para_2__point_b', '(b) Participating as an accomplice'],
    ['/trafficking-protocol/', 'art_3__point_a', '(a) “Trafficking in persons” shall mean'],
    ['/trafficking-protocol/preamble/', 'preamble__recital_4', 'Recalling General Assembly resolution 53/111'],
  ])('%s#%s', async (path, anchor, startsWith) => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${inject('baseUrl')}${path}#${anchor}`);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      const box = element?.getBoundingClientRect();
      return {
        id: element?.id,
        text: element?.textContent?.trim(),
        top: box?.top ?? -1,
        highlighted: element ? getComputedStyle(element).backgroundColor : '',
      };
    });
    expect(target.id).toBe(anchor);
    expect(target.text?.startsWith(startsWith)).toBe(true);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(700);
    expect(target.highlighted).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it.each([
    ['/organized-crime-convention/article-18/', 'art_18', ['art_18__heading']],
    ['/trafficking-protocol/article-6/', 'art_6__para_3', ['art_6__para_3__intro']],
    ['/trafficking-protocol/article-6/', 'art_6__para_3__point_b', ['art_6__para_3__point_b']],
    ['/trafficking-protocol/', 'chp_II', ['chp_II__heading']],
    ['/trafficking-protocol/preamble/', 'preamble', ['preamble__heading']],
    ['/trafficking-protocol/article-8/', 'drafting-history', ['drafting-history-heading']],
  ])('%s#%s paints only what the link names', async (path, anchor, painted) => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${inject('baseUrl')}${path}#${anchor}`);
    const found = await page.evaluate(() => {
      const target = document.querySelector(':target');
      // The highlight's colour, as the browser computes it.
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.background = 'var(--target)';
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const elements = target ? [target, ...target.querySelectorAll('*')] : [];
      return elements
        .filter((element) => getComputedStyle(element).backgroundColor === highlight)
        .map((element) => ({ id: element.id, height: element.getBoundingClientRect().height }));
    });
    expect(found.map((element) => element.id)).toEqual(painted);
    // A whole article painted would be thousands of pixels (the Convention's art. 18 is over 7,000).
    expect(Math.max(...found.map((element) => element.height))).toBeLessThan(400);
    await page.close();
  });

  it('shows the link to a provision on hover and on keyboard focus, and the link is its anchor', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-5/`);
    const pin = page.locator('#art_5__para_1 > .pin');
    expect(await pin.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await page.hover('#art_5__para_1');
    await expect.poll(() => pin.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await pin.focus();
    await expect.poll(() => pin.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await pin.getAttribute('href')).toBe('#art_5__para_1');
    expect(await pin.getAttribute('aria-label')).toBe('Link to art. 5(1)');
    await page.close();
  });

  it('every provision link can be reached with the Tab key', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-3/`);
    const expected = await page.locator('main .pin').evaluateAll((pins) => pins.map((pin) => pin.getAttribute('href')));
    const reached = new Set<string>();
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        document.activeElement?.classList.contains('pin') ? document.activeElement.getAttribute('href') : null,
      );
      if (href) reached.add(href);
    }
    expect(expected.length).toBeGreaterThan(5);
    expect([...reached].sort()).toEqual([...new Set(expected)].sort());
    await page.close();
  });

  it("prints each article's permanent address once, and no screen-only advice, legibly in dark mode", async () => {
    const page = await browser().newPage({ colorScheme: 'dark' });
    await page.goto(`${inject('baseUrl')}/trafficking-protocol/article-3/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const shown = (element: Element) => getComputedStyle(element).display !== 'none';
      const addresses = [...document.querySelectorAll('.pin')].filter(shown).map((pin) => getComputedStyle(pin, '::before').content);
      const advice = [...document.querySelectorAll('.screen-only, .toc, .header-search')].filter(shown).length;
      const colours = [...document.querySelectorAll('main p, main li, main h1, main dd')].map((element) => getComputedStyle(element).color);
      // Nowhere else on paper does the address appear: not in the Cite block either.
      const repeated = [...document.querySelectorAll('main dd')]
        .filter(shown)
        .filter((node) => node.textContent?.includes('/article-3/')).length;
      return { addresses, advice, repeated, background: getComputedStyle(document.body).backgroundColor, colours: [...new Set(colours)] };
    });
    // The script completes the site-relative address with the address the page was read at.
    expect(printed.addresses).toEqual([`"${inject('baseUrl')}/trafficking-protocol/article-3/#art_3"`]);
    expect(printed.advice).toBe(0);
    expect(printed.repeated).toBe(0);
    expect(printed.background).toBe('rgb(255, 255, 255)');
    for (const colour of printed.colours) {
      const [r = 255, g = 255, b = 255] = colour.match(/\d+/g)?.map(Number) ?? [];
      expect(Math.max(r, g, b), colour).toBeLessThanOrEqual(0x55);
    }
    await page.close();
  });

  it.each([
    ['/', '#home-search'],
    ['/search/', '#search-input'],
  ])('the search box on %s can be reached with the Tab key', async (path, selector) => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}${path}`);
    let reached = false;
    for (let step = 0; step < 15 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((wanted) => document.activeElement === document.querySelector(wanted), selector);
    }
    expect(reached).toBe(true);
    await page.close();
  });
});
