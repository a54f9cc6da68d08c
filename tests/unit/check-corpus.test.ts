import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { promisify } from 'node:util';
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

const servers: Server[] = [];

/** A socket file at `file`, as a running program would leave one. */
function listenOn(file: string): Promise<void> {
  return new Promise((resolve) => {
    const server = createServer();
    servers.push(server);
    server.listen(file, resolve);
  });
}

/** A second instrument, a copy of demo whose metadata is changed by `change`. */
async function twin(dir: string, change: (yaml: string) => string): Promise<void> {
  await cp(path.join(dir, 'demo'), path.join(dir, 'twin'), { recursive: true });
  for (const file of ['preamble.mdx', 'articles/01.mdx', 'articles/02.mdx'])
    await edit(dir, `twin/${file}`, 'instrument: demo', 'instrument: twin');
  await writeFile(path.join(dir, 'twin/instrument.yaml'), change(await readFile(path.join(dir, 'twin/instrument.yaml'), 'utf8')));
}

/** Turns the demo fixture into an ILO instrument whose adoption has the lines `adoption` (after its date and body). */
async function asIlo(dir: string, adoption: string): Promise<void> {
  await edit(dir, 'demo/instrument.yaml', /organization: un\n/, 'organization: ilo\niloCode: C999\n');
  await edit(
    dir,
    'demo/instrument.yaml',
    'adoption:\n  date: "2000-11-15"\n  by: United Nations General Assembly\n  act: resolution 1/1\n',
    `adoption:\n  date: "2000-11-15"\n  by: General Conference of the International Labour Organisation\n${adoption}`,
  );
}

/** The reading of the valid fixture corpus with one file written anew. */
async function readWith(file: string, text: string): Promise<Awaited<ReturnType<typeof readCorpus>>> {
  return readCorpus(await corpusWith((dir) => writeFile(path.join(dir, file), text)));
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
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
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          'officialSource:',
          'registration:\n  date: "2003-01-01"\n  number: "1"\n  source: a test fixture\nofficialSource:',
        ),
      'corpus/demo/instrument.yaml:26: field "registration.date": registration (2003-01-01) is before entry into force (2003-12-25); found "2003-01-01"',
    ],
    [
      'a Treaty Series page without its volume',
      (dir) =>
        edit(dir, 'demo/instrument.yaml', 'officialSource:', 'registration:\n  untsPage: 319\n  source: a test fixture\nofficialSource:'),
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
        await writeFile(
          path.join(dir, 'demo/articles/03.mdx'),
          (await readFile(path.join(dir, 'demo/articles/02.mdx'), 'utf8')).replace('number: 2', 'number: 3'),
        );
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
      async (dir) =>
        writeFile(path.join(dir, 'demo/articles/01.mdx'), `\uFEFF${await readFile(path.join(dir, 'demo/articles/01.mdx'), 'utf8')}`),
      'corpus/demo/articles/01.mdx:1: starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    ],
    [
      'invalid UTF-8',
      (dir) =>
        writeFile(
          path.join(dir, 'demo/articles/01.mdx'),
          Buffer.concat([
            Buffer.from('---\ninstrument: demo\nkind: article\nnumber: 1\n---\n\n<Para>'),
            Buffer.from([0xff, 0xfe]),
            Buffer.from('</Para>\n'),
          ]),
        ),
      'corpus/demo/articles/01.mdx:7: is not valid UTF-8',
    ],
    ['an empty file', (dir) => writeFile(path.join(dir, 'demo/articles/01.mdx'), ''), 'corpus/demo/articles/01.mdx: the file is empty'],
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
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          '  name: Secretary-General of the United Nations\n',
          '  name: Secretary-General of the United Nations\n  provision: art_9__para_1\n',
        ),
      'corpus/demo/instrument.yaml:21: field "depositary.provision": no provision "art_9__para_1" in "demo"',
    ],
    [
      'a registered anchor that disappeared',
      (dir) =>
        writeFile(path.join(dir, 'anchors.json'), JSON.stringify({ about: '', pages: { '/demo/article-2/': ['art_2', 'art_2__para_3'] } })),
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
      (dir) =>
        writeFile(
          path.join(dir, 'demo/articles/02.mdx'),
          `${FRONT_2}<Para num="1.">One.</Para>\n\n<Para num="2.">In accordance with paragraph 3 of this article.</Para>\n`,
        ),
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
      (dir) =>
        writeFile(
          path.join(dir, 'relations.yaml'),
          '- type: compare\n  from: demo#art_1\n  to: demo#art_2\n- type: compare\n  from: demo#art_1\n  to: demo#art_2\n',
        ),
      'corpus/relations.yaml:4: relation compare demo#art_1 demo#art_2 is declared twice (first as item 0)',
    ],
    [
      'a relation of an unknown type',
      (dir) => writeFile(path.join(dir, 'relations.yaml'), '- type: overrides\n  from: demo#art_1\n  to: demo#art_2\n'),
      'corpus/relations.yaml:1: field "0.type": Invalid option: expected one of "supplements"|"applies-mutatis-mutandis"|"deemed-established-under"|"compare"',
    ],
    // Characters that must never be in the corpus: named with their line and column.
    [
      'a NUL character in the authentic text',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two\u0000.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:10: holds U+0000 NULL, an invisible or control character that must not be in the corpus',
    ],
    [
      'a zero-width space inside a reference',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Under article\u200B1 of this Protocol.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:20: holds U+200B ZERO WIDTH SPACE, an invisible or control character that must not be in the corpus',
    ],
    [
      'a bidirectional override in the metadata',
      (dir) => edit(dir, 'demo/instrument.yaml', 'title: Demonstration Protocol', 'title: Demonstration \u202EProtocol'),
      'corpus/demo/instrument.yaml:1:22: holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible or control character that must not be in the corpus',
    ],
    [
      'a bidirectional isolate',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two \u2066words\u2069.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:11: holds U+2066 LEFT-TO-RIGHT ISOLATE',
    ],
    [
      'a C1 control character',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two\u0085.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:10: holds U+0085 (a control character)',
    ],
    [
      'a no-break space',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>article\u00A01.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:14: holds U+00A0 NO-BREAK SPACE',
    ],
    [
      'text that is not in normalization form C',
      (dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Travaux pre\u0301paratoires.</Para>\n`),
      'corpus/demo/articles/02.mdx:8:18: is not in Unicode normalization form C',
    ],
    // A file whose name disagrees with its frontmatter.
    [
      'an article file whose number disagrees with its name',
      (dir) => edit(dir, 'demo/articles/02.mdx', 'number: 2', 'number: 1'),
      'corpus/demo/articles/02.mdx: field "number": the file name says article 2; found 1',
    ],
    [
      'a preamble file that says it is something else',
      (dir) => edit(dir, 'demo/preamble.mdx', 'kind: preamble', 'kind: conclusions'),
      'corpus/demo/preamble.mdx: field "kind": the file name says "preamble"; found "conclusions"',
    ],
    [
      'an article file that says it is a preamble',
      (dir) =>
        writeFile(path.join(dir, 'demo/articles/02.mdx'), '---\ninstrument: demo\nkind: preamble\n---\n\n<Recital n="1">Two.</Recital>\n'),
      'corpus/demo/articles/02.mdx: field "kind": a file under articles/ holds an article; found "preamble"',
    ],
    // Divisions that would publish one id twice.
    [
      'two divisions with the same number',
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          '    lastArticle: 2\n',
          '    lastArticle: 1\n  - type: chapter\n    num: I\n    label: "I."\n    heading: Again\n    firstArticle: 2\n    lastArticle: 2\n',
        ),
      'corpus/demo/instrument.yaml:35: field "divisions": chapter I is declared twice (its anchor "chp_I" would stand twice on the page)',
    ],
    [
      'divisions whose articles overlap',
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          '    lastArticle: 2\n',
          '    lastArticle: 2\n  - type: chapter\n    num: II\n    label: "II."\n    heading: Again\n    firstArticle: 2\n    lastArticle: 2\n',
        ),
      'corpus/demo/instrument.yaml:35: field "divisions": chapter II starts at article 2, which chapter I already holds (divisions overlap)',
    ],
    // Addresses that could run code.
    [
      'a javascript: source link',
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          '      - title: a test fixture\n',
          '      - title: a test fixture\n        url: "javascript:alert(1)"\n',
        ),
      'corpus/demo/instrument.yaml:32: field "verification.0.sources.0.url": expected an https: address',
    ],
    [
      'a data: source link',
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          'officialSource:\n  title: a test fixture\n',
          'officialSource:\n  title: a test fixture\n  url: "data:text/html,<script>alert(1)</script>"\n',
        ),
      'corpus/demo/instrument.yaml:27: field "officialSource.url": expected an https: address',
    ],
    [
      'a plain http: source link',
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          'officialSource:\n  title: a test fixture\n',
          'officialSource:\n  title: a test fixture\n  url: "http://example.org/"\n',
        ),
      'corpus/demo/instrument.yaml:27: field "officialSource.url": expected an https: address',
    ],
    // The anchor registry: its guard cannot be switched off by removing or breaking it.
    ['a missing anchor registry', (dir) => rm(path.join(dir, 'anchors.json')), 'corpus/anchors.json: the anchor registry is missing'],
    [
      'an anchor registry that is not JSON',
      (dir) => writeFile(path.join(dir, 'anchors.json'), '{ "pages": '),
      'corpus/anchors.json: is not valid JSON',
    ],
    [
      'an anchor registry of the wrong shape',
      (dir) => writeFile(path.join(dir, 'anchors.json'), JSON.stringify({ about: '', pages: ['art_1'] })),
      'corpus/anchors.json: field "pages": Invalid input: expected record, received array',
    ],
    [
      'an anchor registry with an entry that is not an anchor',
      (dir) =>
        writeFile(path.join(dir, 'anchors.json'), JSON.stringify({ about: '', pages: { '/demo/article-1/': ['art_1', 'article one'] } })),
      'corpus/anchors.json: field "pages./demo/article-1/.1": expected an anchor id such as "art_3__para_1"',
    ],
    // Entries that are not regular files are refused unread: nothing waits on a pipe.
    [
      'a named pipe',
      (dir) => promisify(execFile)('mkfifo', [path.join(dir, 'demo/articles/03.mdx')]).then(() => undefined),
      'corpus/demo/articles/03.mdx: is a named pipe; corpus entries must be regular files',
    ],
    [
      'a socket',
      (dir) => listenOn(path.join(dir, 'demo/articles/03.mdx')),
      'corpus/demo/articles/03.mdx: is a socket; corpus entries must be regular files',
    ],
    [
      'a link that leaves the corpus',
      (dir) => symlink('/etc/hostname', path.join(dir, 'demo/articles/03.mdx')),
      'corpus/demo/articles/03.mdx: is a symbolic link that leaves the corpus; corpus entries must be regular files',
    ],
    [
      'a link that leads nowhere',
      (dir) => symlink(path.join(dir, 'demo/articles/99.mdx'), path.join(dir, 'demo/articles/03.mdx')),
      'corpus/demo/articles/03.mdx: is a symbolic link that leads nowhere; corpus entries must be regular files',
    ],
    [
      'a link inside the corpus',
      (dir) => symlink(path.join(dir, 'demo/articles/02.mdx'), path.join(dir, 'demo/articles/03.mdx')),
      'corpus/demo/articles/03.mdx: is a symbolic link; corpus entries must be regular files',
    ],
    // YAML that is not plain data.
    [
      'an unknown YAML tag',
      (dir) => edit(dir, 'demo/instrument.yaml', 'type: protocol', 'type: !!js/function protocol'),
      'corpus/demo/instrument.yaml:4: the YAML is not plain data: Unresolved tag: tag:yaml.org,2002:js/function',
    ],
    [
      'an excessive number of YAML aliases',
      (dir) =>
        edit(
          dir,
          'demo/instrument.yaml',
          'shortTitles: [Demo Protocol]',
          `shortTitles: &a [Demo Protocol]\nx1: &b [${Array(20).fill('*a').join(', ')}]\nx2: [${Array(20).fill('*b').join(', ')}]`,
        ),
      'corpus/demo/instrument.yaml:1: the YAML cannot be read as data: Excessive alias count',
    ],
    // A file built to exhaust the parser: refused by its line, not by a stack overflow.
    [
      'components nested thirty thousand deep',
      (dir) =>
        writeFile(
          path.join(dir, 'demo/articles/02.mdx'),
          `${FRONT_2}<Para>${'<Point num="(a)">'.repeat(30_000)}x${'</Point>'.repeat(30_000)}</Para>\n`,
        ),
      'corpus/demo/articles/02.mdx:8: components are nested more than 12 deep; no treaty text needs that many levels',
    ],
    // Fields and relations that would confuse a reader or a citation.
    [
      'a title with a line break',
      (dir) => edit(dir, 'demo/instrument.yaml', 'title: Demonstration Protocol', 'title: "Demonstration\\nProtocol"'),
      'corpus/demo/instrument.yaml:1: field "title": must be one line; it holds a line break',
    ],
    [
      'a citation name with a line break',
      (dir) => edit(dir, 'demo/instrument.yaml', 'citationName: Demo Protocol', 'citationName: "Demo\\rProtocol"'),
      'corpus/demo/instrument.yaml:3: field "citationName": must be one line; it holds a line break',
    ],
    [
      'two instruments with the same title',
      (dir) => twin(dir, (yaml) => yaml.replace('citationName: Demo Protocol', 'citationName: Twin Protocol')),
      'corpus/twin/instrument.yaml:1: field "title": "Demonstration Protocol" is already the title of "demo"',
    ],
    [
      'two instruments with the same citation name',
      (dir) => twin(dir, (yaml) => yaml.replace('title: Demonstration Protocol', 'title: Twin Protocol')),
      'corpus/twin/instrument.yaml:3: field "citationName": "Demo Protocol" is already the citation name of "demo"',
    ],
    [
      'a relation from a provision to itself',
      (dir) => writeFile(path.join(dir, 'relations.yaml'), '- type: compare\n  from: demo#art_1\n  to: demo#art_1\n'),
      'corpus/relations.yaml:1: relation compare demo#art_1 demo#art_1 joins a provision to itself',
    ],
    [
      'a relation declared twice, once from each end',
      (dir) =>
        writeFile(
          path.join(dir, 'relations.yaml'),
          '- type: compare\n  from: demo#art_1\n  to: demo#art_2\n- type: compare\n  from: demo#art_2\n  to: demo#art_1\n',
        ),
      'corpus/relations.yaml:4: relation compare demo#art_2 demo#art_1 is declared twice (first as item 0)',
    ],
    [
      'an ILO instrument with a signature (ILO conventions are ratified, never signed)',
      (dir) => asIlo(dir, '  session: 88\n  place: Geneva\n'),
      'corpus/demo/instrument.yaml:12: field "signature": Unrecognized key: "signature"',
    ],
    ['an ILO adoption without the session number', (dir) => asIlo(dir, '  place: Geneva\n'), 'field "adoption.session"'],
    [
      'a Council of Europe convention whose entry into force does not say how many ratifications it needs',
      (dir) =>
        edit(dir, 'demo/instrument.yaml', /organization: un\n/, 'organization: coe\ncetsNumber: 197\n').then(() =>
          edit(
            dir,
            'demo/instrument.yaml',
            'by: United Nations General Assembly\n  act: resolution 1/1\n',
            'by: Committee of Ministers of the Council of Europe\n',
          ),
        ),
      'field "entryIntoForce.ratificationsRequired"',
    ],
    [
      'an event that names a document not in the register',
      (dir) => edit(dir, 'history/events.yaml', 'documents: [A/AC.254/4/Add.3]', 'documents: [A/AC.254/4/Add.9]'),
      'corpus/history/events.yaml:9: field "0.documents.0": no document "A/AC.254/4/Add.9" in the register (corpus/history/documents.yaml)',
    ],
    [
      'an event that names a provision that does not exist',
      (dir) => edit(dir, 'history/events.yaml', '"demo#art_1"', '"demo#art_7"'),
      'corpus/history/events.yaml:10: field "0.provisions.0": no provision "demo#art_7" in the corpus',
    ],
    [
      'an interpretative note on a provision that does not exist',
      (dir) => edit(dir, 'notes/demo.yaml', 'provision: art_1', 'provision: art_1__para_4'),
      'corpus/notes/demo.yaml:3: field "0.provision": no provision "demo#art_1__para_4" in the corpus',
    ],
    [
      'a negotiation text from a document not in the register',
      (dir) => edit(dir, 'history/demo/01.yaml', '  - symbol: A/AC.254/4/Add.3', '  - symbol: A/AC.254/4/Add.3/Rev.1'),
      'corpus/history/demo/01.yaml:8: field "negotiationTexts.0.symbol": no document "A/AC.254/4/Add.3/Rev.1" in the register',
    ],
    [
      'an article history whose number disagrees with its file name',
      (dir) => edit(dir, 'history/demo/01.yaml', 'article: 1', 'article: 2'),
      'corpus/history/demo/01.yaml:1: field "article": the file name says article 1; found 2',
    ],
    [
      'a note reproduced word for word without the source that shows it whole',
      (dir) => edit(dir, 'notes/demo.yaml', 'summary: A test note.', 'summary: A test note.\n  wording: The official words.'),
      'corpus/notes/demo.yaml',
    ],
    [
      'an event with both a date and a range',
      (dir) => edit(dir, 'history/events.yaml', '  from: "1999-01-19"', '  date: "1999-01-19"\n  from: "1999-01-19"'),
      'field "0.date": give either a date, or a range with from and to',
    ],
    [
      'an organization the schema does not know',
      (dir) => edit(dir, 'demo/instrument.yaml', 'organization: un', 'organization: oas'),
      'field "organization"',
    ],
    [
      'a theme cell that names a provision that does not exist',
      (dir) =>
        writeFile(
          path.join(dir, 'themes.yaml'),
          '- slug: demo-theme\n  title: Demo\n  summary: A test.\n  rows:\n    - topic: One\n      provisions:\n        - demo#art_9\n      note: A note.\n',
        ),
      'corpus/themes.yaml:7: field "0.rows.0.provisions.0": no provision "demo#art_9" in the corpus',
    ],
    [
      'a theme cell that names a whole instrument',
      (dir) =>
        writeFile(
          path.join(dir, 'themes.yaml'),
          '- slug: demo-theme\n  title: Demo\n  summary: A test.\n  rows:\n    - topic: One\n      provisions:\n        - demo\n      note: A note.\n',
        ),
      'field "0.rows.0.provisions.0": "demo" names a whole instrument; a cell needs a provision',
    ],
    [
      'two themes with one slug',
      (dir) =>
        writeFile(
          path.join(dir, 'themes.yaml'),
          ['one', 'two']
            .map(
              (title) =>
                `- slug: demo-theme\n  title: ${title}\n  summary: A test.\n  rows:\n    - topic: One\n      provisions: [demo#art_1]\n      note: A note.\n`,
            )
            .join(''),
        ),
      'field "1.slug": the theme "demo-theme" is declared twice',
    ],
    [
      'an article said not to be reproduced that holds text all the same',
      (dir) => edit(dir, 'demo/articles/01.mdx', 'heading: First', 'heading: First\nnotReproduced: No copy could be read.'),
      'corpus/demo/articles/01.mdx:9: the article says its text is not reproduced (notReproduced), but the file holds text',
    ],
    [
      'a testimonium paragraph with a number',
      (dir) =>
        writeFile(
          path.join(dir, 'demo/conclusions.mdx'),
          '---\ninstrument: demo\nkind: conclusions\n---\n\n<Para>Done.</Para>\n\n<Para num="2.">Again.</Para>\n',
        ),
      'corpus/demo/conclusions.mdx:8: a testimonium is not numbered',
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

  it('accepts an article whose text is not reproduced, with no text, and keeps its anchor', async () => {
    const reading = await readWith(
      'demo/articles/01.mdx',
      '---\ninstrument: demo\nkind: article\nnumber: 1\nnotReproduced: No copy of its English text could be read.\n---\n',
    );
    expect(reading.problems).toEqual([]);
    const [article] = reading.model?.instruments[0]?.articles ?? [];
    expect(article?.eid).toBe('art_1');
    expect(article?.provisions).toEqual([]);
    expect(article?.notReproduced).toBe('No copy of its English text could be read.');
  });

  it('counts the paragraphs of a testimonium that has several', async () => {
    const reading = await readWith(
      'demo/conclusions.mdx',
      '---\ninstrument: demo\nkind: conclusions\n---\n\n<Para>In witness.</Para>\n\n<Para>Done at.</Para>\n',
    );
    expect(reading.problems).toEqual([]);
    expect(reading.model?.instruments[0]?.conclusions?.provisions.map((provision) => provision.eid)).toEqual([
      'conclusions__para_1',
      'conclusions__para_2',
    ]);
  });

  it('reports broken metadata once, not again for every text of the instrument', async () => {
    const problems = await checkCorpusDir(
      await corpusWith((dir) => edit(dir, 'demo/instrument.yaml', 'organization: un', 'organization: [un')),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^corpus\/demo\/instrument\.yaml:\d+: the YAML does not parse/);
  });

  it('reports a duplicate anchor with both places', async () => {
    const problems = await checkCorpusDir(
      await corpusWith(async (dir) =>
        writeFile(path.join(dir, 'demo/articles/001.mdx'), await readFile(path.join(dir, 'demo/articles/01.mdx'), 'utf8')),
      ),
    );
    expect(problems).toContain('corpus/demo/articles/01.mdx:1: anchor "art_1" is already defined at corpus/demo/articles/001.mdx:1');
  });

  it('reports an article whose file cannot be read once, not also as missing', async () => {
    const problems = await checkCorpusDir(
      await corpusWith((dir) => writeFile(path.join(dir, 'demo/articles/02.mdx'), `${FRONT_2}<Para>Two\u200B.</Para>\n`)),
    );
    expect(problems).toEqual([
      'corpus/demo/articles/02.mdx:8:10: holds U+200B ZERO WIDTH SPACE, an invisible or control character that must not be in the corpus',
    ]);
  });

  it('reports every problem at once, not only the first', async () => {
    const problems = await checkCorpusDir(
      await corpusWith(async (dir) => {
        await writeFile(path.join(dir, 'demo/articles/01.mdx'), '');
        await edit(dir, 'demo/instrument.yaml', '"2003-12-25"', '"2003-02-30"');
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'corpus/demo/articles/01.mdx: the file is empty',
        expect.stringContaining('corpus/demo/instrument.yaml:17: field "entryIntoForce.date"'),
      ]),
    );
  });
});
