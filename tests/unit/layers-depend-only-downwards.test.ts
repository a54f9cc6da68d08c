import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The data flows one way: lib ← schemas ← corpus ← render / export ← data, pages, scripts. A module
// may import from its own folder or from folders before it, never from one after it.
const SRC = path.join(import.meta.dirname, '..', '..', 'src');
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  lib: ['schemas', 'corpus', 'render', 'export', 'data', 'plugins', 'pages', 'components', 'layouts'],
  schemas: ['corpus', 'render', 'export', 'data', 'plugins', 'pages', 'components', 'layouts'],
  corpus: ['render', 'export', 'data', 'plugins', 'pages', 'components', 'layouts'],
  render: ['export', 'data', 'plugins', 'pages', 'components', 'layouts'],
  export: ['render', 'data', 'plugins', 'pages', 'components', 'layouts'],
};

function importsOf(folder: string): { file: string; target: string }[] {
  const dir = path.join(SRC, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      return [...source.matchAll(/\bfrom\s+'(\.[^']+)'/g)].map((match) => ({
        file: `${folder}/${file}`,
        target: path.relative(SRC, path.resolve(path.dirname(path.join(dir, file)), match[1] ?? '')),
      }));
    });
}

describe('layers depend only downwards', () => {
  it.each(Object.entries(FORBIDDEN))('src/%s imports nothing from the layers above it', (folder, above) => {
    const imports = importsOf(folder);
    expect(imports.length).toBeGreaterThan(0);
    const upwards = imports.filter(({ target }) => above.includes(target.split(path.sep)[0] ?? ''));
    expect(upwards).toEqual([]);
  });
});
