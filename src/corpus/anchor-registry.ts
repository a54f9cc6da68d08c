/**
 * The anchor registry (corpus/anchors.json): every page#anchor the site has ever published. The
 * corpus check refuses a registry that is missing or malformed, and any registered anchor the
 * corpus no longer has; `npm run anchors:register` adds new ones and never removes any.
 */
import { z } from 'astro/zod';
import { isEid } from '../lib/eid.ts';
import { articlePath, instrumentPath, partPath } from '../lib/urls.ts';
import { collectEids } from '../lib/provision-tree.ts';
import type { InstrumentModel, TextFile } from './model.ts';

/** File name of the registry inside corpus/. */
export const REGISTRY_NAME = 'anchors.json';

/** What the registry says about itself, for someone who opens it. */
export const REGISTRY_ABOUT =
  'Every published anchor, by page. Entries are added by `npm run anchors:register` after a build and are never removed: a published address must keep working.';

/** The registry file's shape. */
export const registrySchema = z.strictObject({
  /** What the file is. */
  about: z.string(),
  /** Registered anchors by page URL path. */
  pages: z.record(
    z.string().regex(/^\/[a-z0-9-]+\/([a-z0-9-]+\/)?$/, { error: 'expected a page path such as "/trafficking-protocol/article-3/"' }),
    z.array(z.string().refine(isEid, { error: 'expected an anchor id such as "art_3__para_1"' })),
  ),
});

/** The registry file's content. */
export type AnchorRegistry = z.infer<typeof registrySchema>;

function anchorsOfText(text: TextFile): string[] {
  return [text.eid, ...collectEids(text.provisions)];
}

/** The anchors each page of an instrument publishes: the whole text on its page, each text on its own. */
export function publishedAnchors(instruments: readonly InstrumentModel[]): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  for (const instrument of instruments) {
    const texts: [string, TextFile | undefined][] = [
      [partPath(instrument.slug, 'preamble'), instrument.preamble],
      ...instrument.articles.map((article): [string, TextFile] => [articlePath(instrument.slug, article.number), article]),
      [partPath(instrument.slug, 'conclusions'), instrument.conclusions],
    ];
    const whole: string[] = instrument.divisions.map((division) => division.eid);
    for (const [page, text] of texts) {
      if (!text) continue;
      pages[page] = anchorsOfText(text).sort();
      whole.push(...anchorsOfText(text));
    }
    pages[instrumentPath(instrument.slug)] = [...new Set(whole)].sort();
  }
  return pages;
}

/** Registered anchors missing from what is published: "page#anchor" strings. */
export function missingAnchors(registry: AnchorRegistry, published: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(registry.pages).flatMap(([page, anchors]) => {
    const present = new Set(published[page] ?? []);
    return anchors.filter((anchor) => !present.has(anchor)).map((anchor) => `${page}#${anchor}`);
  });
}

/** Published anchors the registry does not hold yet. */
export function unregisteredAnchors(registry: AnchorRegistry, published: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(published).flatMap(([page, anchors]) => {
    const known = new Set(registry.pages[page] ?? []);
    return anchors.filter((anchor) => !known.has(anchor)).map((anchor) => `${page}#${anchor}`);
  });
}

/** The registry with newly published anchors added; nothing is removed. */
export function mergeRegistry(registry: AnchorRegistry, published: Readonly<Record<string, readonly string[]>>): AnchorRegistry {
  const pages: Record<string, string[]> = {};
  for (const page of [...new Set([...Object.keys(registry.pages), ...Object.keys(published)])].sort()) {
    pages[page] = [...new Set([...(registry.pages[page] ?? []), ...(published[page] ?? [])])].sort();
  }
  return { about: REGISTRY_ABOUT, pages };
}
