/**
 * The corpus model as the pages use it, taken from Astro's content store (where the loader put
 * the model read by src/corpus/), and the context the renderer needs for one instrument.
 */
import { getEntry } from 'astro:content';
import { MODEL_ENTRY } from '../corpus/astro-loader.ts';
import { instrumentNames, provisionWords, textsOf, type CorpusModel, type InstrumentModel } from '../corpus/model.ts';
import type { Doubt, RenderContext } from '../render/provisions.ts';
import { definedTerms } from '../lib/definitions.ts';
import type { Definition } from '../lib/term-links.ts';
import { SITE } from '../site.ts';

let cache: Promise<CorpusModel> | undefined;

async function load(): Promise<CorpusModel> {
  const entry = await getEntry('corpus', MODEL_ENTRY);
  if (!entry) throw new Error('the corpus model is not in the content store; was the corpus loader run?');
  return entry.data;
}

/** The corpus model, fetched from the content store once per build. */
export function corpusModel(): Promise<CorpusModel> {
  cache ??= load();
  return cache;
}

/** Every instrument, oldest adoption first. */
export async function loadCorpus(): Promise<readonly InstrumentModel[]> {
  return (await corpusModel()).instruments;
}

/** The static paths of a page per instrument: `[instrument]` is its folder name, and the page gets the instrument. */
export async function instrumentPaths(): Promise<{ params: { instrument: string }; props: { instrument: InstrumentModel } }[]> {
  return (await loadCorpus()).map((instrument) => ({ params: { instrument: instrument.slug }, props: { instrument } }));
}

/**
 * The definitions that govern the texts of `instrument`: its own, and those of the instrument it
 * supplements (the Convention's "organized criminal group" in the Protocol), its own winning.
 */
function definitionsFor(model: CorpusModel, slug: string): Definition[] {
  const own = model.instruments.find((entry) => entry.slug === slug);
  const parent = model.instruments.find((entry) => entry.slug === own?.meta.supplements);
  const byTerm = new Map<string, Definition>();
  for (const instrument of [parent, own]) {
    for (const definition of instrument ? ownDefinitions(instrument) : []) byTerm.set(definition.term, definition);
  }
  return [...byTerm.values()];
}

/** The terms `instrument` itself defines, in the order of its text. */
function ownDefinitions(instrument: InstrumentModel): Definition[] {
  return textsOf(instrument).flatMap((text) =>
    provisionWords(text).flatMap(({ eid, words }) => definedTerms(words).map((term) => ({ term, eid, instrument: instrument.slug }))),
  );
}

/** Every instrument with the terms it defines (the glossary's list), instruments without definitions left out. */
export async function definitionsByInstrument(): Promise<{ instrument: InstrumentModel; definitions: Definition[] }[]> {
  return (await loadCorpus())
    .map((instrument) => ({ instrument, definitions: ownDefinitions(instrument) }))
    .filter(({ definitions }) => definitions.length > 0);
}

/** What the renderer needs to render the texts of `instrument`. */
export async function renderContext(instrument: string): Promise<RenderContext> {
  const model = await corpusModel();
  const readings = model.instruments.find((entry) => entry.slug === instrument)?.meta.readings ?? [];
  const doubts: Record<string, Doubt[]> = {};
  for (const { provision, reading, doubt } of readings) (doubts[provision] ??= []).push({ reading, doubt });
  return {
    instrument,
    site: SITE.origin,
    names: instrumentNames(model.instruments),
    connections: model.connections,
    doubts,
    definitions: definitionsFor(model, instrument),
  };
}
