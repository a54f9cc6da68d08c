import { describe, expect, it } from 'vitest';
import { checkCommentary, readCommentaryFile, type CommentaryRead } from '../../src/corpus/read-commentary.ts';

const GOOD = `article: 3
summary: Defines trafficking.
sections:
  - heading: What it requires
    statements:
      - text: It defines trafficking in persons.
        cites: [tp#art_3__point_a, history:3, note:art_3__point_a, oc]
`;

function read(text: string, relative = 'commentary/tp/03.yaml'): { files: CommentaryRead[]; problems: string[] } {
  const files: CommentaryRead[] = [];
  const problems: string[] = [];
  readCommentaryFile(relative, `corpus/${relative}`, text, files, problems);
  return { files, problems };
}

const TARGETS = {
  exists: (place: string) => ['tp#art_3', 'tp#art_3__point_a', 'oc'].includes(place),
  histories: new Set(['tp#art_3']),
  notes: new Set(['tp#art_3__point_a']),
};

describe('the commentary layer', () => {
  it('reads a sound file and finds nothing wrong with it', () => {
    const { files, problems } = read(GOOD);
    expect(problems).toEqual([]);
    expect(checkCommentary(files, TARGETS)).toEqual([]);
  });

  it.each([
    [
      GOOD.replace('tp#art_3__point_a', 'tp#art_3__point_z'),
      'corpus/commentary/tp/03.yaml:7: field "sections.0.statements.0.cites.0": no provision or instrument "tp#art_3__point_z" in the corpus',
    ],
    [GOOD.replace('history:3', 'history:4'), 'no drafting history of article 4 in "tp"'],
    [GOOD.replace('note:art_3__point_a', 'note:art_3__point_b'), 'no interpretative note on "art_3__point_b" in "tp"'],
  ])('names the file, line and cite that does not exist (%#)', (text, message) => {
    const { files } = read(text);
    expect(checkCommentary(files, TARGETS).join('\n')).toContain(message);
  });

  it.each([
    [GOOD.replace('article: 3', 'article: 4'), 'the file name says article 3; found 4'],
    [
      GOOD.replace('        cites: [tp#art_3__point_a, history:3, note:art_3__point_a, oc]\n', '        cites: []\n'),
      'sections.0.statements.0.cites',
    ],
    [GOOD.replace('tp#art_3__point_a,', 'see article 3,'), 'expected "instrument#anchor"'],
    [GOOD.replace('summary: Defines trafficking.\n', ''), 'summary'],
  ])('refuses a malformed file (%#)', (text, message) => {
    expect(read(text).problems.join('\n')).toContain(message);
  });

  it('refuses commentary on an article that does not exist', () => {
    const { files } = read(GOOD.replace('article: 3', 'article: 9'), 'commentary/tp/09.yaml');
    expect(checkCommentary(files, TARGETS)).toEqual([
      'corpus/commentary/tp/09.yaml:1: there is no article 9 in "tp" for this commentary to belong to',
    ]);
  });
});
