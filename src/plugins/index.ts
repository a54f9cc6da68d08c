/**
 * The ordered Markdown/MDX plugin list that astro.config.mjs installs for the site's own pages
 * (the corpus is rendered by src/render/, never by Astro's Markdown). Order matters: heading ids
 * exist before rehype-autolink-headings looks for them.
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';

// Headings of our own pages get the same visible link affordance as provisions.
const headingLinks: AutolinkOptions = {
  behavior: 'prepend',
  properties: (heading: Readonly<Element>) => ({ className: ['pin'], ariaLabel: `Link to the section “${toText(heading)}”` }),
  content: [],
};

/** Remark and rehype plugins, in order, for `unified({ remarkPlugins, rehypePlugins })`. */
export function markdownPlugins(): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingLinks]],
  };
}
