/**
 * The common other addresses of an article ("/article-06/", "/art-6/", with or without the
 * instrument) and the permanent address each one leads to. A static host has no server rules, so
 * each is a small page that sends the reader on, anchor included.
 */
import type { InstrumentModel } from '../corpus/model.ts';
import { articlePath } from '../lib/urls.ts';

/** An address that leads to a permanent one. */
export interface Redirect {
  /** The other address, a site path ending in "/". */
  readonly from: string;
  /** The permanent address. */
  readonly to: string;
}

/** The script that carries the anchor along: a meta refresh alone would drop it. */
export const REDIRECT_SCRIPT = '/redirect.js';

function aliases(prefix: string, number: number): string[] {
  const padded = String(number).padStart(2, '0');
  // A set: from article 10 on, the padded and the plain number are the same.
  const forms = new Set([`${prefix}/art-${number}/`, `${prefix}/art-${padded}/`, `${prefix}/article-${padded}/`]);
  forms.delete(`${prefix}/article-${number}/`);
  return [...forms];
}

/** Every redirect: each article's other addresses under its instrument, and those of the primary instrument at the root. */
export function redirects(instruments: readonly InstrumentModel[], primary: string): Redirect[] {
  const out: Redirect[] = [];
  for (const instrument of instruments) {
    for (const article of instrument.articles) {
      const to = articlePath(instrument.slug, article.number);
      const prefixes = instrument.slug === primary ? [`/${instrument.slug}`, ''] : [`/${instrument.slug}`];
      for (const prefix of prefixes) for (const from of aliases(prefix, article.number)) out.push({ from, to });
      if (instrument.slug === primary) out.push({ from: `/article-${article.number}/`, to });
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The page served at a redirect's other address. */
export function redirectPage(redirect: Redirect, siteName: string): string {
  const to = escape(redirect.to);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Moved to ${to} · ${escape(siteName)}</title>
    <meta name="robots" content="noindex">
    <meta http-equiv="refresh" content="0; url=${to}">
    <script src="${REDIRECT_SCRIPT}" defer></script>
  </head>
  <body>
    <p>The permanent address of this page is <a id="permanent" href="${to}">${to}</a>.</p>
  </body>
</html>
`;
}
