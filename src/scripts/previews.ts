/**
 * Previews of what a reference or a defined term points to: on hover or keyboard focus, the
 * provision's authentic text shows beside the link, taken whole from its own page. The link stays a
 * plain link; without this script it simply leads there.
 */

const SHOW_AFTER_MS = 250;
const HIDE_AFTER_MS = 200;
const pages = new Map<string, Promise<Document | undefined>>();
let tip: HTMLElement | undefined;
let owner: HTMLAnchorElement | undefined;
let showing: number | undefined;
let hiding: number | undefined;

/** The page a link leads to, fetched once (this page itself needs no fetch). */
function pageOf(url: URL): Promise<Document | undefined> {
  if (url.pathname === location.pathname) return Promise.resolve(document);
  let page = pages.get(url.pathname);
  if (!page) {
    page = fetch(url.pathname)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => undefined);
    pages.set(url.pathname, page);
  }
  return page;
}

/** The provision's text as the reader sees it, without the page's own furniture (links to itself, boxes, ids). */
function excerpt(target: Element): Node {
  const copy = target.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll('.pin, .connections, .doubt, h1, h2, h3, h4')) extra.remove();
  for (const withId of [copy, ...copy.querySelectorAll('[id]')]) withId.removeAttribute('id');
  for (const link of copy.querySelectorAll('a')) link.replaceWith(...link.childNodes);
  return copy;
}

function tooltip(): HTMLElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.id = 'preview';
    tip.className = 'preview';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    tip.addEventListener('pointerenter', () => clearTimeout(hiding));
    tip.addEventListener('pointerleave', () => hideSoon());
    document.body.append(tip);
  }
  return tip;
}

function hide(): void {
  clearTimeout(showing);
  if (tip) tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

function hideSoon(): void {
  clearTimeout(hiding);
  hiding = window.setTimeout(hide, HIDE_AFTER_MS);
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const url = new URL(link.href);
  const id = decodeURIComponent(url.hash.slice(1));
  if (url.origin !== location.origin || id === '') return;
  const page = await pageOf(url);
  const target = page?.getElementById(id);
  if (!target || owner !== link) return;
  const box = tooltip();
  const title = document.createElement('p');
  title.className = 'preview-title';
  title.textContent = link.title.replace(/^Defined in /, '') || id;
  const label = document.createElement('p');
  label.className = 'preview-layer';
  label.textContent = link.classList.contains('term') ? 'Definition · authentic text' : 'Authentic text';
  box.replaceChildren(title, label, excerpt(target));
  const place = link.getBoundingClientRect();
  box.hidden = false;
  const width = box.offsetWidth;
  box.style.left = `${Math.max(8, Math.min(place.left + scrollX, scrollX + document.documentElement.clientWidth - width - 8))}px`;
  box.style.top = `${place.bottom + scrollY + 6}px`;
  link.setAttribute('aria-describedby', box.id);
}

function enter(link: HTMLAnchorElement, delay: number): void {
  clearTimeout(hiding);
  clearTimeout(showing);
  if (owner && owner !== link) hide();
  owner = link;
  showing = window.setTimeout(() => void show(link), delay);
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('main a.ref:not(.ref-document), main a.term')) {
  link.addEventListener('pointerenter', () => enter(link, SHOW_AFTER_MS));
  link.addEventListener('pointerleave', hideSoon);
  link.addEventListener('focus', () => enter(link, 0));
  link.addEventListener('blur', hideSoon);
}
addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
