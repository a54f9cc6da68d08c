/**
 * Where the corpus is read from: CORPUS_DIR when set (the benchmark's synthetic corpus, tests of
 * the build), otherwise corpus/ in the project. Relative paths are from the project root.
 */
export const CORPUS_DIR: string = process.env['CORPUS_DIR'] ?? './corpus';
