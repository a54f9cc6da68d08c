/**
 * The Cite block, made live: it cites the provision the reader has gone to (the address's anchor),
 * completes site-relative addresses with the address the page was read at, and copies a citation
 * in one click. Without this script the block cites the page's own text and stays selectable.
 */
import { pinpoint } from '../lib/citation.ts';
import { citationForms, type TreatyFacts } from '../lib/citation-styles.ts';
import { isEid } from '../lib/eid.ts';
import { provisionPath } from '../lib/urls.ts';

const box = document.querySelector<HTMLElement>('aside.cite');

/** The address of a site path: under the public address when the build had one, else where the page was read. */
function addressOf(path: string, origin: string): string {
  return new URL(path, origin === '' ? location.href : origin).href;
}

/** The provision the address points at, if it is one this page shows inside the page's own text. */
function targetEid(pageEid: string): string | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!isEid(id) || document.getElementById(id) === null) return undefined;
  if (pageEid !== '' && id !== pageEid && !id.startsWith(`${pageEid}__`)) return undefined;
  return id;
}

function show(target: HTMLElement): void {
  const { instrument = '', citationName = '', facts = '{}', origin = '', pageEid = '' } = target.dataset;
  const eid = targetEid(pageEid) ?? (pageEid === '' ? undefined : pageEid);
  const forms = citationForms(citationName, JSON.parse(facts) as TreatyFacts, eid);
  const texts: Record<string, string> = { short: forms.short, oscola: forms.oscola, bluebook: forms.bluebook };
  for (const node of target.querySelectorAll<HTMLElement>('.cite-text')) {
    const style = node.dataset['style'] ?? '';
    if (style === 'link' && node instanceof HTMLAnchorElement) {
      const path = eid === undefined ? `/${instrument}/` : provisionPath(instrument, eid);
      node.href = path;
      node.textContent = addressOf(path, origin);
    } else if (texts[style] !== undefined) {
      node.textContent = texts[style];
    }
  }
  const what = target.querySelector('.cite-pinpoint');
  if (what) what.textContent = eid === undefined ? 'the whole instrument' : pinpoint(eid);
}

async function copy(button: HTMLButtonElement, status: HTMLElement | null): Promise<void> {
  const text = button.parentElement?.querySelector('.cite-text')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    button.dataset['copied'] = 'true';
    if (status) status.textContent = 'Copied.';
  } catch {
    // Refused (no permission, or an insecure page): select the text so that the reader copies it.
    const node = button.parentElement?.querySelector('.cite-text');
    if (node) getSelection()?.selectAllChildren(node);
    if (status) status.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
  }
}

if (box) {
  show(box);
  // A jump to a part of the page that is no provision (the Cite block itself, the contents) keeps the provision cited.
  addEventListener('hashchange', () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id === '' || isEid(id)) show(box);
  });
  const status = box.querySelector<HTMLElement>('[role=status]');
  for (const button of box.querySelectorAll<HTMLButtonElement>('button.copy')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button, status));
  }
}

// Printed addresses of articles: completed the same way when the build had no public address.
for (const pin of document.querySelectorAll<HTMLElement>('[data-permalink^="/"]')) {
  pin.dataset['permalink'] = addressOf(pin.dataset['permalink'] ?? '/', box?.dataset['origin'] ?? '');
}
