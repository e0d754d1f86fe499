/**
 * Two-pass tagging of a document: a first pass sentence by sentence, then a
 * second pass that also reads the first pass's labels for the whole document.
 * @module
 */
import { documentFeatures } from './doc-features.js';
import { decodeGreedy } from './greedy-decoder.js';
import type { WeightLookup } from './greedy-decoder.js';
import { staticFeatures } from './static-features.js';
import type { FeatureResources } from './static-features.js';

/** The weights of both passes and the resources their features read. */
export interface TwoPassModel {
  readonly stage1: WeightLookup;
  /** Null for a one-pass model. */
  readonly stage2: WeightLookup | null;
  readonly resources: FeatureResources;
}

/** BILOU label ids for each sentence of a document (sentences of token strings). */
export function tagDocument(doc: readonly (readonly string[])[], model: TwoPassModel): Uint8Array[] {
  const feats = staticFeatures(doc, model.resources);
  const first = doc.map((s, i) => {
    const out = new Uint8Array(s.length);
    decodeGreedy(s, feats[i]!, null, model.stage1, out);
    return out;
  });
  if (model.stage2 === null) return first;
  const extra = documentFeatures(doc, first);
  return doc.map((s, i) => {
    const out = new Uint8Array(s.length);
    decodeGreedy(s, feats[i]!, extra[i]!, model.stage2!, out);
    return out;
  });
}
