/**
 * Features of the labels already predicted to the left (greedy decoding reads
 * its own past decisions).
 * @module
 */
import { key1, key2 } from './hash.js';
import { T } from './feature-templates.js';
import { A } from './word-attributes.js';
import { LABEL_COUNT } from './labels.js';

/** Writes the history feature keys of a token into `out` (length ≥ 4); `prev` = LABEL_COUNT at the sentence start. */
export function historyKeys(prev1: number, prev2: number, attrs: Int32Array, out: Int32Array): number {
  out[0] = key1(T.prevLabel, prev1);
  out[1] = key2(T.prevLabels, prev2, prev1);
  out[2] = key2(T.prevLabelLower, prev1, attrs[A.lower]!);
  out[3] = key2(T.prevLabelShape, prev1, attrs[A.shortShape]!);
  return 4;
}

/** Label id used for positions before the sentence start. */
export const START = LABEL_COUNT;
