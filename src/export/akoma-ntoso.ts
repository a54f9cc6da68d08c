/**
 * An instrument as Akoma Ntoso 3.0 XML, valid against the OASIS schema: the same eIds as the site,
 * FRBR work, expression and manifestation URIs after the AKN4UN naming (src/lib/frbr.ts), the
 * corpus version and build date in a proprietary block, and in-text references as `<ref>` to the
 * provision's permanent address. Built as a syntax tree and serialised by xast, never from strings.
 */
import type { Element, ElementContent } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { Article, InlineNode, InstrumentModel, Provision, TextFile } from '../corpus/model.ts';
import { placeDivisions, type Division } from '../lib/divisions.ts';
import { documentNumber, expressionUri, manifestationUri, thisUri, workUri, type WorkParts } from '../lib/frbr.ts';
import { absoluteUrl, documentPath, placePath } from '../lib/urls.ts';
import { ExportError, type Edition } from './edition.ts';

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Our own vocabulary for what the schema has no element for (the edition), in a proprietary block. */
export const EDITION_NAMESPACE = 'urn:palermo-corpus:edition';

const OURS = 'palermo-corpus';

/**
 * How each adopting body is named in the URIs. AKN4UN names UN-system bodies under "un"
 * (organisation, then body); the Council of Europe, outside the UN system, gets "coe".
 */
export const ADOPTING_BODIES: Readonly<Record<string, { readonly country: string; readonly actor: string }>> = {
  'United Nations General Assembly': { country: 'un', actor: 'un-ga' },
  'General Conference of the International Labour Organisation': { country: 'un', actor: 'ilo-conference' },
  'Committee of Ministers of the Council of Europe': { country: 'coe', actor: 'coe-cm' },
};

/** The number of a work as its organization gives it: in URI form, and as printed. */
function workNumber(instrument: InstrumentModel): { readonly number: string; readonly showAs: string } {
  const { meta } = instrument;
  switch (meta.organization) {
    case 'ilo':
      return { number: meta.iloCode, showAs: meta.iloCode };
    case 'coe':
      return { number: `CETS-${meta.cetsNumber}`, showAs: `CETS No. ${meta.cetsNumber}` };
    case 'un': {
      const { document, annex } = meta.adoption;
      // AKN4UN: a document without a number of its own gets a unique one from whoever marks it up.
      if (document === undefined) return { number: instrument.slug, showAs: instrument.slug };
      return { number: documentNumber(document, annex), showAs: `${document}${annex ? `, annex ${annex}` : ''}` };
    }
  }
}

/** The parts of an instrument's work URI, from its metadata. */
export function workParts(instrument: InstrumentModel): WorkParts {
  const { adoption } = instrument.meta;
  const body = ADOPTING_BODIES[adoption.by];
  if (!body)
    throw new ExportError(
      `${instrument.slug}: no Akoma Ntoso naming is known for adoption by "${adoption.by}" (add it to ADOPTING_BODIES)`,
    );
  return { ...body, date: adoption.date, number: workNumber(instrument).number };
}

function inline(nodes: readonly InlineNode[], origin: string | undefined): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'emphasis') return [x('i', inline(node.children, origin))];
    const out: ElementContent[] = [];
    let at = 0;
    // White space of the source is folded as the site and the other exports fold it.
    const text = (value: string): ElementContent => ({ type: 'text', value: value.replace(/[ \t\n\f\r]+/g, ' ') });
    for (const link of node.links) {
      if (link.start > at) out.push(text(node.value.slice(at, link.start)));
      const path = link.document === undefined ? placePath(link.target) : documentPath(link.document);
      out.push(x('ref', { href: absoluteUrl(origin, path) }, [text(node.value.slice(link.start, link.end))]));
      at = link.end;
    }
    if (at < node.value.length) out.push(text(node.value.slice(at)));
    return out;
  });
}

function paragraph(provision: Provision, origin: string | undefined): Element {
  const children = inline(provision.inline ?? [], origin);
  // A text written on lines of its own starts and ends with the line breaks around it.
  const [first] = children;
  const last = children.at(-1);
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return x('p', children);
}

const ELEMENT = { para: 'paragraph', point: 'point', recital: 'recital', intro: 'intro', wrap: 'wrapUp' } as const;

/** A provision: numbered ones get num and content (or their list), intro and closing words a paragraph. */
function provisionElement(provision: Provision, origin: string | undefined): Element {
  const name = ELEMENT[provision.role];
  const attributes = provision.eid === undefined ? {} : { eId: provision.eid };
  if (provision.role === 'intro' || provision.role === 'wrap' || provision.role === 'recital') {
    return x(name, attributes, [paragraph(provision, origin)]);
  }
  const num = provision.label === undefined ? [] : [x('num', provision.label)];
  const body =
    provision.inline !== undefined
      ? [x('content', [paragraph(provision, origin)])]
      : provision.children.map((child) => provisionElement(child, origin));
  return x(name, attributes, [...num, ...body]);
}

/** The inside of an article or testimonium: one unnumbered paragraph is its content, else its provisions. */
function textBody(text: TextFile, origin: string | undefined): Element[] {
  const [only, ...rest] = text.provisions;
  if (only && rest.length === 0 && only.eid === undefined) {
    return only.inline !== undefined
      ? [x('content', [paragraph(only, origin)])]
      : only.children.map((child) => provisionElement(child, origin));
  }
  return text.provisions.map((provision) => provisionElement(provision, origin));
}

function articleElement(article: Article, origin: string | undefined): Element {
  return x('article', { eId: article.eid }, [
    x('num', `Article ${article.number}`),
    ...(article.heading ? [x('heading', article.heading)] : []),
    ...textBody(article, origin),
  ]);
}

const DIVISION_ELEMENT = { part: 'part', chapter: 'chapter', section: 'section' } as const;

/** Divisions of one level with what they hold, nested as the instrument nests them. */
function divisionElements(
  divisions: readonly Division[],
  parent: string | undefined,
  instrument: InstrumentModel,
  origin: string | undefined,
): Element[] {
  return placeDivisions(divisions, parent)
    .filter((placed) => placed.depth === 0)
    .map(({ division, eid }) => {
      const inner = division.divisions?.length
        ? divisionElements(division.divisions, eid, instrument, origin)
        : instrument.articles
            .filter((article) => article.number >= division.firstArticle && article.number <= division.lastArticle)
            .map((article) => articleElement(article, origin));
      return x(DIVISION_ELEMENT[division.type], { eId: eid }, [
        x('num', division.label),
        ...(division.heading === undefined ? [] : [x('heading', division.heading)]),
        ...inner,
      ]);
    });
}

function preambleElement(preamble: TextFile, origin: string | undefined): Element {
  // The preamble's opening words, recitals and closing words are exactly AKN's intro, recital and wrapUp.
  return x('preamble', { eId: preamble.eid }, [
    x(
      'recitals',
      preamble.provisions.map((provision) => provisionElement(provision, origin)),
    ),
  ]);
}

function meta(instrument: InstrumentModel, edition: Edition): Element {
  const parts = workParts(instrument);
  const work = workUri(parts);
  const expression = expressionUri(work, 'eng', instrument.meta.adoption.date);
  const manifestation = manifestationUri(expression);
  const { adoption } = instrument.meta;
  const author = x('FRBRauthor', { href: `#${parts.actor}` });
  return x('meta', [
    x('identification', { source: `#${OURS}` }, [
      x('FRBRWork', [
        x('FRBRthis', { value: thisUri(work) }),
        x('FRBRuri', { value: work }),
        x('FRBRdate', { date: adoption.date, name: 'adoption' }),
        author,
        x('FRBRcountry', { value: parts.country }),
        x('FRBRsubtype', { value: 'provision' }),
        x('FRBRnumber', { value: parts.number, showAs: workNumber(instrument).showAs }),
        x('FRBRname', { value: instrument.meta.title }),
      ]),
      x('FRBRExpression', [
        x('FRBRthis', { value: thisUri(expression) }),
        x('FRBRuri', { value: expression }),
        x('FRBRdate', { date: adoption.date, name: 'adoption' }),
        author,
        x('FRBRlanguage', { language: 'eng' }),
      ]),
      x('FRBRManifestation', [
        x('FRBRthis', { value: thisUri(manifestation) }),
        x('FRBRuri', { value: manifestation }),
        x('FRBRdate', { date: edition.buildDate, name: 'generation' }),
        x('FRBRauthor', { href: `#${OURS}` }),
        x('FRBRformat', { value: 'application/akn+xml' }),
      ]),
    ]),
    x('references', { source: `#${OURS}` }, [
      x('TLCOrganization', { eId: OURS, href: `/ontology/organization/${OURS}`, showAs: 'Palermo Corpus' }),
      x('TLCOrganization', { eId: parts.actor, href: `/ontology/organization/${parts.country}/${parts.actor}`, showAs: adoption.by }),
    ]),
    x('proprietary', { source: `#${OURS}` }, [
      x('edition', {
        xmlns: EDITION_NAMESPACE,
        corpusVersion: edition.corpusVersion,
        buildDate: edition.buildDate,
        source: edition.source,
        licence: `${edition.licence.texts} ${edition.licence.data}`,
      }),
    ]),
  ]);
}

/** The Akoma Ntoso 3.0 document of an instrument, as XML text. */
export function akomaNtoso(instrument: InstrumentModel, edition: Edition): string {
  const origin = edition.origin;
  const divisions = instrument.meta.divisions;
  const body =
    divisions.length > 0
      ? divisionElements(divisions, undefined, instrument, origin)
      : instrument.articles.map((article) => articleElement(article, origin));
  const act = x('act', { name: instrument.meta.type }, [
    meta(instrument, edition),
    x('preface', [x('longTitle', { eId: 'longTitle' }, [x('p', [x('docTitle', instrument.meta.title)])])]),
    ...(instrument.preamble ? [preambleElement(instrument.preamble, origin)] : []),
    x('body', body),
    ...(instrument.conclusions
      ? [
          x(
            'conclusions',
            { eId: instrument.conclusions.eid },
            // The conclusions hold blocks: the text of each unnumbered paragraph becomes a <p>, keeping its eId.
            instrument.conclusions.provisions.map((provision) => {
              const block = paragraph(provision, origin);
              return provision.eid === undefined ? block : { ...block, attributes: { ...block.attributes, eId: provision.eid } };
            }),
          ),
        ]
      : []),
  ]);
  const root = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    { type: 'text', value: '\n' },
    x('akomaNtoso', { xmlns: AKN_NAMESPACE }, [act]),
    { type: 'text', value: '\n' },
  ]);
  return toXml(root, { closeEmptyElements: true, tightClose: true });
}
