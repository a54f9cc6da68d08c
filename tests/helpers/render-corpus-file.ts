/** Renders one corpus text file as the build does: the one parser, the reference resolver and the one renderer. */
import { parse as parseYaml } from 'yaml';
import type { Connection } from '../../src/lib/connections.ts';
import { CorpusError } from '../../src/lib/corpus-error.ts';
import { splitFrontmatter } from '../../src/corpus/files.ts';
import type { InstrumentNames } from '../../src/corpus/model.ts';
import { ownAnchor, parseTextBody } from '../../src/corpus/parse-text.ts';
import { resolveReferences } from '../../src/corpus/resolve-references.ts';
import { provisionsHtml, type Doubt } from '../../src/render/provisions.ts';
import { textUnitSchema } from '../../src/schemas/text-unit.ts';

/** The origin the tests pretend to publish at. */
export const TEST_SITE = 'https://example.test';

/** The rest of the corpus, as far as one file's rendering needs it. */
export interface Surroundings {
  /** Each instrument's citation name, parent and anchors. */
  readonly instruments?: Readonly<
    Record<string, { readonly parent?: string; readonly citationName: string; readonly anchors: readonly string[] }>
  >;
  /** What connects to each place, by place key. */
  readonly connections?: Readonly<Record<string, readonly Connection[]>>;
  /** Readings in doubt, by anchor id. */
  readonly doubts?: Readonly<Record<string, readonly Doubt[]>>;
}

/** Renders `source` (a whole corpus file, frontmatter included); throws CorpusError with the line of a mistake. */
export function renderCorpusFile(source: string, around: Surroundings = {}): string {
  const parts = splitFrontmatter(source);
  const parsed = textUnitSchema.safeParse(parts ? parseYaml(parts.yaml) : {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusError(`frontmatter field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`, 1);
  }
  const unit = parsed.data;
  const instruments = around.instruments ?? {};
  const names: InstrumentNames = Object.fromEntries(
    Object.entries(instruments).map(([slug, entry]) => [slug, { citationName: entry.citationName, supplements: entry.parent }]),
  );
  const anchors = new Map(Object.entries(instruments).map(([slug, entry]) => [slug, new Set(entry.anchors)]));
  const where = {
    instrument: unit.instrument,
    file: 'corpus/demo/input.mdx',
    own: ownAnchor(unit),
    article: unit.kind === 'article' ? unit.number : undefined,
  };
  const { provisions } = resolveReferences(parseTextBody(parts?.body ?? source, unit), where, { names, anchors });
  return provisionsHtml(provisions, {
    instrument: unit.instrument,
    site: TEST_SITE,
    names,
    connections: around.connections ?? {},
    doubts: around.doubts ?? {},
  });
}
