/** Site-wide settings shared by the Astro configuration, the pages and the scripts. */
import { publicAddress } from './lib/urls.ts';

/** The SITE_URL setting as given; the build checks it with `publicAddress` before anything else. */
const setting = process.env['SITE_URL'];

function validOrUndefined(value: string | undefined): string | undefined {
  try {
    return publicAddress(value);
  } catch {
    return undefined;
  }
}

/** Site-wide settings. */
export const SITE = {
  /** Name shown in the header and in page titles. */
  name: 'Palermo Corpus',
  /**
   * The public address (SITE_URL), used for canonical links, the sitemap, citations, print and the
   * exports. Unset, every address is site-relative and there is no canonical link or sitemap.
   */
  origin: validOrUndefined(setting),
  /** The instrument the site is about: a citation typed without an instrument's name ("art. 6(3)(b)") means it. */
  primaryInstrument: 'trafficking-protocol',
  /**
   * The families the home page groups the instruments in, in its order; every instrument belongs to
   * exactly one (a site test checks it).
   */
  families: [
    { name: 'United Nations crime treaties', instruments: ['trafficking-protocol', 'organized-crime-convention'] },
    { name: 'Human rights treaties', instruments: ['rights-of-the-child-convention', 'discrimination-against-women-convention'] },
    {
      name: 'Labour conventions (International Labour Organization)',
      instruments: ['forced-labour-convention', 'forced-labour-protocol', 'abolition-of-forced-labour-convention'],
    },
    { name: 'Regional treaties', instruments: ['council-of-europe-trafficking-convention'] },
  ],
  /** The Protocol's articles the home page leads with: the definition, the offences, protection of victims, prevention. */
  keyProvisions: ['art_3', 'art_5', 'art_6', 'art_7', 'art_8', 'art_9'],
  /** Language of the site's own writing and of the texts it shows. */
  lang: 'en',
} as const;
