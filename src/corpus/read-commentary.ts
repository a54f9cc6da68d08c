/**
 * The commentary layer (corpus/commentary/<instrument>/NN.yaml): read with the rest of the corpus
 * by the one reader, each cite checked to name a provision, an article's drafting history or an
 * interpretative note that exists, and assembled into the model by article.
 */
import { fileAt, type LineOf } from '../schemas/format-issues.ts';
import { articleCommentarySchema, type ArticleCommentary } from '../schemas/commentary.ts';
import { validateYaml } from './files.ts';

/** The file paths of the commentary layer, relative to corpus/. */
export const COMMENTARY_LAYOUT = /^commentary\/[a-z0-9-]+\/\d{2,3}\.yaml$/;

/** A commentary file as read. */
export interface CommentaryRead {
  readonly file: string;
  readonly instrument: string;
  readonly number: number;
  readonly data: ArticleCommentary;
  readonly lineOf: LineOf;
}

/** True when `relative` is a file of the commentary layer. */
export function isCommentaryFile(relative: string): boolean {
  return COMMENTARY_LAYOUT.test(relative);
}

/** Reads one commentary file into `into`; problems go to `problems`. */
export function readCommentaryFile(relative: string, file: string, text: string, into: CommentaryRead[], problems: string[]): void {
  const [, instrument = '', name = ''] = relative.split('/');
  const number = Number(name.replace(/\.yaml$/, ''));
  const valid = validateYaml(articleCommentarySchema, file, text, 1, problems);
  if (!valid) return;
  if (valid.data.article !== number) {
    problems.push(
      `${fileAt(file, valid.lineOf(['article']))}: field "article": the file name says article ${number}; found ${valid.data.article}`,
    );
    return;
  }
  into.push({ file, instrument, number, ...valid });
}

/** What a cite may name: provisions and instruments, drafting histories and notes, each by key. */
export interface CiteTargets {
  /** True for "instrument" or "instrument#anchor" that exists. */
  readonly exists: (place: string) => boolean;
  /** Keys "instrument#art_N" of the drafting histories. */
  readonly histories: ReadonlySet<string>;
  /** Keys "instrument#anchor" of the interpretative notes. */
  readonly notes: ReadonlySet<string>;
}

/** Every commentary belongs to an article that exists, and every cite names something that exists. */
export function checkCommentary(files: readonly CommentaryRead[], targets: CiteTargets): string[] {
  return files.flatMap((entry) => {
    if (!targets.exists(`${entry.instrument}#art_${entry.number}`)) {
      return [`${entry.file}:1: there is no article ${entry.number} in "${entry.instrument}" for this commentary to belong to`];
    }
    return entry.data.sections.flatMap((section, at) =>
      section.statements.flatMap((statement, index) =>
        statement.cites.flatMap((cite, position) => {
          const where = `${fileAt(entry.file, entry.lineOf(['sections', at, 'statements', index, 'cites', position]))}: field "sections.${at}.statements.${index}.cites.${position}"`;
          if (cite.startsWith('history:')) {
            const key = `${entry.instrument}#art_${cite.slice('history:'.length)}`;
            return targets.histories.has(key)
              ? []
              : [`${where}: no drafting history of article ${cite.slice('history:'.length)} in "${entry.instrument}"`];
          }
          if (cite.startsWith('note:')) {
            const key = `${entry.instrument}#${cite.slice('note:'.length)}`;
            return targets.notes.has(key)
              ? []
              : [`${where}: no interpretative note on "${cite.slice('note:'.length)}" in "${entry.instrument}"`];
          }
          return targets.exists(cite) ? [] : [`${where}: no provision or instrument "${cite}" in the corpus`];
        }),
      ),
    );
  });
}

/** The commentary of the model, by "instrument#art_N". */
export function assembleCommentary(files: readonly CommentaryRead[]): Record<string, ArticleCommentary> {
  return Object.fromEntries(files.map((entry) => [`${entry.instrument}#art_${entry.number}`, entry.data]));
}
