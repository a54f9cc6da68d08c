/**
 * `npm run check:corpus [-- dir]`: reads and checks the corpus, with the same reader and parser
 * as the build, and prints every problem with its file, line and field.
 */
import path from 'node:path';
import { corpusProblemsMessage, readCorpus } from '../src/corpus/read-corpus.ts';

const dir = process.argv[2] ?? path.join(import.meta.dirname, '..', 'corpus');
const reading = await readCorpus(dir);
if (reading.problems.length > 0) {
  console.error(corpusProblemsMessage(reading.problems));
  process.exitCode = 1;
} else {
  console.log(`The corpus is well-formed: ${reading.parsed} text files.`);
}
