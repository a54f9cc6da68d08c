// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownPlugins } from './src/plugins/index.ts';
import { SITE } from './src/site.ts';

const corpusDir = fileURLToPath(new URL('./corpus/', import.meta.url));

export default defineConfig({
  site: SITE.origin,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // smartypants would turn the treaty's own punctuation into something else: never on.
    processor: unified({ ...markdownPlugins({ corpusDir, site: SITE.origin }), gfm: false, smartypants: false }),
  },
  integrations: [mdx({ gfm: false, smartypants: false })],
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
