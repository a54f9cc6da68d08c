/** Site-wide settings shared by the Astro configuration, the pages and the scripts. */
export const SITE = {
  /** Name shown in the header and in page titles. */
  name: 'Palermo Corpus',
  /**
   * Origin used for canonical URLs and printed permanent links. Set SITE_URL when deploying;
   * the default is a reserved example domain, not a real address.
   */
  origin: process.env['SITE_URL'] ?? 'https://palermo-corpus.example',
  /** The instrument the site is about: a citation typed without an instrument's name ("art. 6(3)(b)") means it. */
  primaryInstrument: 'trafficking-protocol',
  /** Language of the site's own writing and of the texts it shows. */
  lang: 'en',
} as const;
