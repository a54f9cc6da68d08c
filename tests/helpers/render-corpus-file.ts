/** Renders one corpus MDX file through remark-provisions to HTML, as the site build does. */
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/data/corpus-files.ts';
import remarkProvisions, { type Options } from '../../src/plugins/remark-provisions.ts';

/** The corpus folder the tests pretend to build from. */
export const TEST_CORPUS = path.resolve('/virtual/corpus');
/** The origin the tests pretend to publish at. */
export const TEST_SITE = 'https://example.test';

/**
 * Renders `source` as if it were the file at `relativePath` (relative to TEST_CORPUS, or absolute
 * for files outside it). Frontmatter lines are blanked, as Astro does, so line numbers hold.
 */
export async function renderCorpusFile(source: string, relativePath: string, extra: Partial<Options> = {}): Promise<string> {
  const parts = splitFrontmatter(source);
  const frontmatter = (parts ? parseYaml(parts.yaml) : {}) as Record<string, unknown>;
  const body = parts?.body ?? source;
  const file = new VFile({
    path: path.isAbsolute(relativePath) ? relativePath : path.join(TEST_CORPUS, relativePath),
    value: body,
    data: { astro: { frontmatter } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkProvisions, { corpusDir: TEST_CORPUS, site: TEST_SITE, ...extra })
    .use(remarkRehype)
    .use(rehypeStringify);
  const result = await processor.run(processor.parse(file), file);
  return processor.stringify(result, file);
}
