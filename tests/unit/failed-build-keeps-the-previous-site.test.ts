import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'corpus-valid');
let work: string;

function build(corpus: string, out: string, siteUrl?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CORPUS_DIR: corpus, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['SITE_URL'];
  if (siteUrl !== undefined) env['SITE_URL'] = siteUrl;
  return promisify(execFile)(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env }).then(
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
    // Without a public address the build says which setting is missing, and no page names a made-up host.
    expect(result.stdout).toContain('Public address: SITE_URL is not set');
    const article = await readFile(path.join(work, 'site', 'demo', 'article-1', 'index.html'), 'utf8');
    expect(article).not.toContain('rel="canonical"');
    expect(article).toContain('data-permalink="/demo/article-1/#art_1"');
    expect(await readFile(path.join(work, 'site', 'index.html'), 'utf8')).toContain('Demo Protocol');
    expect(await readdir(path.join(work, 'site', 'pagefind'))).toContain('pagefind.js');
    // One reading serves the whole build: the check, the pages, the search index and the exports.
    expect(result.stdout).toContain('Corpus: 1 instruments, 3 text files, 3 text parses in this build.');
    expect((await readdir(work)).filter((name) => !name.endsWith('-cache')).sort()).toEqual(['broken', 'site']);
  }, 120_000);

  it('with a public address, every address starts with it: canonical links, sitemap, citations, reference files', async () => {
    const out = path.join(work, 'published');
    const result = await build(VALID, out, 'https://palermo.example.org/');
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('Public address');
    const article = await readFile(path.join(out, 'demo', 'article-1', 'index.html'), 'utf8');
    expect(article).toContain('<link rel="canonical" href="https://palermo.example.org/demo/article-1/">');
    expect(article).toContain('data-permalink="https://palermo.example.org/demo/article-1/#art_1"');
    expect(article).toContain('>https://palermo.example.org/demo/article-1/#art_1</a>');
    expect(await readFile(path.join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://palermo.example.org/demo/article-1/</loc>');
    expect(await readFile(path.join(out, 'cite', 'demo', 'article-1.ris'), 'utf8')).toContain(
      'UR  - https://palermo.example.org/demo/article-1/\r\n',
    );
    await rm(out, { recursive: true, force: true });
  }, 120_000);

  it('a malformed public address stops the build with a message saying what to set', async () => {
    const result = await build(VALID, path.join(work, 'site'), 'palermo.example.org/corpus');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SITE_URL must be an absolute address such as https://example.org, found "palermo.example.org/corpus"');
    expect(result.stderr).toContain('was left as it was');
  }, 60_000);
});
