/**
 * The one reader of the corpus: lists and reads every file once, parses each text file once, runs
 * the checks, resolves the references and builds the model. Every problem is reported with its
 * file and line; with any problem there is no model, so nothing half-checked is ever rendered.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildConnections, parsePlace } from '../lib/connections.ts';
import { CorpusError } from '../lib/corpus-error.ts';
import { divisionsOf, placeDivisions } from '../lib/divisions.ts';
import { instrumentPath } from '../lib/urls.ts';
import type { LineOf } from '../schemas/format-issues.ts';
import { instrumentSchema, type Instrument } from '../schemas/instrument.ts';
import { relationsSchema, type Relation } from '../schemas/relation.ts';
import { themesSchema, type Theme } from '../schemas/theme.ts';
import { assembleHistory, checkHistory, isHistoryFile, readHistoryFile, type HistoryGathered } from './read-history.ts';
import { assembleCommentary, checkCommentary, isCommentaryFile, readCommentaryFile, type CommentaryRead } from './read-commentary.ts';
import { textUnitSchema, type TextUnit } from '../schemas/text-unit.ts';
import { publishedAnchors, REGISTRY_NAME, registrySchema } from './anchor-registry.ts';
import {
  checkAnchorsUnique,
  checkArticleSet,
  checkDanglingReferences,
  checkDivisionSet,
  checkFileName,
  checkMetadataTargets,
  checkReadings,
  checkNamesUnique,
  checkRegistry,
  checkRelations,
  checkThemes,
  checkTextPlacement,
  type InstrumentFacts,
  type TextFacts,
} from './checks.ts';
import { checkCharacters, decode, isFolder, listCorpus, parseJson, readCorpusFile, splitFrontmatter, validateYaml } from './files.ts';
import type { Article, CorpusModel, InstrumentModel, Provision, ReferenceRecord, TextFile } from './model.ts';
import { instrumentNames, provisionsAt, provisionWords, textsOf } from './model.ts';
import { ownAnchor, parseTextBody } from './parse-text.ts';
import { resolveReferences, type AnchorIndex } from './resolve-references.ts';

/** File name of the relations file inside corpus/. */
export const RELATIONS_NAME = 'relations.yaml';

/** File name of the comparison themes inside corpus/. */
export const THEMES_NAME = 'themes.yaml';

const EXPECTED_LAYOUT =
  'corpus/<instrument>/instrument.yaml, corpus/<instrument>/preamble.mdx, corpus/<instrument>/conclusions.mdx, corpus/<instrument>/articles/<NN>.mdx, corpus/history/events.yaml, corpus/history/documents.yaml, corpus/history/<instrument>/<NN>.yaml, corpus/notes/<instrument>.yaml or corpus/commentary/<instrument>/<NN>.yaml';
const LAYOUT = [/^[a-z0-9-]+\/instrument\.yaml$/, /^[a-z0-9-]+\/(preamble|conclusions)\.mdx$/, /^[a-z0-9-]+\/articles\/\d{2,3}\.mdx$/];
const FACTS = ['adoption', 'signature', 'entryIntoForce', 'depositary', 'authenticLanguages', 'registration'] as const;

/** What reading the corpus gave: the model when the corpus is sound, and every problem found. */
export interface CorpusReading {
  /** The model; undefined when there is any problem. */
  readonly model: CorpusModel | undefined;
  /** One message per problem, each naming the file and, where known, the line. */
  readonly problems: readonly string[];
  /** How many text files were parsed, for the build's report (each is parsed once). */
  readonly parsed: number;
}

interface ReadInstrument extends InstrumentFacts {
  readonly meta: Instrument;
}

interface ReadText extends TextFacts {
  readonly unit: TextUnit;
  readonly provisions: readonly Provision[];
}

/** The message that stops a build or a check: how many problems, then one per line. */
export function corpusProblemsMessage(problems: readonly string[]): string {
  return `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`;
}

function located(file: string, error: CorpusError): string {
  return `${file}:${error.line}${error.column === undefined ? '' : `:${error.column}`}: ${error.message}`;
}

/** Files gathered in the first pass, before any whole-corpus check. */
interface Gathered {
  instruments: ReadInstrument[];
  texts: ReadText[];
  relations?: { file: string; data: Relation[]; lineOf: LineOf };
  themes?: { file: string; data: Theme[]; lineOf: LineOf };
  history: HistoryGathered;
  commentary: CommentaryRead[];
  registry?: { file: string; data: unknown };
  problems: string[];
  digest: ReturnType<typeof createHash>;
}

function readInstrument(file: string, slug: string, text: string, into: Gathered): void {
  const valid = validateYaml(instrumentSchema, file, text, 1, into.problems);
  if (!valid) return;
  const meta = valid.data;
  into.instruments.push({
    slug,
    file,
    lineOf: valid.lineOf,
    meta,
    title: meta.title,
    citationName: meta.citationName,
    articleCount: meta.articleCount,
    divisions: meta.divisions,
    supplements: meta.supplements,
    factProvisions: FACTS.flatMap((field) => {
      const eid = factOf(meta, field)?.provision;
      return eid === undefined ? [] : [{ field, eid }];
    }),
  });
}

/** A sourced fact of the metadata by its field name, where the instrument's kind has it. */
function factOf(meta: Instrument, field: (typeof FACTS)[number]): { readonly provision?: string | undefined } | undefined {
  if (field === 'signature') return meta.organization === 'ilo' ? undefined : meta.signature;
  return meta[field];
}

function readText(file: string, source: string, into: Gathered): void {
  const parts = splitFrontmatter(source);
  if (!parts) {
    into.problems.push(`${file}:1: has no frontmatter (expected a block between --- lines at the top)`);
    return;
  }
  // Frontmatter starts on the file's second line, after the opening "---".
  const unit = validateYaml(textUnitSchema, file, parts.yaml, 2, into.problems)?.data;
  if (!unit) return;
  const misnamed = checkFileName(file, unit);
  if (misnamed) {
    into.problems.push(misnamed);
    return;
  }
  let provisions: Provision[];
  try {
    provisions = parseTextBody(parts.body, unit);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    into.problems.push(located(file, error));
    return;
  }
  const own = ownAnchor(unit);
  const anchors = [{ eid: own, line: 1 }, ...anchorLines(provisions)];
  into.texts.push({
    file,
    instrument: unit.instrument,
    kind: unit.kind,
    number: unit.kind === 'article' ? unit.number : undefined,
    anchors,
    unit,
    provisions,
  });
}

function anchorLines(nodes: readonly Provision[]): { eid: string; line: number }[] {
  return nodes.flatMap((node) => [...(node.eid ? [{ eid: node.eid, line: node.line }] : []), ...anchorLines(node.children)]);
}

/** Reads one file into `into`; any mistake becomes a problem naming the file. */
async function readOne(corpusDir: string, relative: string, into: Gathered): Promise<void> {
  const file = `corpus/${relative}`;
  const isSpecial = relative === REGISTRY_NAME || relative === RELATIONS_NAME || relative === THEMES_NAME;
  if (!isSpecial && !isHistoryFile(relative) && !isCommentaryFile(relative) && !LAYOUT.some((pattern) => pattern.test(relative))) {
    into.problems.push(`${file}: is outside the expected layout (${EXPECTED_LAYOUT})`);
    return;
  }
  const read = await readCorpusFile(path.join(corpusDir, relative), file);
  if (!read.bytes) {
    into.problems.push(read.problem ?? `${file}: unreadable`);
    return;
  }
  into.digest.update(`${relative}\0`).update(read.bytes);
  const decoded = decode(file, read.bytes);
  if (decoded.text === undefined) {
    into.problems.push(decoded.problem ?? `${file}: unreadable`);
    return;
  }
  const characters = checkCharacters(file, decoded.text);
  if (characters) {
    into.problems.push(characters);
    return;
  }
  if (relative === REGISTRY_NAME) {
    const json = parseJson(file, decoded.text);
    if (json.problem) into.problems.push(json.problem);
    else into.registry = { file, data: json.data };
  } else if (relative === RELATIONS_NAME) {
    const valid = validateYaml(relationsSchema, file, decoded.text, 1, into.problems);
    if (valid) into.relations = { file, ...valid };
  } else if (relative === THEMES_NAME) {
    const valid = validateYaml(themesSchema, file, decoded.text, 1, into.problems);
    if (valid) into.themes = { file, ...valid };
  } else if (isHistoryFile(relative)) {
    readHistoryFile(relative, file, decoded.text, into.history, into.problems);
  } else if (isCommentaryFile(relative)) {
    readCommentaryFile(relative, file, decoded.text, into.commentary, into.problems);
  } else if (relative.endsWith('/instrument.yaml')) {
    readInstrument(file, relative.split('/')[0] ?? '', decoded.text, into);
  } else {
    readText(file, decoded.text, into);
  }
}

/** Every anchor an instrument defines: its divisions' and those of its texts. */
function anchorsOf(instrument: ReadInstrument, texts: readonly ReadText[]): Set<string> {
  return new Set([
    ...placeDivisions(instrument.divisions).map((division) => division.eid),
    ...texts.filter((text) => text.instrument === instrument.slug).flatMap((text) => text.anchors.map((anchor) => anchor.eid)),
  ]);
}

function wholeCorpusChecks(gathered: Gathered): string[] {
  const { instruments, texts } = gathered;
  // Files with a problem of their own, so that what follows from it is not reported again.
  const unreadable = new Set(gathered.problems.map((problem) => /^(corpus\/[^:]+):/.exec(problem)?.[1] ?? ''));
  const slugs = new Set(instruments.map((instrument) => instrument.slug));
  return [
    ...checkTextPlacement(instruments, texts, unreadable),
    ...instruments.flatMap((instrument) => [
      ...checkArticleSet(instrument, texts, unreadable),
      ...checkDivisionSet(instrument),
      ...checkMetadataTargets(instrument, anchorsOf(instrument, texts), slugs),
    ]),
    ...checkNamesUnique(instruments),
    ...checkAnchorsUnique(texts),
  ];
}

function toTextFile(text: ReadText, provisions: readonly Provision[], instrument: ReadInstrument): TextFile | Article {
  const common = {
    file: text.file,
    eid: ownAnchor(text.unit),
    provisions,
    unconfirmed: text.unit.unconfirmed,
    note: text.unit.note,
    notReproduced: text.unit.kind === 'article' ? text.unit.notReproduced : undefined,
  };
  if (text.unit.kind !== 'article') return { ...common, kind: text.unit.kind };
  return {
    ...common,
    kind: 'article',
    number: text.unit.number,
    heading: text.unit.heading,
    divisions: divisionsOf(instrument.divisions, text.unit.number),
  };
}

function assemble(gathered: Gathered): { instruments: InstrumentModel[]; references: ReferenceRecord[] } {
  const anchorIndex: AnchorIndex = {
    names: instrumentNames(gathered.instruments),
    anchors: new Map(gathered.instruments.map((instrument) => [instrument.slug, anchorsOf(instrument, gathered.texts)])),
    documents: gathered.history.documents?.data ?? [],
  };
  const references: ReferenceRecord[] = [];
  const instruments = gathered.instruments.map((instrument): InstrumentModel => {
    const texts = gathered.texts
      .filter((text) => text.instrument === instrument.slug)
      .map((text) => {
        const where = { instrument: instrument.slug, file: text.file, own: ownAnchor(text.unit), article: text.number };
        const resolved = resolveReferences(text.provisions, where, anchorIndex);
        references.push(...resolved.records);
        return toTextFile(text, resolved.provisions, instrument);
      });
    const articles = texts.filter((text): text is Article => text.kind === 'article').sort((a, b) => a.number - b.number);
    return {
      slug: instrument.slug,
      file: instrument.file,
      meta: instrument.meta,
      divisions: placeDivisions(instrument.divisions),
      preamble: texts.find((text) => text.kind === 'preamble'),
      articles,
      conclusions: texts.find((text) => text.kind === 'conclusions'),
    };
  });
  instruments.sort((a, b) => a.meta.adoption.date.localeCompare(b.meta.adoption.date) || a.slug.localeCompare(b.slug));
  return { instruments, references };
}

/** The words a provision holds itself (not those of the points below it): empty when it holds only a list; undefined when there is no such provision. */
function ownWords(instrument: InstrumentModel, eid: string): string | undefined {
  const words = textsOf(instrument)
    .flatMap(provisionWords)
    .find((entry) => entry.eid === eid)?.words;
  return words ?? (provisionsAt(instrument, eid) === undefined ? undefined : '');
}

/** Reads, checks and models the corpus at `corpusDir`. */
export async function readCorpus(corpusDir: string): Promise<CorpusReading> {
  if (!(await isFolder(corpusDir))) return { model: undefined, problems: [`corpus: there is no corpus folder at ${corpusDir}`], parsed: 0 };
  const listing = await listCorpus(corpusDir);
  const gathered: Gathered = {
    instruments: [],
    texts: [],
    history: { articles: [], notes: [] },
    commentary: [],
    problems: [...listing.problems],
    digest: createHash('sha256'),
  };
  for (const relative of listing.files) {
    try {
      await readOne(corpusDir, relative, gathered);
    } catch (error) {
      // A mistake of ours, not of the corpus; still named by the file, never a bare stack trace.
      gathered.problems.push(
        `corpus/${relative}: internal error while reading this file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const parsed = gathered.texts.length;
  if (!gathered.registry && !gathered.problems.some((problem) => problem.startsWith(`corpus/${REGISTRY_NAME}:`))) {
    gathered.problems.push(
      `corpus/${REGISTRY_NAME}: the anchor registry is missing; it guards every published anchor and may not be removed (restore it with git, or start an empty one: {"about": "", "pages": {}})`,
    );
  }
  gathered.problems.push(...wholeCorpusChecks(gathered));
  // With any file unreadable, its anchors would all look withdrawn: the rest is checked on a sound corpus only.
  if (gathered.problems.length > 0) return { model: undefined, problems: gathered.problems, parsed };
  const { instruments, references } = assemble(gathered);
  const problems = checkDanglingReferences(references);
  for (const read of gathered.instruments) {
    const model = instruments.find((instrument) => instrument.slug === read.slug);
    if (model) problems.push(...checkReadings(read, read.meta.readings, (eid) => ownWords(model, eid)));
  }
  const published = publishedAnchors(instruments);
  const exists = (value: string): boolean => {
    const { instrument, eid } = parsePlace(value);
    const anchors = published[instrumentPath(instrument)];
    return anchors !== undefined && (eid === undefined || anchors.includes(eid));
  };
  const relations = gathered.relations;
  if (relations) problems.push(...checkRelations(relations.file, relations.data, relations.lineOf, exists));
  const themes = gathered.themes;
  if (themes) problems.push(...checkThemes(themes.file, themes.data, themes.lineOf, exists));
  problems.push(...checkHistory(gathered.history, exists));
  const history = assembleHistory(gathered.history);
  problems.push(
    ...checkCommentary(gathered.commentary, {
      exists,
      histories: new Set(Object.keys(history.articles)),
      notes: new Set(Object.keys(history.notes)),
    }),
  );
  const registry = registrySchema.safeParse(gathered.registry?.data);
  if (!registry.success)
    problems.push(
      ...registry.error.issues.map(
        (issue) => `corpus/${REGISTRY_NAME}: field "${issue.path.map(String).join('.') || '(top level)'}": ${issue.message}`,
      ),
    );
  else problems.push(...checkRegistry(`corpus/${REGISTRY_NAME}`, registry.data, published));
  if (problems.length > 0) return { model: undefined, problems, parsed };
  const declared = relations?.data ?? [];
  const connections = buildConnections(
    references.flatMap((record) =>
      record.links.flatMap((link) =>
        link.target ? [{ from: { instrument: record.instrument, eid: record.source }, to: link.target }] : [],
      ),
    ),
    declared.map((relation) => ({
      type: relation.type,
      from: parsePlace(relation.from),
      to: parsePlace(relation.to),
      statedIn: relation.statedIn === undefined ? undefined : parsePlace(relation.statedIn),
      term: relation.term,
    })),
  );
  const model: CorpusModel = {
    digest: gathered.digest.digest('hex'),
    instruments,
    references,
    relations: declared,
    themes: themes?.data ?? [],
    history,
    commentary: assembleCommentary(gathered.commentary),
    connections: Object.fromEntries(connections),
    annotations: {},
  };
  return { model, problems: [], parsed };
}
