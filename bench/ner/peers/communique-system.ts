/**
 * Communiqué's own English tagger as a bench system: the two-pass model run
 * on the given tokens (no tokenizer, no rule layer), as the CoNLL measure
 * expects.
 * @module
 */
import { iobOfBilou } from '../../../src/extract/entities/conll/tag-spans.js';
import { loadEnglishModel } from '../../../src/extract/entities/tagger/load-english-model.js';
import { tagDocument } from '../../../src/extract/entities/tagger/tag-document.js';
import type { NerSystem } from './ner-system.js';

/** The Communiqué peer, loading its model from `modelDir`. */
export function communiqueSystem(modelDir: string): NerSystem {
  const model = loadEnglishModel(modelDir);
  return {
    name: 'ours',
    tagDocument(sentences) {
      return tagDocument(sentences, model).map(iobOfBilou);
    },
  };
}
