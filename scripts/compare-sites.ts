/**
 * `npm run compare:sites -- <before> <after>`: compares two built sites page by page, after
 * parsing and re-serialising each page, so that only real differences show (not attribute quoting).
 * Used to prove that a refactoring leaves the built HTML as it was.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

function pagesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

function normalised(file: string): string {
  return toHtml(fromHtml(readFileSync(file, 'utf8')));
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: npm run compare:sites -- <before-dir> <after-dir>');
  process.exitCode = 2;
} else {
  const pages = pagesOf(before);
  const differing = pages.filter((page) => {
    if (!existsSync(path.join(after, page))) {
      console.log(`gone: ${page}`);
      return true;
    }
    const [old, now] = [normalised(path.join(before, page)), normalised(path.join(after, page))];
    if (old === now) return false;
    let at = 0;
    while (old[at] === now[at]) at += 1;
    console.log(
      `differs: ${page}\n  before: ${JSON.stringify(old.slice(Math.max(0, at - 80), at + 160))}\n  after:  ${JSON.stringify(now.slice(Math.max(0, at - 80), at + 160))}`,
    );
    return true;
  });
  const added = pagesOf(after).filter((page) => !pages.includes(page));
  console.log(
    `${pages.length} pages compared: ${differing.length} differ or are gone; ${added.length} new${added.length ? ` (${added.join(', ')})` : ''}.`,
  );
  if (differing.length > 0) process.exitCode = 1;
}
