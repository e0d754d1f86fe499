/**
 * Loading the entity tagger once per model folder.
 * @module
 */
import { MODELS_DIR } from '../../util/paths.js';
import { createEntityTagger } from './entity-tagger.js';
import { loadEnglishModel } from './tagger/load-english-model.js';
import type { EntityTagger } from './types.js';

/** Options of `loadEntityTagger`. */
export interface EntityTaggerOptions {
  /** Folder holding `ner-en.*` and `ner-gazetteer.json`; defaults to the repository's `models/`. */
  readonly modelDir?: string;
}

const loaded = new Map<string, EntityTagger>();

/** The entity tagger for a model folder, loaded on first use and cached. */
export function loadEntityTagger(options: EntityTaggerOptions = {}): EntityTagger {
  const dir = options.modelDir ?? MODELS_DIR;
  let tagger = loaded.get(dir);
  if (tagger === undefined) {
    const model = loadEnglishModel(dir);
    tagger = createEntityTagger(model, model.gazetteer, model.commonWords);
    loaded.set(dir, tagger);
  }
  return tagger;
}
