/**
 * The layers of text on the site. They are stored apart and every page labels each block with
 * its layer, so a reader never takes our writing for treaty text.
 */

/** Names of the layers. */
export type LayerName = 'authentic' | 'notes' | 'history' | 'commentary' | 'editorial';

/** How each layer is labelled on the page. */
export const LAYERS: Readonly<Record<LayerName, { label: string; explanation: string }>> = {
  authentic: {
    label: 'Authentic text',
    explanation: 'English, as adopted; reproduced word for word.',
  },
  notes: {
    label: 'Official interpretative note',
    explanation: 'From the records of the negotiation, not part of the treaty text; its document and paragraph are given.',
  },
  history: {
    label: 'Drafting history',
    explanation: 'Our research into the negotiation, each statement with its sources; no part of any treaty.',
  },
  commentary: {
    label: "Reader's guide: our commentary",
    explanation: 'Our explanation in plain words, each statement with the provision or source it rests on; no part of any treaty.',
  },
  editorial: {
    label: 'Palermo Corpus editorial text',
    explanation: 'Our own writing: no part of any treaty.',
  },
};
