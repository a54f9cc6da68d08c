/**
 * Our judged set of queries: what researchers, students and lawyers type, each with the addresses a
 * correct answer lands on. It covers phrases, concepts, definitions, word forms, spellings, typos,
 * plain-word questions, citations and filters, across every instrument and layer. The benchmark
 * reports success@1, success@3 and MRR over it, and a browser test holds a floor.
 *
 * A judgement lists every address that answers the query well; the first result must be one of them.
 */
import { LAYERS } from '../../src/lib/layers.ts';
import { documentPath, provisionPath } from '../../src/lib/urls.ts';

/** One judged query. */
export interface Judgement {
  /** What the reader types. */
  readonly query: string;
  /** What kind of query it is, for the report. */
  readonly kind: 'definition' | 'phrase' | 'concept' | 'word form' | 'spelling' | 'typo' | 'question' | 'citation' | 'filter' | 'layer';
  /** Filter values ticked, by facet. */
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  /** The addresses a correct answer lands on. */
  readonly correct: readonly string[];
}

const TP = 'trafficking-protocol';
const UNTOC = 'organized-crime-convention';
const CRC = 'rights-of-the-child-convention';
const CEDAW = 'discrimination-against-women-convention';
const C029 = 'forced-labour-convention';
const C105 = 'abolition-of-forced-labour-convention';
const P029 = 'forced-labour-protocol';
const COE = 'council-of-europe-trafficking-convention';

const at = (instrument: string, ...eids: string[]): string[] => eids.map((eid) => provisionPath(instrument, eid));
const history = (instrument: string, article: number): string => `/${instrument}/article-${article}/#drafting-history`;
const guide = (instrument: string, article: number): string => `/${instrument}/article-${article}/#readers-guide`;
const COMMENTARY = LAYERS.commentary.label;

/** The judged queries. */
export const RELEVANCE_SET: readonly Judgement[] = [
  // Definitions: the definition first.
  { query: 'trafficking in persons', kind: 'definition', correct: at(TP, 'art_3__point_a') },
  { query: 'organized criminal group', kind: 'definition', correct: at(UNTOC, 'art_2__point_a') },
  { query: 'serious crime', kind: 'definition', correct: at(UNTOC, 'art_2__point_b') },
  {
    query: 'definition of child',
    kind: 'definition',
    correct: [...at(TP, 'art_3__point_d'), ...at(CRC, 'art_1'), ...at(COE, 'art_4__point_d')],
  },
  { query: 'forced or compulsory labour', kind: 'definition', correct: at(C029, 'art_2__para_1') },
  { query: 'discrimination against women', kind: 'definition', correct: at(CEDAW, 'art_1') },
  { query: 'proceeds of crime', kind: 'definition', correct: at(UNTOC, 'art_2__point_e') },
  { query: 'what is a victim', kind: 'definition', correct: at(COE, 'art_4__point_e') },
  { query: 'confiscation', kind: 'definition', correct: at(UNTOC, 'art_2__point_g') },
  { query: 'trafficking in human beings', kind: 'definition', correct: at(COE, 'art_4__point_a') },
  { query: 'controlled delivery', kind: 'definition', correct: at(UNTOC, 'art_2__point_i') },
  { query: 'public official', kind: 'definition', correct: at(UNTOC, 'art_8__para_4') },
  { query: 'meaning of structured group', kind: 'definition', correct: at(UNTOC, 'art_2__point_c') },
  // Phrases.
  { query: 'position of vulnerability', kind: 'phrase', correct: [...at(TP, 'art_3__point_a'), ...at(COE, 'art_4__point_a')] },
  { query: 'statute of limitations', kind: 'phrase', correct: at(UNTOC, 'art_11__para_5') },
  {
    query: '"physical, psychological and social recovery"',
    kind: 'phrase',
    correct: [...at(TP, 'art_6__para_3__intro'), ...at(CRC, 'art_39'), ...at(COE, 'art_12__para_1__intro')],
  },
  { query: 'joint investigations', kind: 'phrase', correct: at(UNTOC, 'art_19') },
  { query: 'special investigative techniques', kind: 'phrase', correct: at(UNTOC, 'art_20', 'art_20__para_1') },
  { query: 'mutual legal assistance', kind: 'phrase', correct: at(UNTOC, 'art_18', 'art_18__para_1') },
  { query: 'transfer of sentenced persons', kind: 'phrase', correct: at(UNTOC, 'art_17') },
  { query: 'liability of legal persons', kind: 'phrase', correct: at(UNTOC, 'art_10', 'art_10__para_1') },
  { query: 'obstruction of justice', kind: 'phrase', correct: at(UNTOC, 'art_23') },
  { query: 'recovery and reflection period', kind: 'phrase', correct: at(COE, 'art_13', 'art_13__para_1') },
  { query: 'residence permit', kind: 'phrase', correct: at(COE, 'art_14', 'art_14__para_1__intro') },
  { query: 'compulsory military service', kind: 'phrase', correct: at(C029, 'art_2__para_2__point_a') },
  { query: 'political coercion', kind: 'phrase', correct: at(C105, 'art_1__point_a') },
  { query: 'due diligence', kind: 'phrase', correct: at(P029, 'art_2__point_e') },
  { query: 'sale of children', kind: 'phrase', correct: at(CRC, 'art_35') },
  { query: 'exploitation of prostitution of women', kind: 'phrase', correct: at(CEDAW, 'art_6') },
  // Concepts, one or two words.
  { query: 'extradition', kind: 'concept', correct: at(UNTOC, 'art_16', 'art_16__para_1') },
  { query: 'witness protection', kind: 'concept', correct: at(UNTOC, 'art_24', 'art_24__para_1') },
  { query: 'corruption', kind: 'concept', correct: at(UNTOC, 'art_8', 'art_9') },
  { query: 'repatriation of victims', kind: 'concept', correct: [...at(TP, 'art_8'), ...at(COE, 'art_16')] },
  { query: 'border measures', kind: 'concept', correct: at(TP, 'art_11') },
  { query: 'security and control of documents', kind: 'concept', correct: at(TP, 'art_12') },
  { query: 'legitimacy and validity of documents', kind: 'concept', correct: at(TP, 'art_13') },
  { query: 'saving clause', kind: 'concept', correct: at(TP, 'art_14') },
  { query: 'information exchange and training', kind: 'concept', correct: at(TP, 'art_10') },
  { query: 'non-punishment', kind: 'concept', correct: at(COE, 'art_26') },
  { query: 'housing', kind: 'concept', correct: at(TP, 'art_6__para_3__point_a') },
  // Word forms: another inflection than the text's.
  {
    query: 'victim compensation',
    kind: 'word form',
    correct: [...at(TP, 'art_6__para_6'), ...at(UNTOC, 'art_25__para_2'), ...at(COE, 'art_15__para_3', 'art_15__para_4')],
  },
  { query: 'witnesses', kind: 'word form', correct: at(UNTOC, 'art_24', 'art_24__para_1') },
  { query: 'repatriate', kind: 'word form', correct: [...at(TP, 'art_8', 'art_8__para_1', 'art_8__para_2'), ...at(COE, 'art_16')] },
  { query: 'consent irrelevant', kind: 'word form', correct: [...at(TP, 'art_3__point_b'), ...at(COE, 'art_4__point_b')] },
  // Spellings.
  { query: 'forced labor', kind: 'spelling', correct: at(C029, 'art_2__para_1') },
  { query: 'organised criminal group', kind: 'spelling', correct: at(UNTOC, 'art_2__point_a') },
  { query: 'harboring', kind: 'spelling', correct: [...at(TP, 'art_3__point_a', 'art_3__point_c'), ...at(COE, 'art_4__point_a')] },
  { query: 'money laundering', kind: 'spelling', correct: at(UNTOC, 'art_7', 'art_6') },
  { query: 'criminalisation of corruption', kind: 'spelling', correct: at(UNTOC, 'art_8') },
  // Typing errors.
  { query: 'trafficing in persons', kind: 'typo', correct: at(TP, 'art_3__point_a') },
  { query: 'extradtion', kind: 'typo', correct: at(UNTOC, 'art_16', 'art_16__para_1') },
  { query: 'organzied criminal group', kind: 'typo', correct: at(UNTOC, 'art_2__point_a') },
  { query: 'repatriaton of victims', kind: 'typo', correct: [...at(TP, 'art_8'), ...at(COE, 'art_16')] },
  // Plain-word questions.
  { query: 'can victims remain in the territory', kind: 'question', correct: at(TP, 'art_7__para_1') },
  { query: 'who must protect witnesses', kind: 'question', correct: at(UNTOC, 'art_24', 'art_24__para_1') },
  {
    query: 'what is the age of a child',
    kind: 'question',
    correct: [...at(TP, 'art_3__point_d'), ...at(CRC, 'art_1'), ...at(COE, 'art_4__point_d')],
  },
  {
    query: 'how are victims protected from their traffickers',
    kind: 'question',
    correct: [...at(TP, 'art_6', 'art_9__para_1__point_b'), ...at(COE, 'art_28')],
  },
  // Citations.
  { query: 'art. 6(3)(b)', kind: 'citation', correct: at(TP, 'art_6__para_3__point_b') },
  { query: 'Protocol 6(3)(b)', kind: 'citation', correct: at(TP, 'art_6__para_3__point_b') },
  { query: 'UNTOC art. 18(13)', kind: 'citation', correct: at(UNTOC, 'art_18__para_13') },
  { query: 'CRC 34', kind: 'citation', correct: at(CRC, 'art_34') },
  { query: 'art_3__point_a', kind: 'citation', correct: at(TP, 'art_3__point_a') },
  { query: 'A/55/383', kind: 'citation', correct: [documentPath('A/55/383')] },
  { query: 'CEDAW art. 6', kind: 'citation', correct: at(CEDAW, 'art_6') },
  { query: 'C029 art. 2(1)', kind: 'citation', correct: at(C029, 'art_2__para_1') },
  { query: 'CETS 197 art. 4(a)', kind: 'citation', correct: at(COE, 'art_4__point_a') },
  { query: 'Convention art. 5', kind: 'citation', correct: at(UNTOC, 'art_5') },
  // Filters and layers.
  { query: 'victims', kind: 'filter', filters: { instrument: ['Convention on the Rights of the Child'] }, correct: at(CRC, 'art_39') },
  { query: 'exploitation', kind: 'filter', filters: { instrument: ['CEDAW'] }, correct: at(CEDAW, 'art_6') },
  {
    query: 'punishment',
    kind: 'filter',
    filters: { instrument: ['Abolition of Forced Labour Convention, 1957 (No. 105)'] },
    correct: at(C105, 'art_1__point_a', 'art_1__point_d'),
  },
  {
    query: 'residence',
    kind: 'filter',
    filters: { theme: ['Non-punishment and the residence of victims'] },
    correct: at(COE, 'art_14', 'art_14__para_1__intro'),
  },
  {
    query: 'vulnerability',
    kind: 'layer',
    filters: { layer: ['Official interpretative note'] },
    correct: ['/trafficking-protocol/article-3/#note-art_3__point_a-1'],
  },
  { query: 'Argentina definitions', kind: 'layer', filters: { layer: ['Drafting history'] }, correct: [history(TP, 3), history(TP, 4)] },
  { query: 'why consent is irrelevant', kind: 'layer', filters: { layer: [COMMENTARY] }, correct: [guide(TP, 3)] },
  { query: 'compensation', kind: 'layer', filters: { layer: [COMMENTARY] }, correct: [guide(TP, 6)] },
];
