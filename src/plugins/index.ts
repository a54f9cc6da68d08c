/**
 * The ordered Markdown/MDX plugin list that astro.config.mjs installs. Order matters:
 * provisions are built before GFM reads anything, and heading ids exist before
 * rehype-autolink-headings looks for them.
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import type { Connection } from '../lib/connections.ts';
import type { CorpusAnchors } from './reference-links.ts';
import remarkProvisions from './remark-provisions.ts';

/** Settings the plugins need from the site configuration. */
export interface PluginSettings {
  /** Absolute path of the corpus folder. */
  corpusDir: string;
  /** The site's origin. */
  site: string;
  /** Every instrument's anchors, for linking in-text references. */
  anchors?: CorpusAnchors | undefined;
  /** What connects to each provision. */
  connections?: ReadonlyMap<string, readonly Connection[]> | undefined;
}

// Headings of our own pages get the same visible link affordance as provisions.
const headingLinks: AutolinkOptions = {
  behavior: 'prepend',
  properties: (heading: Readonly<Element>) => ({ className: ['pin'], ariaLabel: `Link to the section “${toText(heading)}”` }),
  content: [],
};

/** Remark and rehype plugins, in order, for `unified({ remarkPlugins, rehypePlugins })`. */
export function markdownPlugins(settings: PluginSettings): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [[remarkProvisions, settings], remarkGfm],
    rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinks]],
  };
}
