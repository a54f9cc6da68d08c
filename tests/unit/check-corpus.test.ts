import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read-corpus.ts';

const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'corpus-valid');
const made: string[] = [];

/** Every problem the one reader finds in the corpus at `dir`. */
async function checkCorpusDir(dir: string): Promise<readonly string[]> {
  return (await readCorpus(dir)).problems;
}
const FRONT_2 = '---\ninstrument: demo\nkind: article\nnumber: 2\nheading: Second\n---\n\n';

/** A copy of the valid fixture corpus with one change applied. */
async function corpusWith(change: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
  made.push(dir);
  await cp(VALID, dir, { recursive: true });
  await change(dir);
  return dir;
}

async function edit(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  await writeFile(target, changed);
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('checkCorpusDir', () => {
  it('accepts the valid fixture corpus', async () => {
    expect(await checkCorpusDir(VALID)).toEqual([]);
  });

  const cases: [string, (dir: string) => Promise<void>, string][] = [
    [
      'broken frontmatter YAML',
      (dir) => edit(dir, 'demo/articles/01.mdx', 'heading: First', 'heading: [First'),
      'corpus/demo/articles/01.mdx:5: the YAML does not parse',
    ],
    [
      'a missing required field',
      (dir) => edit(dir, 'demo/instrument.yaml', /depositary:\n.*\n.*\n/, ''),
      'corpus/demo/instrument.yaml: field "depositary": Invalid input: expected object, received undefined; found nothing',
    ],
    [
      'an unknown field',
      (dir) => edit(dir, 'demo/articles/02.mdx', 'heading: Second', 'heading: Second\ntitle: Second'),
      'corpus/demo/articles/02.mdx:6: field "title": Unrecognized key: "title"',
    ],
    [
      'an invalid date',
      (dir) => edit(dir, 'demo/instrument.yaml', '"2003-12-25"', '"2003-02-30"'),
      'corpus/demo/instrument.yaml:17: field "entryIntoForce.date": this date does not exist in the calendar; found "2003-02-30"',
    ],
    [
      'an unquoted date',
      (dir) => edit(dir, 'demo/instrument.yaml', '"2003-12-25"', '2003-12-25'),
      'corpus/demo/instrument.yaml:17: field "entryIntoForce.date": expected a date as a quoted string "YYYY-MM-DD"',
    ],
    [
      'entry into force before adoption',
      (dir) => edit(dir, 'demo/instrument.yaml', '"2003-12-25"', '"1999-12-25"'),
      'corpus/demo/instrument.yaml:17: field "entryIntoForce.date": entry into force (1999-12-25) is before adoption (2000-11-15); found "1999-12-25"',
    ],
    [
      'registration before entry into force',
      (dir) => edit(dir, 'demo/instrument.yaml', 'officialSource:', 'registration:\n  date: "2003-01-01"\n  number: "1"\n  source: a test fixture\nofficialSource:'),
      'corpus/demo/instrument.yaml:26: field "registration.date": registration (2003-01-01) is before entry into force (2003-12-25); found "2003-01-01"',
    ],
    [
      'a Treaty Series page without its volume',
      (dir) => edit(dir, 'demo/instrument.yaml', 'officialSource:', 'registration:\n  untsPage: 319\n  source: a test fixture\nofficialSource:'),
      'corpus/demo/instrument.yaml:26: field "registration.untsPage": a Treaty Series page needs its volume (untsVolume); found 319',
    ],
    [
      'an unknown instrument',
      (dir) => edit(dir, 'demo/articles/02.mdx', 'instrument: demo', 'instrument: other'),
      'corpus/demo/articles/02.mdx: field "instrument": unknown instrument "other" (expected one of demo)',
    ],
    [
      'a duplicate article number',
      async (dir) => writeFile(path.join(dir, 'demo/articles/002.mdx'), await readFile(path.join(dir, 'demo/articles/02.mdx'), 'utf8')),
      'corpus/demo/articles/02.mdx: field "number": article 2 is already in corpus/demo/articles/002.mdx',
    ],
    [
      'a skipped article number',
      async (dir) => {
        await writeFile(path.join(dir, 'demo/articles/03.mdx'), (await readFile(path.join(dir, 'demo/articles/02.mdx'), 'utf8')).replace('number: 2', 'number: 3'));
        await rm(path.join(dir, 'demo/articles/02.mdx'));
      },
      'corpus/demo/articles/03.mdx: field "number": article 3 is beyond articleCount 2 of "demo"',
    ],
    [
      'a chapter that leaves an article out',
      (dir) => edit(dir, 'demo/instrument.yaml', 'lastArticle: 2', 'lastArticle: 1'),
      'corpus/demo/instrument.yaml:35: field "divisions": divisions end at article 1, expected article 2',
    ],
    [
      'a byte-order mark',
      async (dir) => writeFile(path.join(dir, 'demo/articles/01.mdx'), `\uFEFF${await readFile(path.join(dir, 'demo/articles/01.mdx'), 'utf8')}`),
      'corpus/demo/articles/01.mdx:1: starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    ],
    [
      'invalid UTF-8',
      (dir) => writeFile(path.join(dir, 'demo/articles/01.mdx'), Buffer.concat([Buffer.from('---\ninstrument: demo\nkind: article\nnumber: 1\n---\n\n<Para>'), Buffer.from([0xff, 0xfe]), Buffer.from('</Para>\n')])),
      'corpus/demo/articles/01.mdx:7: is not valid UTF-8',
    ],
    [
      'an empty file',
      (dir) => writeFile(path.join(dir, 'demo/articles/01.mdx'), ''),
      'corpus/demo/articles/01.mdx: the file is empty',
    ],
    [
      'a file outside the expected layout',
      async (dir) => {
        await mkdir(path.join(dir, 'demo/notes'));
        await writeFile(path.join(dir, 'demo/notes/1.mdx'), 'x');
      },
      'corpus/demo/notes/1.mdx: is outside the expected layout',
    ],
    [
      'a text file without frontmatter',
      (dir) => writeFile(path.join(dir, 'demo/articles/01.mdx'), '<Para>One.</Para>\n'),
      'corpus/demo/articles/01.mdx:1: has no frontmatter',
    ],
    [
      'paragraphs numbered out of order',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para num="2.">Two.</Para>\n\n<Para num="1.">One.</Para>\n`),
      'corpus/demo/articles/02.mdx:8: paragraph numbering: expected 1 at the start of the list, found "2."',
    ],
    [
      'an unclosed tag',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para num="1.">One.\n`),
      'corpus/demo/articles/02.mdx:8:1: the MDX does not parse: Expected a closing tag for `<Para>`',
    ],
    [
      'a disallowed component',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two.</Para>\n\n<Commentary>Ours.</Commentary>\n`),
      'corpus/demo/articles/02.mdx:10: <Commentary> is not allowed in an article; expected one of <Para>, <Intro>, <Point>, <Wrap>',
    ],
    [
      'a JavaScript expression',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two {new Date().getFullYear()}.</Para>\n`),
      'corpus/demo/articles/02.mdx:8: found a JavaScript expression in braces (corpus files are data: write literal text) inside the text',
    ],
    [
      'braces, which MDX reads as JavaScript',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two { not text.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:29: the MDX does not parse: Unexpected end of file in expression, expected a corresponding closing brace for `{` (braces start a JavaScript expression, which corpus files may not contain)',
    ],
    [
      'an import',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}import x from './x.js';\n\n<Para>Two.</Para>\n`),
      'corpus/demo/articles/02.mdx:8: found an import or export (corpus files are data: no imports, exports or JavaScript)',
    ],
    [
      'an export',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}export const x = 1;\n\n<Para>Two.</Para>\n`),
      'corpus/demo/articles/02.mdx:8: found an import or export (corpus files are data: no imports, exports or JavaScript)',
    ],
    [
      'a raw script element',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two.</Para>\n\n<script>alert(1)</script>\n`),
      'corpus/demo/articles/02.mdx:10: <script> is not allowed in an article',
    ],
    [
      'a raw style element',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two.</Para>\n\n<style>p</style>\n`),
      'corpus/demo/articles/02.mdx:10: <style> is not allowed in an article',
    ],
    [
      'an event-handler attribute',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para onclick="alert(1)">Two.</Para>\n`),
      'corpus/demo/articles/02.mdx:8: <Para> has an unknown attribute "onclick"',
    ],
    [
      'a reference to a provision that does not exist',
      (dir) => edit(dir, 'demo/instrument.yaml', '  name: Secretary-General of the United Nations\n', '  name: Secretary-General of the United Nations\n  provision: art_9__para_1\n'),
      'corpus/demo/instrument.yaml:21: field "depositary.provision": no provision "art_9__para_1" in "demo"',
    ],
    [
      'a registered anchor that disappeared',
      (dir) => writeFile(path.join(dir, 'anchors.json'), JSON.stringify({ about: '', pages: { '/demo/article-2/': ['art_2', 'art_2__para_3'] } })),
      'corpus/anchors.json: registered anchor /demo/article-2/#art_2__para_3 no longer exists in the corpus; published anchors are never withdrawn',
    ],
    [
      'a registered page of an instrument that is gone',
      (dir) => writeFile(path.join(dir, 'anchors.json'), JSON.stringify({ about: '', pages: { '/gone/article-1/': ['art_1'] } })),
      'corpus/anchors.json: page /gone/article-1/ is registered but the corpus publishes no such page',
    ],
    [
      'a reference to a provision that does not exist, in the text',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>As set forth in article 9 of this Protocol.</Para>\n`),
      'corpus/demo/articles/02.mdx:8: the reference “article 9 of this Protocol” points to art_9 in "demo", which does not exist',
    ],
    [
      'a reference to a paragraph that does not exist',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para num="1.">One.</Para>\n\n<Para num="2.">In accordance with paragraph 3 of this article.</Para>\n`),
      'corpus/demo/articles/02.mdx:10: the reference “paragraph 3 of this article” points to art_2__para_3 in "demo", which does not exist',
    ],
    [
      'an instrument that supplements one not in the corpus',
      (dir) => edit(dir, 'demo/instrument.yaml', 'type: protocol\n', 'type: protocol\nsupplements: absent-convention\n'),
      'corpus/demo/instrument.yaml:5: field "supplements": no instrument "absent-convention" in the corpus',
    ],
    [
      'a relation to a provision that does not exist',
      (dir) => writeFile(path.join(dir, 'relations.yaml'), '- type: compare\n  from: demo#art_1\n  to: demo#art_7\n'),
      'corpus/relations.yaml:3: field "0.to": no provision "demo#art_7" in the corpus',
    ],
    [
      'a relation declared twice',
      (dir) => writeFile(path.join(dir, 'relations.yaml'), '- type: compare\n  from: demo#art_1\n  to: demo#art_2\n- type: compare\n  from: demo#art_1\n  to: demo#art_2\n'),
      'corpus/relations.yaml:4: relation compare demo#art_1 demo#art_2 is declared twice (first as item 0)',
    ],
    [
      'a relation of an unknown type',
      (dir) => writeFile(path.join(dir, 'relations.yaml'), '- type: overrides\n  from: demo#art_1\n  to: demo#art_2\n'),
      'corpus/relations.yaml:1: field "0.type": Invalid option: expected one of "supplements"|"applies-mutatis-mutandis"|"deemed-established-under"|"compare"',
    ],
  ];

  it('has at least 20 malformed corpora', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('rejects %s, naming the file and field', async (_name, change, message) => {
    const problems = await checkCorpusDir(await corpusWith(change));
    // Later problems may follow from the first (a renumbered article leaves a gap); the first names the cause.
    expect(problems[0]).toContain(message);
  });

  it('reports a duplicate anchor with both places', async () => {
    const problems = await checkCorpusDir(await corpusWith(async (dir) => writeFile(path.join(dir, 'demo/articles/001.mdx'), await readFile(path.join(dir, 'demo/articles/01.mdx'), 'utf8'))));
    expect(problems).toContain('corpus/demo/articles/01.mdx:1: anchor "art_1" is already defined at corpus/demo/articles/001.mdx:1');
  });

  it('reports every problem at once, not only the first', async () => {
    const problems = await checkCorpusDir(
      await corpusWith(async (dir) => {
        await writeFile(path.join(dir, 'demo/articles/01.mdx'), '');
        await edit(dir, 'demo/instrument.yaml', '"2003-12-25"', '"2003-02-30"');
      }),
    );
    expect(problems).toEqual(expect.arrayContaining([
      'corpus/demo/articles/01.mdx: the file is empty',
      expect.stringContaining('corpus/demo/instrument.yaml:17: field "entryIntoForce.date"'),
    ]));
  });
});
