import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCorpusFile } from '../helpers/render-corpus-file.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'remark-provisions');
const cases = readdirSync(FIXTURES).sort();

function read(name: string, file: string): string | undefined {
  const target = path.join(FIXTURES, name, file);
  return existsSync(target) ? readFileSync(target, 'utf8') : undefined;
}

function renderCase(name: string): Promise<string> {
  const input = read(name, 'input.mdx') ?? '';
  const filePath = read(name, 'path.txt')?.trim() ?? `demo/${name}.mdx`;
  return renderCorpusFile(input, filePath);
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
