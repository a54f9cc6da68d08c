/**
 * `node scripts/check-corpus.ts [dir]`: checks the corpus and prints every problem with its file,
 * line and field, and a summary of the in-text references.
 */
import path from 'node:path';
import { indexCorpus } from '../src/data/index-corpus.ts';

export { checkCorpusDir } from '../src/data/index-corpus.ts';

const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', 'corpus');
const index = await indexCorpus(dir);
if (index.problems.length > 0) {
  console.error(`The corpus has ${index.problems.length} problem${index.problems.length === 1 ? '' : 's'}:\n${index.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('The corpus is well-formed.');
}
