import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/lib/connections.ts';
import type { CorpusAnchors } from '../../src/plugins/reference-links.ts';
import type { Options } from '../../src/plugins/remark-provisions.ts';
import { renderCorpusFile } from '../helpers/render-corpus-file.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'remark-provisions');
const cases = readdirSync(FIXTURES).sort();

function read(name: string, file: string): string | undefined {
  const target = path.join(FIXTURES, name, file);
  return existsSync(target) ? readFileSync(target, 'utf8') : undefined;
}

/** A case may carry options.json: the corpus anchors and the connections the plugin is given. */
function optionsOf(name: string): Partial<Options> {
  const json = read(name, 'options.json');
  if (json === undefined) return {};
  const parsed = JSON.parse(json) as { anchors?: CorpusAnchors; connections?: [string, Connection[]][] };
  return { anchors: parsed.anchors, connections: new Map(parsed.connections ?? []) };
}

function renderCase(name: string): Promise<string> {
  const input = read(name, 'input.mdx') ?? '';
  const filePath = read(name, 'path.txt')?.trim() ?? `demo/${name}.mdx`;
  return renderCorpusFile(input, filePath, optionsOf(name));
}

describe('remark-provisions fixtures', () => {
  it('has cases of both kinds', () => {
    expect(cases.filter((name) => read(name, 'expected.html')).length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((name) => read(name, 'error.txt')).length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    const expected = read(name, 'expected.html');
    const error = read(name, 'error.txt');
    if (expected !== undefined) {
      it(`renders ${name}`, async () => {
        expect(await renderCase(name)).toBe(expected.trimEnd());
      });
    } else {
      it(`stops on ${name}`, async () => {
        const [, line, message] = /^line (\d+): (.*)$/.exec((error ?? '').trim()) ?? [];
        const failure = await renderCase(name).then(
          () => undefined,
          (thrown: unknown) => thrown as { line?: number; reason?: string; file?: string },
        );
        expect(failure, 'the file should have been rejected').toBeDefined();
        expect({ line: failure?.line, reason: failure?.reason, file: failure?.file }).toEqual({
          line: Number(line),
          reason: message,
          file: expect.stringContaining(`demo/${name}.mdx`),
        });
      });
    }
  }
});

describe('remark-provisions, pointed checks', () => {
  it('derives every id from the numbering, never from the position', async () => {
    const html = await renderCase('paragraph-with-points');
    expect(html).toContain('id="art_5__para_2__point_c"');
    expect(html).toContain('id="art_5__para_2__intro"');
  });

  it('gives each provision a plain link to itself that works without JavaScript', async () => {
    const html = await renderCase('points-directly-under-article');
    expect(html).toContain('<a class="pin" href="#art_3__point_b" aria-label="Link to art. 3(b)" data-permalink="https://example.test/demo/article-3/#art_3__point_b"');
  });

  it('keeps the label and the text apart by one space, so words never run together', async () => {
    const html = await renderCase('numbered-paragraphs');
    expect(html).toContain('<span class="num">1.</span> This Protocol supplements');
  });

  it('leaves quotation marks and dashes exactly as written', async () => {
    const html = await renderCase('leaves-unrelated-content-alone');
    expect(html).toContain('"straight quotes" --');
  });
});

describe('remark-provisions, references', () => {
  it('links every reference without changing a character of the text', async () => {
    const html = await renderCase('links-references-and-shows-connections');
    expect(html).toContain('the conduct set forth in <a class="ref" href="/demo/article-3/#art_3" title="Demo Protocol, art. 3">article 3 of this Protocol</a> as an offence.');
    expect(html).toContain('<a class="ref" href="/demo/article-5/#art_5__para_1" title="Demo Protocol, art. 5(1)">paragraph 1 of this article</a>;');
    expect(html).toContain('<a class="ref" href="/parent/article-27/#art_27" title="Parent Convention, art. 27">article 27 of the Convention</a>');
    expect(html).toContain('in articles <a class="ref" href="/parent/article-24/#art_24" title="Parent Convention, art. 24">24</a> and <a class="ref" href="/parent/article-25/#art_25" title="Parent Convention, art. 25">25</a> of the Convention.');
    const text = html.replace(/<small class="connections"[\s\S]*?<\/small>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('1. Each State Party shall establish the conduct set forth in article 3 of this Protocol as an offence.');
  });

  it('shows what connects to a provision under it, citing within the instrument by pinpoint alone', async () => {
    const html = await renderCase('links-references-and-shows-connections');
    expect(html).toContain('<small class="connections" data-pagefind-ignore="all"><span class="connection"><span class="connection-label">Referred to by:</span> <a href="/demo/article-5/#art_5__para_2__point_a">art. 5(2)(a)</a></span><span class="connection"><span class="connection-label">Compare:</span> <a href="/parent/article-27/#art_27">Parent Convention, art. 27</a></span></small>');
  });
});
