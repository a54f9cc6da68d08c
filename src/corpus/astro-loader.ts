/**
 * The corpus as an Astro content loader: the whole model stored as one entry, so that pages read
 * the model from Astro's content store and never parse the corpus themselves. In dev, an edit to
 * the corpus reads it again and replaces the entry.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { corpusDir, forgetCorpus, loadCorpusModel } from './load.ts';

/** Id of the one entry that holds the model. */
export const MODEL_ENTRY = 'model';

/** The loader of the `corpus` collection. */
export function corpusLoader(): Loader {
  return {
    name: 'palermo-corpus',
    load: async ({ store, watcher, logger }) => {
      const dir = corpusDir();
      const sync = async (): Promise<void> => {
        const model = await loadCorpusModel(dir);
        store.clear();
        store.set({ id: MODEL_ENTRY, data: { ...model }, digest: model.digest });
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        forgetCorpus(dir);
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
