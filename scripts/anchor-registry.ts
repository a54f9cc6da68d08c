/**
 * The anchor registry (corpus/anchors.json): every page#anchor ever published. A test fails when
 * one of them is missing from the built site, or when the site publishes one that is not
 * registered yet. `npm run anchors:register` adds new ones; nothing ever removes one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_NAME, type AnchorRegistry } from '../src/data/anchor-registry-file.ts';
import { anchorsBySite, readSite } from './site-files.ts';

export type { AnchorRegistry };

/** Location of the registry. */
export const REGISTRY_FILE = path.join(import.meta.dirname, '..', 'corpus', REGISTRY_NAME);

const ABOUT = 'Every published anchor, by page. Entries are added by `npm run anchors:register` after a build and are never removed: a published address must keep working.';

/** Reads the registry (an empty one if the file does not exist yet). */
export function readRegistry(file = REGISTRY_FILE): AnchorRegistry {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as AnchorRegistry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { about: ABOUT, pages: {} };
    throw error;
  }
}

/** Registered anchors missing from a site: "page#anchor" strings. */
export function missingAnchors(registry: AnchorRegistry, site: Record<string, string[]>): string[] {
  return Object.entries(registry.pages).flatMap(([page, anchors]) => {
    const present = new Set(site[page] ?? []);
    return anchors.filter((anchor) => !present.has(anchor)).map((anchor) => `${page}#${anchor}`);
  });
}

/** Anchors a site publishes that the registry does not hold yet. */
export function unregisteredAnchors(registry: AnchorRegistry, site: Record<string, string[]>): string[] {
  return Object.entries(site).flatMap(([page, anchors]) => {
    const known = new Set(registry.pages[page] ?? []);
    return anchors.filter((anchor) => !known.has(anchor)).map((anchor) => `${page}#${anchor}`);
  });
}

/** The registry with a site's new anchors added; nothing is removed. */
export function mergeRegistry(registry: AnchorRegistry, site: Record<string, string[]>): AnchorRegistry {
  const pages: Record<string, string[]> = {};
  for (const page of [...new Set([...Object.keys(registry.pages), ...Object.keys(site)])].sort()) {
    pages[page] = [...new Set([...(registry.pages[page] ?? []), ...(site[page] ?? [])])].sort();
  }
  return { about: ABOUT, pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = anchorsBySite(readSite(path.join(import.meta.dirname, '..', 'dist')));
  const registry = readRegistry();
  const missing = missingAnchors(registry, site);
  if (missing.length > 0) {
    console.error(`Refusing to register: ${missing.length} registered anchors are missing from dist/ (first: ${missing[0] ?? ''}). Restore them; published anchors are never withdrawn.`);
    process.exitCode = 1;
  } else {
    const added = unregisteredAnchors(registry, site);
    const merged = mergeRegistry(registry, site);
    writeFileSync(REGISTRY_FILE, `${JSON.stringify(merged, null, 2)}\n`);
    console.log(`Registered ${added.length} new anchors; the registry holds ${Object.values(merged.pages).flat().length}.`);
  }
}
