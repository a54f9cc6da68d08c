/**
 * Runs the judged queries on the built search page in Chromium and scores the answers: success@1
 * (the first result is correct), success@3 and the mean reciprocal rank. A citation counts as
 * answered when the page goes straight to a correct address.
 */
import type { Browser } from 'playwright-core';
import type { Judgement } from './relevance-set.ts';

/** The answer to one judged query. */
export interface Judged {
  readonly query: string;
  readonly kind: Judgement['kind'];
  /** The first addresses the search gave (or the one it went to), best first. */
  readonly answers: readonly string[];
  /** 1-based rank of the first correct answer; null when none of the first ten is correct. */
  readonly rank: number | null;
}

/** The figures over a judged set. */
export interface Relevance {
  readonly queries: number;
  readonly successAt1: number;
  readonly successAt3: number;
  readonly meanReciprocalRank: number;
  readonly judged: readonly Judged[];
}

const TOP = 10;

/** The search page's address for a judged query. */
export function searchAddress(baseUrl: string, judgement: Judgement): string {
  const params = new URLSearchParams({ q: judgement.query });
  for (const [facet, values] of Object.entries(judgement.filters ?? {})) for (const value of values) params.append(facet, value);
  return `${baseUrl}/search/?${params.toString()}`;
}

/** Runs every judged query in one browser page and scores the answers. */
export async function judge(browser: Browser, baseUrl: string, set: readonly Judgement[]): Promise<Relevance> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const judged: Judged[] = [];
  try {
    for (const judgement of set) {
      await page.goto(searchAddress(baseUrl, judgement));
      // Either the results are shown, or a citation has gone to its page.
      await page.waitForFunction(
        () => document.documentElement.dataset['searchReady'] === 'true' || !location.pathname.startsWith('/search/'),
        undefined,
        {
          timeout: 20_000,
        },
      );
      const url = new URL(page.url());
      const answers = url.pathname.startsWith('/search/')
        ? await page.$$eval(
            '#search-results .result h3 a',
            (links, top) => links.slice(0, top).map((a) => a.getAttribute('href') ?? ''),
            TOP,
          )
        : [`${url.pathname}${url.hash}`];
      const index = answers.findIndex((answer) => judgement.correct.includes(answer));
      judged.push({ query: judgement.query, kind: judgement.kind, answers, rank: index < 0 ? null : index + 1 });
    }
  } finally {
    await context.close();
  }
  const share = (test: (item: Judged) => boolean): number => judged.filter(test).length / Math.max(judged.length, 1);
  return {
    queries: judged.length,
    successAt1: share((item) => item.rank === 1),
    successAt3: share((item) => item.rank !== null && item.rank <= 3),
    meanReciprocalRank: judged.reduce((sum, item) => sum + (item.rank === null ? 0 : 1 / item.rank), 0) / Math.max(judged.length, 1),
    judged,
  };
}
