import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { loadCorpusModel } from '../../src/corpus/load.ts';
import { provisionPagePath } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.ts';
import { builtPage, builtPages, readableText, select, selectAll } from '../helpers/built-site.ts';

const model = await loadCorpusModel('corpus');

/** The text of the fact listed under `term` on an instrument's page. */
function fact(slug: string, term: string): string | undefined {
  const page = builtPage(`/${slug}/about/`);
  const index = selectAll('.facts dt', page.tree).findIndex((element) => readableText(element) === term);
  const definition = index < 0 ? undefined : selectAll('.facts dd', page.tree)[index];
  return definition && readableText(definition);
}

describe('metadata that fits each kind of instrument', () => {
  it('an ILO convention: adopted by the General Conference at a numbered session, never signed', () => {
    expect(fact('forced-labour-convention', 'Adopted')).toMatch(
      /^28 June 1930, by the General Conference of the International Labour Organisation at its 14th Session, Geneva Source: /,
    );
    expect(fact('forced-labour-convention', 'Signature')).toMatch(/^None: an ILO convention or protocol is not signed/);
    expect(fact('forced-labour-convention', 'Open for signature')).toBeUndefined();
    expect(fact('forced-labour-protocol', 'Depositary')).toMatch(/^Director-General of the International Labour Office Source: /);
    expect(fact('abolition-of-forced-labour-convention', 'Authentic languages')).toMatch(/^English, French Source: /);
  });

  it('the Council of Europe convention: adoption by the Committee of Ministers, signature elsewhere later, ratifications needed', () => {
    expect(fact('council-of-europe-trafficking-convention', 'Adopted')).toMatch(
      /^3 May 2005, by the Committee of Ministers of the Council of Europe Source: /,
    );
    expect(fact('council-of-europe-trafficking-convention', 'Open for signature')).toMatch(/^Warsaw, from 16 May 2005 Source: /);
    expect(fact('council-of-europe-trafficking-convention', 'Entry into force')).toMatch(
      /^1 February 2008, after 10 ratifications Source: /,
    );
    expect(fact('council-of-europe-trafficking-convention', 'Depositary')).toMatch(/^Secretary General of the Council of Europe Source: /);
  });

  it('CEDAW: both dates of opening for signature, each with its source', () => {
    const signature = fact('discrimination-against-women-convention', 'Open for signature') ?? '';
    expect(signature).toMatch(/^United Nations Headquarters, from 1 March 1980 Source: United Nations Treaty Collection/);
    expect(signature).toMatch(
      /Sources disagree; other sources give: 18 December 1979, by General Assembly resolution 34\/180, according to Resolution 34\/180/,
    );
  });

  it('the CRC and CEDAW: adopted by General Assembly resolutions', () => {
    expect(fact('rights-of-the-child-convention', 'Adopted')).toMatch(
      /^20 November 1989, by the United Nations General Assembly, resolution 44\/25 Source: /,
    );
    expect(fact('discrimination-against-women-convention', 'Adopted')).toMatch(
      /^18 December 1979, by the United Nations General Assembly, resolution 34\/180 Source: /,
    );
  });
});

describe('what the pages say of the wording', () => {
  it('an ILO article whose current wording could not be confirmed says so, in the editorial layer', () => {
    const notes = select('.wording-notes', builtPage('/forced-labour-convention/article-27/').tree);
    expect(notes && readableText(notes)).toMatch(
      /^Palermo Corpus editorial text .* Wording not confirmed\. No copy of the ILO's current text/,
    );
    expect(select('.wording-notes', builtPage('/forced-labour-convention/article-2/').tree)).toBeUndefined();
  });

  it('the CRC article reproduced as amended carries our note', () => {
    const notes = select('.wording-notes', builtPage('/rights-of-the-child-convention/article-43/').tree);
    expect(notes && readableText(notes)).toMatch(/Note on the wording\. Paragraph 2 is reproduced .* “eighteen” experts/);
  });

  it('an article whose text is not reproduced keeps its page and anchor, and says why', () => {
    const page = builtPage('/forced-labour-protocol/article-7/');
    expect(select('#art_7', page.tree)).toBeDefined();
    expect(selectAll('#art_7 .provision', page.tree)).toEqual([]);
    const note = select('#art_7 .not-reproduced', page.tree);
    expect(note && readableText(note)).toMatch(
      /^Palermo Corpus editorial note: the text of this article is not reproduced\. No source we could read/,
    );
  });
});

describe('the concordance', () => {
  it('shows the deletions of the 2014 Protocol on both texts', () => {
    const deleting = selectAll('#art_7 .connections a', builtPage('/forced-labour-protocol/article-7/').tree).map(
      (link) => link.properties['href'],
    );
    expect(deleting).toContain('/forced-labour-convention/article-1/#art_1__para_2');
    expect(deleting).toContain('/forced-labour-convention/article-24/#art_24');
    expect(deleting.filter((href) => String(href).startsWith('/forced-labour-convention/'))).toHaveLength(24);
    const deleted = select('#art_5 .connections', builtPage('/forced-labour-convention/article-5/').tree);
    // readableText leaves the connections out, as a reader copying the treaty text would; here they are the point.
    expect(deleted && toText(deleted).replace(/\s+/g, ' ')).toContain(
      'Deleted, for the States bound by that instrument, by: ILO Forced Labour Protocol, art. 7',
    );
    expect(select('#art_25 > .connections', builtPage('/forced-labour-convention/article-25/').tree)).toBeUndefined();
  });

  it('an instrument page lists its relations with the others, and the comparisons it is in', () => {
    const section = select('.relations', builtPage('/rights-of-the-child-convention/').tree);
    const text = section ? readableText(section) : '';
    expect(text).toContain('art. 1 defines the same term as Trafficking in Persons Protocol, art. 3(d) (“child”)');
    expect(text).toContain('art. 34 compare CEDAW, art. 6');
    expect(selectAll('.relations a', builtPage('/rights-of-the-child-convention/').tree).map((link) => link.properties['href'])).toContain(
      '/compare/the-child/',
    );
  });

  it('every declared relation has both its ends on the site', () => {
    for (const relation of model.relations) {
      for (const end of [relation.from, relation.to]) {
        const [instrument = '', eid] = end.split('#');
        const page = builtPage(eid ? provisionPagePath(instrument, eid) : `/${instrument}/`);
        expect(eid ? select(`[id="${eid}"]`, page.tree) : page, end).toBeDefined();
      }
    }
  });
});

describe('the comparison pages', () => {
  const pages = builtPages().filter((page) => /^\/compare\/[^/]+\/$/.test(page.url));

  it('are built for every theme of the corpus, and listed', () => {
    expect(pages.map((page) => page.url).sort()).toEqual(model.themes.map((theme) => `/compare/${theme.slug}/`).sort());
    expect(model.themes).toHaveLength(7);
    const listed = selectAll('.theme-list a', builtPage('/compare/').tree).map((link) => link.properties['href']);
    expect(listed).toEqual(model.themes.map((theme) => `/compare/${theme.slug}/`));
  });

  it('set each provision side by side, linked to its anchor, and quote it as its own page prints it', () => {
    for (const theme of model.themes) {
      const page = builtPage(`/compare/${theme.slug}/`);
      const rows = selectAll('section.comparison', page.tree);
      expect(rows, theme.slug).toHaveLength(theme.rows.length);
      theme.rows.forEach((row, index) => {
        const cells = selectAll('.comparison-cell', rows[index] ?? page.tree);
        expect(cells.map((cell) => select('.comparison-citation a', cell)?.properties['href']).sort()).toEqual(
          row.provisions
            .map((value) => `${provisionPagePath(value.split('#')[0] ?? '', value.split('#')[1] ?? '')}#${value.split('#')[1] ?? ''}`)
            .sort(),
        );
        for (const cell of cells) {
          const href = String(select('.comparison-citation a', cell)?.properties['href']);
          const [path = '', id = ''] = href.split('#');
          const found = select(`[id="${id}"]`, builtPage(path).tree);
          expect(found, href).toBeDefined();
          // A whole article is quoted without its heading, which the cell's citation stands for.
          const target =
            found && found.properties['className'] && String(found.properties['className']).includes('article')
              ? select('.text', found)
              : found;
          const quoted = select('.text', cell);
          const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
          // Connections and ¶ links belong to the provision's own page; the words are the same.
          const own = structuredClone(target);
          for (const extra of own ? selectAll('.connections, .doubt, .pin', own) : []) extra.children = [];
          expect(quoted && words(readableText(quoted)), href).toBe(own && words(readableText(own)));
        }
      });
    }
  });

  it('label our notes as editorial and the quotations as authentic, without the anchors of the texts they quote', () => {
    const page = builtPage('/compare/the-child/');
    expect(selectAll('.comparison .layer-editorial', page.tree).length).toBeGreaterThanOrEqual(3);
    expect(selectAll('.comparison .layer-authentic', page.tree).length).toBeGreaterThanOrEqual(3);
    expect(selectAll('.comparison-cell [id]', page.tree)).toEqual([]);
  });
});

describe('the home page', () => {
  it('lists every instrument once, under its family, after the Protocol and its key articles', () => {
    const home = builtPage('/');
    const listed = selectAll('.instrument-list > li > a', home.tree).map((link) => String(link.properties['href']));
    const slugs = SITE.families.flatMap((family) => family.instruments);
    expect(listed).toEqual(slugs.map((slug) => `/${slug}/`));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(selectAll('h3', home.tree).map(readableText)).toEqual(SITE.families.map((family) => family.name));
    expect(selectAll('.key-provisions a', home.tree).map(readableText)[0]).toBe('art. 3: Use of terms');
  });
});

describe('doubts flagged where they apply', () => {
  it('every reading the verification record leaves unconfirmed is flagged at its provision, on its page and in the whole text', () => {
    const readings = model.instruments.flatMap((instrument) =>
      instrument.meta.readings.map((reading) => ({ slug: instrument.slug, ...reading })),
    );
    expect(readings.length).toBeGreaterThan(20);
    for (const { slug, provision, reading } of readings) {
      for (const url of [provisionPagePath(slug, provision), `/${slug}/`]) {
        const holder = select(`[id="${provision}"]`, builtPage(url).tree);
        const flags = selectAll(':scope > .doubt', holder ?? builtPage(url).tree).map((flag) => toText(flag));
        expect(
          flags.some((flag) => flag.startsWith('Reading not confirmed') && (reading === undefined || flag.includes(`“${reading}”`))),
          `${url}#${provision}`,
        ).toBe(true);
      }
    }
  });
});
