/**
 * A link to an anchor this page does not have gets an answer: a notice that says so, and a link to
 * the provision the link most likely meant (here, or on its article's own page).
 */
import { pinpoint } from '../lib/citation.ts';
import { articleOfAnchor, likelyAnchor } from '../lib/anchor-guess.ts';
import { isEid } from '../lib/eid.ts';
import { articlePath, provisionPath } from '../lib/urls.ts';

/** Says what the broken anchor most likely meant, or removes the notice when the anchor exists. */
export function answerMissingAnchor(instrument: string, pageArticle: number | undefined): void {
  const main = document.querySelector('main');
  const old = document.getElementById('missing-anchor');
  const written = decodeURIComponent(location.hash.slice(1));
  if (!main || written === '' || document.getElementById(written) !== null) {
    old?.remove();
    return;
  }
  const ids = [...main.querySelectorAll('[id]')].map((element) => element.id).filter(isEid);
  const here = likelyAnchor(written, ids);
  const article = articleOfAnchor(written);
  let href: string | undefined;
  let label: string | undefined;
  if (here !== undefined && (article === undefined || article === pageArticle || pageArticle === undefined)) {
    href = `#${here}`;
    label = pinpoint(here);
  } else if (article !== undefined && article !== pageArticle) {
    href = isEid(written) ? provisionPath(instrument, written) : articlePath(instrument, article);
    label = isEid(written) ? pinpoint(written) : `art. ${article}`;
  }
  const notice = old ?? document.createElement('div');
  notice.id = 'missing-anchor';
  notice.className = 'missing-anchor';
  notice.setAttribute('role', 'status');
  notice.replaceChildren(`This page has no provision at “#${written}”.`);
  if (href !== undefined && label !== undefined) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = label;
    notice.append(' Did you mean ', link, '?');
  }
  if (!old) main.querySelector('h1')?.after(notice);
}
