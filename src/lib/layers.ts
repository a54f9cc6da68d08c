/**
 * The layers of text on the site. They are stored apart and every page labels each block with
 * its layer, so a reader never takes our writing for treaty text.
 */

/** Names of the layers. */
export type LayerName = 'authentic' | 'editorial';

/** How each layer is labelled on the page. */
export const LAYERS: Readonly<Record<LayerName, { label: string; explanation: string }>> = {
  authentic: {
    label: 'Authentic text',
    explanation: 'English, as adopted; reproduced word for word.',
  },
  editorial: {
    label: 'Palermo Corpus editorial text',
    explanation: 'Our own writing: no part of any treaty.',
  },
};
