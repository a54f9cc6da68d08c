import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingAnchors, publishedAnchors, REGISTRY_NAME, registrySchema, unregisteredAnchors } from '../../src/corpus/anchor-registry.ts';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import { anchorsBySite } from '../../scripts/site-files.ts';
import { builtPages } from '../helpers/built-site.ts';

const site = anchorsBySite(builtPages());
// The committed registry, read here directly: no setting or missing file can switch this guard off.
const registry = registrySchema.parse(
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'corpus', REGISTRY_NAME), 'utf8')),
);
const model = await loadCorpusModel('corpus');

describe('the anchor registry', () => {
  it('holds the anchors of every provision', () => {
    expect(Object.values(registry.pages).flat().length).toBeGreaterThan(200);
    expect(registry.pages['/trafficking-protocol/article-6/']).toContain('art_6__para_3__point_b');
    expect(registry.pages['/trafficking-protocol/']).toContain('art_6__para_3__point_b');
  });

  it('every registered anchor still exists in the built site', () => {
    expect(missingAnchors(registry, site)).toEqual([]);
  });

  it('every anchor the site publishes is registered (run `npm run anchors:register` to add new ones)', () => {
    expect(unregisteredAnchors(registry, site)).toEqual([]);
  });

  it('the anchors the model says each page publishes are exactly the ones the built page has', () => {
    expect(site).toEqual(publishedAnchors(model.instruments));
  });

  it('the same id addresses a provision on its own page and on the whole-instrument page', () => {
    const whole = new Set(site['/trafficking-protocol/']);
    for (const [page, anchors] of Object.entries(site)) {
      if (!page.startsWith('/trafficking-protocol/') || page === '/trafficking-protocol/') continue;
      for (const anchor of anchors) expect(whole.has(anchor), `${page}#${anchor}`).toBe(true);
    }
  });
});
