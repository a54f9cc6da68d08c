/**
 * The drafting history and the interpretative notes, stored apart from the authentic text:
 * corpus/history/events.yaml (the timeline), corpus/history/documents.yaml (the register of UN
 * documents), corpus/history/<instrument>/NN.yaml (an article's drafting history, our research) and
 * corpus/notes/<instrument>.yaml (the official interpretative notes). Every fact carries its source.
 */
import { z } from 'astro/zod';
import { isEid } from '../lib/eid.ts';
import { httpsUrl, isoDate, line } from './fields.ts';

/**
 * A UN document symbol as printed, e.g. "A/AC.254/4/Add.3/Rev.1" or "A/RES/55/25", or a
 * resolution's number where the sources print only that ("53/111"): a symbol is never made up.
 */
export const symbol = z.string().regex(/^(?:[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.()-]+)+|\d{2,4}\/\d{1,4})$/, {
  error: 'expected a UN document symbol such as "A/AC.254/4/Add.3", or a resolution number such as "53/111"',
});

/** A source of a fact: what it is, where, where in it, and the words it shows. */
export const historySourceSchema = z.strictObject({
  /** What the source is, e.g. "UNODC, Travaux Préparatoires (2006)". */
  title: line,
  /** Where it can be read, when it is online. */
  url: httpsUrl.optional(),
  /** Page or paragraph in it, e.g. "p. 345" or "para. 63". */
  pinpoint: line.optional(),
  /** The words of the source that state the fact, exactly as printed. */
  quote: z.string().min(1).optional(),
});

const sourced = {
  /** The sources of what the entry states; at least one. */
  sources: z.array(historySourceSchema).min(1),
  /** What could not be confirmed and is therefore not stated. Default: none. */
  unconfirmed: z.array(line).default([]),
};

/** A provision of the Protocol or another instrument: "instrument#anchor" or an article number of the instrument at hand. */
const provisionRef = z.string().refine(
  (value) => {
    const [instrument = '', eid, extra] = value.split('#');
    return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(instrument) && eid !== undefined && isEid(eid) && extra === undefined;
  },
  { error: 'expected "instrument#anchor", e.g. "trafficking-protocol#art_3"' },
);

/** The kinds of event on the timeline. */
export const EVENT_KINDS = ['meeting', 'session', 'resolution', 'adoption', 'signature', 'entry-into-force', 'report'] as const;

/** One event of the timeline. */
export const eventSchema = z
  .strictObject({
    /** Its id and URL segment, e.g. "ahc-session-1". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id such as "ahc-session-1"' }),
    /** The day, for a one-day event. */
    date: isoDate.optional(),
    /** The first day, for an event over several days. */
    from: isoDate.optional(),
    /** The last day, for an event over several days. */
    to: isoDate.optional(),
    /** The body that met or acted, e.g. "General Assembly". */
    body: line,
    /** The number of its session, where the source numbers it. */
    session: z.int().positive().optional(),
    /** Where it took place, where sourced. */
    place: line.optional(),
    /** What kind of event. */
    kind: z.enum(EVENT_KINDS),
    /** What happened, in our words. */
    summary: line,
    /** The UN documents of the event, by symbol; each must be in the register. Default: none. */
    documents: z.array(symbol).default([]),
    /** The provisions it concerns. Default: none. */
    provisions: z.array(provisionRef).default([]),
    ...sourced,
  })
  .superRefine((value, ctx) => {
    const single = value.date !== undefined;
    const range = value.from !== undefined && value.to !== undefined;
    if (single === range) ctx.addIssue({ code: 'custom', path: ['date'], message: 'give either a date, or a range with from and to' });
    if (range && (value.to ?? '') < (value.from ?? ''))
      ctx.addIssue({ code: 'custom', path: ['to'], message: `ends (${value.to ?? ''}) before it starts (${value.from ?? ''})` });
  });

/** The kinds of document in the register. */
export const DOCUMENT_KINDS = ['draft', 'revision', 'proposal', 'note', 'report', 'resolution', 'other'] as const;

/** One UN document of the negotiation. */
export const documentSchema = z.strictObject({
  /** Its symbol, exactly as printed. */
  symbol,
  /** Its title, as a source gives it. */
  title: line,
  /** Its date, where sourced. */
  date: isoDate.optional(),
  /** What kind of document. */
  kind: z.enum(DOCUMENT_KINDS),
  /** The session of the Ad Hoc Committee it belongs to, where sourced. */
  session: z.int().positive().optional(),
  /** What it contains, in our words. */
  contains: line,
  /** Other words by which texts mention it, exactly as printed, e.g. "General Assembly resolution 53/111". Default: none. */
  mentionedAs: z.array(line).default([]),
  ...sourced,
});

/** One statement of a drafting history: our sentence, resting on the documents it cites. */
const statementSchema = z.strictObject({
  /** Our sentence. */
  text: line,
  /** The sources, each with its pinpoint. */
  sources: z.array(historySourceSchema).min(1),
});

/** An earlier version of the article, exactly as a source quotes it. */
const negotiationTextSchema = z.strictObject({
  /** The symbol of the draft it stands in; must be in the register. */
  symbol,
  /** The session it was before, where sourced. */
  session: z.int().positive().optional(),
  /** What the draft called the article, e.g. "Article 2 bis". */
  label: line.optional(),
  /** The words, exactly as the source quotes them. */
  text: z.string().min(1),
  /** Where the quotation was read. */
  source: historySourceSchema,
});

/** The drafting history of one article (corpus/history/<instrument>/NN.yaml). */
export const articleHistorySchema = z.strictObject({
  /** The article's number; must match the file name. */
  article: z.int().positive(),
  /** Our statements, in order. */
  statements: z.array(statementSchema).default([]),
  /** Earlier versions, oldest first. */
  negotiationTexts: z.array(negotiationTextSchema).default([]),
  /** What could not be read or confirmed for this article. Default: none. */
  missing: line.optional(),
});

/** One official interpretative note (corpus/notes/<instrument>.yaml). */
export const noteSchema = z
  .strictObject({
    /** The document that holds it, e.g. "A/55/383/Add.1"; must be in the register. */
    document: symbol,
    /** Its paragraph in that document, where a source gives it. */
    paragraph: z.int().positive().optional(),
    /** The anchor of the provision it interprets, e.g. "art_3__point_a"; must exist. */
    provision: z.string().refine(isEid, { error: 'expected an anchor such as "art_3__point_a"' }),
    /** Its official wording, only where a source shows the whole note. */
    wording: z.string().min(1).optional(),
    /** The source that shows the whole wording; required with `wording`. */
    wordingSource: historySourceSchema.optional(),
    /** Our one-sentence summary. */
    summary: line,
    /** Where its existence, paragraph and provision are confirmed. */
    sources: z.array(historySourceSchema).min(1),
  })
  .refine((value) => (value.wording === undefined) === (value.wordingSource === undefined), {
    error: 'a note reproduced word for word names the source that shows it whole (wordingSource), and only then',
    path: ['wordingSource'],
  });

/** The anchor of a note on its article's page: by its paragraph, or by the provision it interprets and its place among that provision's notes. */
export function noteAnchor(note: { readonly paragraph?: number | undefined; readonly provision: string }, index: number): string {
  return note.paragraph === undefined ? `note-${note.provision}-${index + 1}` : `note-${note.paragraph}`;
}

/** The files' top-level shapes. */
export const eventsSchema = z.array(eventSchema);
/** The register. */
export const documentsSchema = z.array(documentSchema);
/** The notes on one instrument. */
export const notesSchema = z.array(noteSchema);

/** Parsed entries. */
export type HistoryEvent = z.infer<typeof eventSchema>;
/** A registered document. */
export type HistoryDocument = z.infer<typeof documentSchema>;
/** An article's drafting history. */
export type ArticleHistory = z.infer<typeof articleHistorySchema>;
/** An interpretative note. */
export type InterpretativeNote = z.infer<typeof noteSchema>;
/** A source of the history layers. */
export type HistorySource = z.infer<typeof historySourceSchema>;
