/** Reading the built site: its pages, parsed, and the ids each one publishes. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { isEid } from '../src/lib/eid.ts';

/** A built HTML page. */
export interface BuiltPage {
  /** Its URL path, e.g. "/trafficking-protocol/article-3/". */
  readonly url: string;
  /** Path of the file on disk. */
  readonly file: string;
  /** The parsed document. */
  readonly tree: Root;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file))
    .sort();
}

/** The URL path a built file is served at. */
export function urlOf(siteDir: string, file: string): string {
  const relative = path.relative(siteDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** True for a page that only sends the reader on to a permanent address (see src/export/redirects.ts). */
export function isRedirectPage(html: string): boolean {
  return html.includes('<meta http-equiv="refresh"');
}

/** Every HTML page of the built site, parsed; the pages that only lead elsewhere are left out. */
export function readSite(siteDir: string): BuiltPage[] {
  return htmlFiles(siteDir).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    return isRedirectPage(html) ? [] : [{ url: urlOf(siteDir, file), file, tree: fromHtml(html) }];
  });
}

/** Every id on a page. */
export function idsOf(page: BuiltPage): string[] {
  return selectAll('[id]', page.tree).map((element) => String(element.properties['id']));
}

/** The anchors a page publishes: ids in the legal anchor scheme. */
export function publishedAnchors(page: BuiltPage): string[] {
  return idsOf(page).filter(isEid);
}

/** Published anchors of the whole site, by page, sorted. Pages with none are left out. */
export function anchorsBySite(pages: readonly BuiltPage[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const page of pages) {
    const anchors = publishedAnchors(page);
    if (anchors.length > 0) out[page.url] = [...new Set(anchors)].sort();
  }
  return out;
}

/** Text of an element as a reader copies it: without the link affordances, spaces folded. */
export function readableText(element: Element): string {
  const clone = structuredClone(element);
  // Link affordances, the "Referred to by" lists and the flags of doubtful readings are ours, not the treaty's.
  for (const element of selectAll('.pin, .connections, .doubt', clone)) element.children = [];
  return toText(clone, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

/** Elements matching `selector` that hold no provision inside them: the smallest blocks of text. */
export function leafBlocks(page: BuiltPage, selector: string): Element[] {
  return selectAll(selector, page.tree).filter(
    (element) => selectAll('.provision', { type: 'root', children: element.children }).length === 0,
  );
}
