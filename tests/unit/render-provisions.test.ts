import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/lib/corpus-error.ts';
import { renderCorpusFile, type Surroundings } from '../helpers/render-corpus-file.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'render-provisions');
const cases = readdirSync(FIXTURES).sort();

function read(name: string, file: string): string | undefined {
  const target = path.join(FIXTURES, name, file);
  return existsSync(target) ? readFileSync(target, 'utf8') : undefined;
}

/** A case may carry surroundings.json: the other instruments' anchors and the connections. */
function renderCase(name: string): string {
  const json = read(name, 'surroundings.json');
  return renderCorpusFile(read(name, 'input.mdx') ?? '', json === undefined ? {} : (JSON.parse(json) as Surroundings));
}

describe('the provision renderer, by fixture', () => {
  it('has cases of both kinds', () => {
    expect(cases.filter((name) => read(name, 'expected.html')).length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((name) => read(name, 'error.txt')).length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    const expected = read(name, 'expected.html');
    const error = read(name, 'error.txt');
    if (expected !== undefined) {
      it(`renders ${name}`, () => {
        expect(renderCase(name)).toBe(expected.trimEnd());
      });
    } else {
      it(`stops on ${name}`, () => {
        const [, line, message] = /^line (\d+): (.*)$/.exec((error ?? '').trim()) ?? [];
        let failure: unknown;
        try {
          renderCase(name);
        } catch (thrown) {
          failure = thrown;
        }
        expect(failure, 'the file should have been rejected').toBeInstanceOf(CorpusError);
        const { line: at, message: reason } = failure as CorpusError;
        expect({ line: at, message: reason }).toEqual({ line: Number(line), message });
      });
    }
  }
});

describe('the provision renderer, pointed checks', () => {
  it('derives every id from the numbering, never from the position', () => {
    const html = renderCase('paragraph-with-points');
    expect(html).toContain('id="art_5__para_2__point_c"');
    expect(html).toContain('id="art_5__para_2__intro"');
  });

  it('gives each provision a plain link to itself that works without JavaScript', () => {
    const html = renderCase('points-directly-under-article');
    expect(html).toContain('<a class="pin" href="#art_3__point_b" aria-label="Link to art. 3(b)"></a>');
  });

  it('keeps the label and the text apart by one space, so words never run together', () => {
    const html = renderCase('numbered-paragraphs');
    expect(html).toContain('<span class="num">1.</span> This Protocol supplements');
  });

  it('leaves quotation marks and dashes exactly as written', () => {
    expect(renderCase('keeps-quotes-and-dashes')).toContain('"straight quotes" -- and \'apostrophes\' --');
  });
});

describe('the provision renderer, references', () => {
  it('links every reference without changing a character of the text', () => {
    const html = renderCase('links-references-and-shows-connections');
    expect(html).toContain(
      'the conduct set forth in <a class="ref" href="/demo/article-3/#art_3" title="Demo Protocol, art. 3">article 3 of this Protocol</a> as an offence.',
    );
    expect(html).toContain(
      '<a class="ref" href="/demo/article-5/#art_5__para_1" title="Demo Protocol, art. 5(1)">paragraph 1 of this article</a>;',
    );
    expect(html).toContain(
      '<a class="ref" href="/parent/article-27/#art_27" title="Parent Convention, art. 27">article 27 of the Convention</a>',
    );
    expect(html).toContain(
      'in articles <a class="ref" href="/parent/article-24/#art_24" title="Parent Convention, art. 24">24</a> and <a class="ref" href="/parent/article-25/#art_25" title="Parent Convention, art. 25">25</a> of the Convention.',
    );
    const text = html.replace(/<small class="connections"[\s\S]*?<\/small>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('1. Each State Party shall establish the conduct set forth in article 3 of this Protocol as an offence.');
  });

  it('shows what connects to a provision under it, citing within the instrument by pinpoint alone', () => {
    const html = renderCase('links-references-and-shows-connections');
    expect(html).toContain(
      '<small class="connections"><span class="connections-for">For art. 5(1):</span> <span class="connection"><span class="connection-label">Referred to by:</span> <a href="/demo/article-5/#art_5__para_2__point_a">art. 5(2)(a)</a></span><span class="connection"><span class="connection-label">Compare:</span> <a href="/parent/article-27/#art_27">Parent Convention, art. 27</a></span></small>',
    );
  });
});

describe('the provision renderer, doubtful readings', () => {
  it('flags a reading in doubt at its provision, as our note after the authentic words, which stay as they are', () => {
    const html = renderCase('flags-a-doubtful-reading');
    expect(html).toContain(
      'Each State Party shall act with all due speed.<small class="doubt"><span class="doubt-label">Reading not confirmed</span>: “all due speed”. No second copy of this sentence could be read.</small>',
    );
  });
});

describe('the provision renderer, connection boxes', () => {
  it('merges the identical boxes of sibling points into one under the list, naming the points', () => {
    const html = renderCase('merges-identical-connections-of-sibling-points');
    expect(html.match(/class="connections"/g)).toHaveLength(1);
    expect(html).toContain('</ol><small class="connections"><span class="connections-for">For art. 6(1)(a) and (b):</span>');
  });
});

describe('a provision quoted on another page', () => {
  it('keeps labels, text and links, and drops the ids, ¶ links and connections of its own page', async () => {
    const { parseTextBody } = await import('../../src/corpus/parse-text.ts');
    const { quotedHtml } = await import('../../src/render/provisions.ts');
    const provisions = parseTextBody('<Para num="1.">\n  <Intro>Each State:</Intro>\n  <Point num="(a)">shall act.</Point>\n</Para>\n', {
      instrument: 'demo',
      kind: 'article',
      number: 6,
      layer: 'authentic',
    });
    const connections = { 'demo#art_6__para_1': [{ label: 'Compare', other: { instrument: 'other', eid: 'art_2' } }] };
    const html = quotedHtml(provisions, { instrument: 'demo', site: 'https://example.test', names: {}, connections });
    expect(html).toContain('<span class="num">1.</span> Each State:');
    expect(html).toContain('<span class="num">(a)</span> shall act.');
    expect(html).not.toMatch(/ id="|class="pin"|connections/);
  });
});
