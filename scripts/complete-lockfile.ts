/**
 * Adds to package-lock.json the platform builds (darwin, win32, ...) of optional dependencies that
 * npm left out. npm records them only when the registry it uses has that exact version, and the
 * registry mirror these machines use lacks some new non-Linux builds; `npm ci` then refuses the
 * lockfile. The entries added carry os/cpu/libc, so npm skips them on other platforms, and npm
 * fetches them normally where the registry has them. Run after changing dependencies:
 * `node scripts/complete-lockfile.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface LockEntry {
  version?: string;
  optional?: boolean;
  dev?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const file = path.join(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };

/** The platform fields of a package, read from the newest version the registry has. */
function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const json = execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const fields = JSON.parse(json || '{}') as Pick<LockEntry, 'os' | 'cpu' | 'libc'> | string[];
  // With a single field npm prints the bare array; the platform packages here all declare cpu.
  return Array.isArray(fields) ? { cpu: fields } : fields;
}

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target]) continue;
    const platform = platformOf(name);
    if (!platform.os && !platform.cpu)
      throw new Error(`${name} (optional dependency of ${key}) has no os or cpu field: not a platform build`);
    lock.packages[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`Added ${added} platform entries to package-lock.json.`);
