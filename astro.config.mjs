// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownPlugins } from './src/plugins/index.ts';
import { SITE } from './src/site.ts';

// The corpus is not read here: the content loader (src/content.config.ts) takes the model that
// src/corpus/ reads once per build, and a corpus problem stops dev and build alike there.

export default defineConfig({
  ...(SITE.origin ? { site: SITE.origin } : {}),
  // Static files live with the other sources, keeping the top level to the project's named folders.
  publicDir: './src/public',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // smartypants would turn the treaty's own punctuation into something else: never on.
    processor: unified({ ...markdownPlugins(), gfm: false, smartypants: false }),
  },
  // A sitemap lists absolute addresses, so there is one only when the public address is set.
  integrations: [mdx({ gfm: false, smartypants: false }), ...(SITE.origin ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : [])],
  vite: {
    // Every script is a file of its own, so the Content-Security-Policy needs no inline script.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX modules carry a directive the bundler warns about on every corpus file.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
