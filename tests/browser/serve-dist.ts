/** Serves dist/ on a free localhost port for the browser tests, with Astro's own preview server. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.join(import.meta.dirname, '..', '..');

/** Starts the server before the browser tests and stops it after them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(root, 'dist', 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first (npm test does)');
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}
