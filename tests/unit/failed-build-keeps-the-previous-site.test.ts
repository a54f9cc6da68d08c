import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'corpus-valid');
let work: string;

function build(corpus: string, out: string) {
  return promisify(execFile)(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, CORPUS_DIR: corpus, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? 1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'build-'));
  await mkdir(path.join(work, 'site'));
  await writeFile(path.join(work, 'site', 'index.html'), 'the previous complete site');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the build publishes all or nothing', () => {
  it('a corpus error stops the build, names the file and line, and leaves the previous site in place', async () => {
    const corpus = path.join(work, 'broken');
    await cp(VALID, corpus, { recursive: true });
    await writeFile(
      path.join(corpus, 'demo/articles/02.mdx'),
      '---\ninstrument: demo\nkind: article\nnumber: 2\n---\n\n<Para num="2.">Two.</Para>\n',
    );
    const result = await build(corpus, path.join(work, 'site'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('corpus/demo/articles/02.mdx:7: paragraph numbering: expected 1 at the start of the list, found "2."');
    expect(result.stderr).toContain('was left as it was');
    expect(await readFile(path.join(work, 'site', 'index.html'), 'utf8')).toBe('the previous complete site');
    expect((await readdir(work)).sort()).toEqual(['broken', 'site']);
  }, 60_000);

  it('a good build replaces the previous site whole, search index included', async () => {
    const result = await build(VALID, path.join(work, 'site'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(path.join(work, 'site', 'index.html'), 'utf8')).toContain('Demo Protocol');
    expect(await readdir(path.join(work, 'site', 'pagefind'))).toContain('pagefind.js');
    // One reading serves the whole build: the check, the pages, the search index and the exports.
    expect(result.stdout).toContain('Corpus: 1 instruments, 3 text files, 3 text parses in this build.');
    expect((await readdir(work)).filter((name) => !name.endsWith('-cache')).sort()).toEqual(['broken', 'site']);
  }, 120_000);
});
