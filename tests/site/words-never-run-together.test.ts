import { describe, expect, it } from 'vitest';
import { builtPages, readableText, select, selectAll } from '../helpers/built-site.ts';

// Astro drops the white space between two elements on separate lines of a template, so a space
// that only a line break gave ("<strong>Words:</strong>⏎<code>") vanishes from the page. What a
// reader sees must keep every space: a lower-case letter is never glued to a capital or, after a
// colon or semicolon, to the next word.
describe('words never run together', () => {
  it.each(builtPages().map((page) => [page.url, page] as const))('on %s', (_url, page) => {
    const main = select('main', page.tree);
    expect(main).toBeDefined();
    if (!main) return;
    const clone = structuredClone(main);
    // Code samples hold identifiers such as corpusVersion; navigation links are items of their own.
    // Quotations of sources reproduce them as they print, glued words of a scanned copy included.
    for (const element of selectAll('code, pre, nav, q, .negotiation-text blockquote, .diff', clone)) element.children = [];
    // Proper names that are written so: the language, the UN's WomenWatch site and the WordPerfect file format named as sources.
    const text = readableText(clone)
      .replaceAll('JavaScript', 'Javascript')
      .replaceAll('WomenWatch', 'Womenwatch')
      .replaceAll('WordPerfect', 'Wordperfect')
      .replaceAll('BibTeX', 'Bibtex');
    expect(text.match(/\p{Ll}\p{Lu}\p{Ll}/gu) ?? []).toEqual([]);
    expect(text.match(/\p{Ll}[:;]\p{L}/gu) ?? []).toEqual([]);
  });

  it('keeps the space between the label of a layer and its explanation', () => {
    const labels = builtPages().flatMap((page) => selectAll('.layer-label', page.tree).map(readableText));
    expect(new Set(labels)).toContain('Authentic text English, as adopted; reproduced word for word.');
    expect(
      [...new Set(labels)].filter(
        (label) =>
          ![
            'Authentic text English, as adopted; reproduced word for word.',
            'Palermo Corpus editorial text Our own writing: no part of any treaty.',
            'Drafting history Our research into the negotiation, each statement with its sources; no part of any treaty.',
            'Official interpretative note From the records of the negotiation, not part of the treaty text; its document and paragraph are given.',
            "Reader's guide: our commentary Our explanation in plain words, each statement with the provision or source it rests on; no part of any treaty.",
          ].includes(label),
      ),
    ).toEqual([]);
  });
});
