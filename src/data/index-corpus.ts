/**
 * Reads, checks and indexes the corpus folder before anything is built, and reports every problem with the file, the
 * line where known and the field: layout and encoding, metadata and frontmatter against the
 * schemas, the text of every file (syntax, allowed components, numbering), the instrument as a
 * whole, duplicate anchors, references from metadata to provisions, and the anchor registry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { checkCorpus, type TextFileFacts } from '../lib/corpus-integrity.ts';
import { placeDivisions } from '../lib/divisions.ts';
import { StructureError, type ProvisionNode } from '../lib/provision-tree.ts';
import { analyseCorpusTree, CorpusError, ownAnchor, type Inline } from '../plugins/corpus-file.ts';
import { referencesOf, type CorpusAnchors, type ReferenceRecord } from '../plugins/reference-links.ts';
import { parsePlace } from '../lib/connections.ts';
import { fileAt, type LineOf } from '../schemas/format-issues.ts';
import { relationsSchema, type Relation } from '../schemas/relation.ts';
import { instrumentSchema, type Instrument } from '../schemas/instrument.ts';
import { textUnitSchema, type TextUnit } from '../schemas/text-unit.ts';
import { REGISTRY_NAME, type AnchorRegistry } from './anchor-registry-file.ts';
import { decode, listFiles, splitFrontmatter, validateYaml } from './corpus-files.ts';

const EXPECTED_LAYOUT = 'corpus/<instrument>/instrument.yaml, corpus/<instrument>/preamble.mdx, corpus/<instrument>/conclusions.mdx or corpus/<instrument>/articles/<NN>.mdx';
const LAYOUT = [/^[a-z0-9-]+\/instrument\.yaml$/, /^[a-z0-9-]+\/(preamble|conclusions)\.mdx$/, /^[a-z0-9-]+\/articles\/\d{2,3}\.mdx$/];

interface LoadedInstrument {
  slug: string;
  file: string;
  meta: Instrument;
  lineOf: LineOf;
}

/** Where each anchor of an instrument is defined: "file:line". */
type AnchorSites = Map<string, string>;

function anchorsOf(nodes: readonly ProvisionNode<Inline>[]): { eid: string; line: number }[] {
  return nodes.flatMap((node) => [...(node.eid ? [{ eid: node.eid, line: node.line }] : []), ...anchorsOf(node.children)]);
}

/** Parses and analyses the body of a text file; returns its provisions or adds a problem. */
function analyseText(file: string, body: string, unit: TextUnit, problems: string[]): ProvisionNode<Inline>[] | undefined {
  try {
    return analyseCorpusTree(unified().use(remarkParse).use(remarkMdx).parse(body), unit);
  } catch (error) {
    if (error instanceof CorpusError || error instanceof StructureError) problems.push(`${file}:${error.line}: ${error.message}`);
    else if (error instanceof VFileMessage) {
      const hint = /expression/i.test(error.reason) ? ' (braces start a JavaScript expression, which corpus files may not contain)' : '';
      problems.push(`${file}:${error.line ?? 1}: the MDX does not parse: ${error.reason}${hint}`);
    }
    else throw error;
    return undefined;
  }
}

function checkReferences(instrument: LoadedInstrument, anchors: AnchorSites): string[] {
  const facts = ['adoption', 'signature', 'entryIntoForce', 'depositary', 'authenticLanguages', 'registration'] as const;
  return facts.flatMap((name) => {
    const provision = instrument.meta[name]?.provision;
    if (provision === undefined || anchors.has(provision)) return [];
    return [`${fileAt(instrument.file, instrument.lineOf([name, 'provision']))}: field "${name}.provision": no provision "${provision}" in "${instrument.slug}"`];
  });
}

function checkRegistry(registry: AnchorRegistry, anchorsBySlug: ReadonlyMap<string, AnchorSites>): string[] {
  return Object.entries(registry.pages).flatMap(([page, registered]) => {
    const slug = page.split('/')[1] ?? '';
    const anchors = anchorsBySlug.get(slug);
    if (!anchors) return [`corpus/${REGISTRY_NAME}: page ${page} is registered but there is no instrument "${slug}"; published anchors are never withdrawn`];
    return registered
      .filter((anchor) => !anchors.has(anchor))
      .map((anchor) => `corpus/${REGISTRY_NAME}: registered anchor ${page}#${anchor} no longer exists in the corpus; published anchors are never withdrawn`);
  });
}

async function readRegistry(corpusDir: string, problems: string[]): Promise<AnchorRegistry | undefined> {
  const text = await readFile(path.join(corpusDir, REGISTRY_NAME), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as AnchorRegistry;
  } catch (error) {
    problems.push(`corpus/${REGISTRY_NAME}: is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The corpus as the build needs it: problems, every instrument's anchors, every reference, every relation. */
export interface CorpusIndex {
  readonly problems: string[];
  readonly anchors: CorpusAnchors;
  readonly references: ReferenceRecord[];
  readonly relations: Relation[];
}

/** File name of the relations file inside corpus/. */
export const RELATIONS_NAME = 'relations.yaml';

/** Reads and checks corpus/relations.yaml: schema, endpoints that exist, each relation once. */
async function readRelations(corpusDir: string, anchors: CorpusAnchors, problems: string[]): Promise<Relation[]> {
  const file = `corpus/${RELATIONS_NAME}`;
  const text = await readFile(path.join(corpusDir, RELATIONS_NAME), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const valid = validateYaml(relationsSchema, file, text, 1, problems);
  if (!valid) return [];
  const seen = new Map<string, number>();
  valid.data.forEach((relation, index) => {
    for (const field of ['from', 'to', 'statedIn'] as const) {
      const value = relation[field];
      if (value === undefined) continue;
      const place = parsePlace(value);
      const instrument = anchors.instruments[place.instrument];
      if (!instrument || (place.eid !== undefined && !instrument.anchors.includes(place.eid))) {
        problems.push(`${fileAt(file, valid.lineOf([index, field]))}: field "${index}.${field}": no provision "${value}" in the corpus`);
      }
    }
    const key = `${relation.type} ${relation.from} ${relation.to}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${fileAt(file, valid.lineOf([index]))}: relation ${key} is declared twice (first as item ${earlier})`);
    seen.set(key, index);
  });
  return valid.data;
}

/** The message that stops a build or a check: how many problems, then one per line. */
export function corpusProblemsMessage(problems: readonly string[]): string {
  return `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`;
}

/** Checks the corpus at `corpusDir`; returns one message per problem, paths relative to the project. */
export async function checkCorpusDir(corpusDir: string): Promise<string[]> {
  return (await indexCorpus(corpusDir)).problems;
}

/** Checks and indexes the corpus at `corpusDir`. */
export async function indexCorpus(corpusDir: string): Promise<CorpusIndex> {
  const problems: string[] = [];
  const analysed: { file: string; unit: TextUnit; nodes: ProvisionNode<Inline>[] }[] = [];
  const instruments: LoadedInstrument[] = [];
  const texts: TextFileFacts[] = [];
  const anchorsBySlug = new Map<string, AnchorSites>();
  // Reported after the whole-instrument checks, which usually name their cause (two files numbered alike).
  const duplicateAnchors: string[] = [];
  for (const relative of await listFiles(corpusDir)) {
    const file = `corpus/${relative}`;
    if (relative === REGISTRY_NAME || relative === RELATIONS_NAME) continue;
    if (!LAYOUT.some((pattern) => pattern.test(relative))) {
      problems.push(`${file}: is outside the expected layout (${EXPECTED_LAYOUT})`);
      continue;
    }
    const decoded = decode(file, await readFile(path.join(corpusDir, relative)));
    if (decoded.text === undefined) {
      problems.push(decoded.problem ?? `${file}: unreadable`);
      continue;
    }
    const slug = relative.split('/')[0] ?? '';
    if (relative.endsWith('instrument.yaml')) {
      const valid = validateYaml(instrumentSchema, file, decoded.text, 1, problems);
      if (valid) instruments.push({ slug, file, meta: valid.data, lineOf: valid.lineOf });
      continue;
    }
    const parts = splitFrontmatter(decoded.text);
    if (!parts) {
      problems.push(`${file}:1: has no frontmatter (expected a block between --- lines at the top)`);
      continue;
    }
    // Frontmatter starts on the file's second line, after the opening "---".
    const unit = validateYaml(textUnitSchema, file, parts.yaml, 2, problems)?.data;
    if (!unit) continue;
    texts.push({ file: relative, instrument: unit.instrument, kind: unit.kind, number: unit.kind === 'article' ? unit.number : undefined });
    const nodes = analyseText(file, parts.body, unit, problems);
    if (nodes) analysed.push({ file, unit, nodes });
    const anchors = nodes ? [{ eid: ownAnchor(unit), line: 1 }, ...anchorsOf(nodes)] : [];
    const sites = anchorsBySlug.get(unit.instrument) ?? new Map<string, string>();
    anchorsBySlug.set(unit.instrument, sites);
    for (const { eid, line } of anchors) {
      const earlier = sites.get(eid);
      if (earlier) duplicateAnchors.push(`${file}:${line}: anchor "${eid}" is already defined at ${earlier}`);
      else sites.set(eid, `${file}:${line}`);
    }
  }
  problems.push(...checkCorpus(instruments.map(({ slug, meta }) => ({ slug, articleCount: meta.articleCount, divisions: meta.divisions })), texts).map((problem) => `corpus/${problem}`));
  for (const instrument of instruments) {
    const sites = anchorsBySlug.get(instrument.slug) ?? new Map<string, string>();
    anchorsBySlug.set(instrument.slug, sites);
    for (const { eid } of placeDivisions(instrument.meta.divisions)) sites.set(eid, instrument.file);
    problems.push(...checkReferences(instrument, sites));
  }
  problems.push(...duplicateAnchors);
  const anchors: CorpusAnchors = {
    instruments: Object.fromEntries(
      instruments.map((instrument) => [instrument.slug, { parent: instrument.meta.supplements, citationName: instrument.meta.citationName, anchors: [...(anchorsBySlug.get(instrument.slug)?.keys() ?? [])] }]),
    ),
  };
  for (const instrument of instruments) {
    const parent = instrument.meta.supplements;
    if (parent !== undefined && !anchors.instruments[parent]) {
      problems.push(`${fileAt(instrument.file, instrument.lineOf(['supplements']))}: field "supplements": no instrument "${parent}" in the corpus`);
    }
  }
  // With a file unreadable, its anchors would all look withdrawn: check the registry and the references on a sound corpus only.
  if (problems.length > 0) return { problems, anchors, references: [], relations: [] };
  const relations = await readRelations(corpusDir, anchors, problems);
  const references = analysed.flatMap(({ file, unit, nodes }) =>
    referencesOf(nodes, ownAnchor(unit), unit.instrument, unit.kind === 'article' ? unit.number : undefined, anchors).map((record) => ({ ...record, file })),
  );
  for (const record of references) {
    for (const link of record.links) {
      if (!link.resolution.ok && link.resolution.dangling) problems.push(`${record.file}:${record.line}: the reference “${record.text}” ${link.resolution.reason}`);
    }
  }
  const registry = await readRegistry(corpusDir, problems);
  if (registry) problems.push(...checkRegistry(registry, anchorsBySlug));
  return { problems, anchors, references, relations };
}
