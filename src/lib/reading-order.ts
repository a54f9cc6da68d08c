/** The pages of an instrument in reading order, for previous/next links. */
import { articleLabel, articlePath, partPath, partTitle } from './urls.ts';

/** What reading order needs to know of an instrument. */
export interface OrderedInstrument {
  /** Folder name. */
  readonly slug: string;
  /** Whether it has a preamble. */
  readonly preamble: unknown;
  /** Its articles. */
  readonly articles: readonly { readonly number: number; readonly heading?: string | undefined }[];
  /** Whether it has a testimonium. */
  readonly conclusions: unknown;
}

/** A page in reading order. */
export interface OrderedPage {
  /** Its path. */
  readonly href: string;
  /** Its short label, e.g. "Article 3: Use of terms". */
  readonly label: string;
}

/** Preamble, articles in number order, testimonium. */
export function readingOrder(instrument: OrderedInstrument): OrderedPage[] {
  return [
    ...(instrument.preamble ? [{ href: partPath(instrument.slug, 'preamble'), label: partTitle('preamble') }] : []),
    ...instrument.articles.map((article) => ({
      href: articlePath(instrument.slug, article.number),
      label: articleLabel(article.number, article.heading),
    })),
    ...(instrument.conclusions ? [{ href: partPath(instrument.slug, 'conclusions'), label: partTitle('conclusions') }] : []),
  ];
}
