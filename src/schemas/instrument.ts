/**
 * Metadata of an instrument (corpus/<slug>/instrument.yaml): what it is, when and by whom it
 * was adopted, where its official text is, how our copy was verified, and how it is divided.
 */
import { z } from 'astro/zod';
import type { Division } from '../lib/divisions.ts';
import { isEid } from '../lib/eid.ts';
import { httpsUrl, isoDate, line } from './fields.ts';

/** A division and, recursively, the divisions inside it. */
export const divisionSchema: z.ZodType<Division> = z.lazy(() =>
  z.strictObject({
    /** Part, chapter or section. */
    type: z.enum(['part', 'chapter', 'section']),
    /** Its number as printed, e.g. "I" or "2". */
    num: z.string().regex(/^[0-9A-Za-z]+$/, { error: 'expected a division number such as "I" or "2"' }),
    /** Its number exactly as printed above the heading, e.g. "I." or "Chapter I". */
    label: line,
    /** Its heading as printed. Default: none (the text prints only the label, e.g. "PART I"). */
    heading: line.optional(),
    /** First article in it. */
    firstArticle: z.int().positive(),
    /** Last article in it. */
    lastArticle: z.int().positive(),
    /** Divisions inside it, if any (e.g. sections of a chapter). Default: none. */
    divisions: z.array(divisionSchema).optional(),
  }),
);

/** A public source that was read. */
export const sourceSchema = z.strictObject({
  /** What the source is, e.g. "United Nations Treaty Series, vol. 2237". */
  title: line,
  /** Where it can be read, when it is online. */
  url: httpsUrl.optional(),
});

/** One verification of our text against public sources. */
export const verificationSchema = z.strictObject({
  /** Day the check was made. */
  date: isoDate,
  /** What was compared with what, and how. */
  method: line,
  /** The sources compared. */
  sources: z.array(sourceSchema).min(1),
  /** What the check found, including any difference between sources and how it was settled. */
  result: line,
});

/** An anchor id of a provision of this instrument, e.g. "art_16__para_1". */
const provisionRef = z.string().refine(isEid, { error: 'expected an anchor id such as "art_16__para_1"' });

/** Another value a source gives for a fact, where sources disagree. */
const otherValue = z.strictObject({
  /** The value as that source gives it, e.g. "18 December 1979". */
  value: line,
  /** The source that gives it. */
  source: line,
});

/** A fact we state about the instrument, with where it comes from. */
const sourcedFact = {
  /** Where the fact comes from: a provision of the instrument itself or an outside source. */
  source: line,
  /** The provision of the instrument that states or governs the fact, if any; checked to exist. */
  provision: provisionRef.optional(),
  /** Where other sources give another value, each of them with its source; the page shows all. Default: none. */
  otherValues: z.array(otherValue).min(1).optional(),
};

/** Where and when an instrument was open for signature. */
const signatureSchema = z.strictObject({
  /** The places and periods, in order. */
  periods: z
    .array(
      z.strictObject({
        /** Place of signature; omitted where the text and the sources name none. */
        place: line.optional(),
        /** First day; omitted where the text says only "thereafter". */
        from: isoDate.optional(),
        /** Last day; omitted where it stays open without limit. */
        to: isoDate.optional(),
      }),
    )
    .min(1),
  ...sourcedFact,
});

/** What every instrument states, whichever organization it was made in. */
const common = {
  /** Official title, exactly as in the authentic text. */
  title: line,
  /** Short titles in common use; the first is the one the site uses. */
  shortTitles: z.array(line).min(1),
  /** Name used in citations, e.g. "Trafficking in Persons Protocol". */
  citationName: line,
  /**
   * The titles by which the texts of other instruments name this one, exactly as printed, e.g.
   * "Forced Labour Convention, 1930"; each such mention links here. Default: none.
   */
  namedInTextsAs: z.array(line).default([]),
  /** What kind of instrument. */
  type: z.enum(['convention', 'protocol']),
  /** Folder name of the instrument this one supplements (a Protocol's Convention), if any; checked to exist. */
  supplements: z.string().optional(),
  /** Depositary. */
  depositary: z.strictObject({ name: line, ...sourcedFact }),
  /** Authentic languages, in the order the final clauses list them. */
  authenticLanguages: z.strictObject({ languages: z.array(line).min(1), ...sourcedFact }),
  /** Registration with the UN Secretariat and publication in the Treaty Series, where confirmed. */
  registration: z
    .strictObject({
      /** Day of registration with the Secretariat. */
      date: isoDate.optional(),
      /** Registration number. */
      number: line.optional(),
      /** UNTS volume. */
      untsVolume: z.int().positive().optional(),
      /** UNTS first page. */
      untsPage: z.int().positive().optional(),
      ...sourcedFact,
    })
    .optional(),
  /** The official source of our text. */
  officialSource: sourceSchema,
  /** How our copy of the text was verified, most recent last. */
  verification: z.array(verificationSchema).min(1),
  /** Facts we could not confirm and therefore do not state; say what is missing. Default: none. */
  unconfirmed: z.array(line).default([]),
  /**
   * Readings of the text that `unconfirmed` or the verification record leaves in doubt, each tied to
   * the provision it concerns, so that the page flags it there. Default: none.
   */
  readings: z
    .array(
      z.strictObject({
        /** Anchor id of the provision whose own words hold the reading; checked to exist. */
        provision: provisionRef,
        /** The words in doubt, exactly as the text has them; checked to occur there. Omitted for a doubt about an absence. */
        reading: line.optional(),
        /** Why it is in doubt, one sentence. */
        doubt: line,
      }),
    )
    .default([]),
  /** Number of articles in the instrument. */
  articleCount: z.int().positive(),
  /** Top-level divisions, in order. Default: none (the articles stand directly in the text). */
  divisions: z.array(divisionSchema).default([]),
};

/** A United Nations treaty: adopted by a General Assembly resolution, opened for signature, in force on a date the text sets. */
const unInstrument = z.strictObject({
  ...common,
  /** The organization it was made in. */
  organization: z.literal('un'),
  /** Adoption. */
  adoption: z.strictObject({
    /** Day of adoption. */
    date: isoDate,
    /** The body that adopted it, e.g. "United Nations General Assembly". */
    by: line,
    /** The adopting act, e.g. "resolution 55/25". */
    act: line,
    /** The annex of that act in which the text stands, e.g. "II". Default: none. */
    annex: line.optional(),
    /** UN document symbol of the adopting act, e.g. "A/RES/55/25". */
    document: line.optional(),
    ...sourcedFact,
  }),
  /** Where and when it was open for signature. */
  signature: signatureSchema,
  /** Entry into force. */
  entryIntoForce: z.strictObject({ date: isoDate, ...sourcedFact }),
});

/**
 * An ILO convention or protocol: adopted by the General Conference at a numbered session, then
 * ratified; it is never signed, so it has no signature.
 */
const iloInstrument = z.strictObject({
  ...common,
  /** The organization it was made in. */
  organization: z.literal('ilo'),
  /** The ILO's own code for it, e.g. "C029" or "P029". */
  iloCode: z.string().regex(/^[CP]\d{3}$/, { error: 'expected an ILO code such as "C029" or "P029"' }),
  /** Adoption by the General Conference. */
  adoption: z.strictObject({
    /** Day of adoption. */
    date: isoDate,
    /** Always the General Conference of the International Labour Organisation. */
    by: z.literal('General Conference of the International Labour Organisation'),
    /** Number of the session of the Conference, e.g. 14. */
    session: z.int().positive(),
    /** Where the session met, e.g. "Geneva". */
    place: line,
    ...sourcedFact,
  }),
  /** Entry into force. */
  entryIntoForce: z.strictObject({ date: isoDate, ...sourcedFact }),
});

/**
 * A Council of Europe convention: adopted by the Committee of Ministers, opened for signature later
 * and elsewhere, in force once a number of ratifications is reached.
 */
const coeInstrument = z.strictObject({
  ...common,
  /** The organization it was made in. */
  organization: z.literal('coe'),
  /** Its number in the Council of Europe Treaty Series, e.g. 197. */
  cetsNumber: z.int().positive(),
  /** Adoption by the Committee of Ministers. */
  adoption: z.strictObject({
    /** Day of adoption. */
    date: isoDate,
    /** Always the Committee of Ministers of the Council of Europe. */
    by: z.literal('Committee of Ministers of the Council of Europe'),
    /** The meeting at which it was adopted, e.g. "925th meeting of the Ministers' Deputies". Default: not stated. */
    meeting: line.optional(),
    ...sourcedFact,
  }),
  /** Where and when it was opened for signature. */
  signature: signatureSchema,
  /** Entry into force, and how many ratifications it needed. */
  entryIntoForce: z.strictObject({
    /** Day of entry into force. */
    date: isoDate,
    /** Number of ratifications its final clauses require. */
    ratificationsRequired: z.int().positive(),
    ...sourcedFact,
  }),
});

/** Instrument metadata, told apart by the organization it was made in. */
export const instrumentSchema = z
  .discriminatedUnion('organization', [unInstrument, iloInstrument, coeInstrument])
  .superRefine((value, ctx) => {
    const adopted = value.adoption.date;
    if (value.entryIntoForce.date < adopted) {
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForce', 'date'],
        message: `entry into force (${value.entryIntoForce.date}) is before adoption (${adopted})`,
      });
    }
    // The regulations under Article 102 of the Charter (art. 1(2)) allow no registration before entry into force.
    const registered = value.registration?.date;
    if (registered !== undefined && registered < value.entryIntoForce.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['registration', 'date'],
        message: `registration (${registered}) is before entry into force (${value.entryIntoForce.date})`,
      });
    }
    if (value.registration?.untsPage !== undefined && value.registration.untsVolume === undefined) {
      ctx.addIssue({ code: 'custom', path: ['registration', 'untsPage'], message: 'a Treaty Series page needs its volume (untsVolume)' });
    }
    const periods = value.organization === 'ilo' ? [] : value.signature.periods;
    periods.forEach((period, index) => {
      if (period.from !== undefined && period.to !== undefined && period.to < period.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['signature', 'periods', index, 'to'],
          message: `ends (${period.to}) before it starts (${period.from})`,
        });
      }
      const opens = period.from ?? period.to;
      if (opens !== undefined && opens < adopted) {
        ctx.addIssue({
          code: 'custom',
          path: ['signature', 'periods', index, 'from'],
          message: `open for signature (${opens}) before adoption (${adopted})`,
        });
      }
    });
  });

/** Parsed instrument metadata. */
export type Instrument = z.infer<typeof instrumentSchema>;
