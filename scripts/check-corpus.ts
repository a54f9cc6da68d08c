/**
 * `node scripts/check-corpus.ts [dir]`: checks the corpus and prints every problem with its file,
 * line and field.
 */
import path from 'node:path';
import { corpusProblemsMessage, indexCorpus } from '../src/data/index-corpus.ts';

export { checkCorpusDir } from '../src/data/index-corpus.ts';

const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', 'corpus');
const index = await indexCorpus(dir);
if (index.problems.length > 0) {
  console.error(corpusProblemsMessage(index.problems));
  process.exitCode = 1;
} else {
  console.log('The corpus is well-formed.');
}
