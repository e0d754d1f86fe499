/**
 * Left-to-right greedy decoding under BILOU constraints: each token takes the
 * best-scoring label allowed after the previous one, and its features include
 * the labels already chosen.
 * @module
 */
import { historyKeys, START } from './history-features.js';
import { ALLOWED_AFTER, ALLOWED_LAST, LABEL_COUNT } from './labels.js';
import type { SentenceFeatures } from './static-features.js';
import { wordAttributes } from './word-attributes.js';
import { BOUNDARY_WORD, OFFSETS } from './word-keys.js';

/** Adds weights to per-label scores. */
export interface WeightLookup {
  /** The weights of one feature key. */
  addTo(key: number, scores: Float32Array): void;
  /** The weights of every word-and-offset feature of `word` at `OFFSETS[slot]`. */
  addWord(word: string, slot: number, scores: Float32Array): void;
}

/** Called by training for each token with its decision and the history keys it saw. */
export type DecisionHook = (i: number, chosen: number, best: number, history: Int32Array, historyCount: number) => void;

const L = LABEL_COUNT;
const allowedAfter = ALLOWED_AFTER;
const allowedLast = ALLOWED_LAST;
const offsets = OFFSETS;
const scores = new Float32Array(L);
const history = new Int32Array(8);

/** Labels for one sentence into `out`; `extra` holds second-pass features (or null in the first pass). */
export function decodeGreedy(
  words: readonly string[],
  feats: SentenceFeatures,
  extra: SentenceFeatures | null,
  weights: WeightLookup,
  out: Uint8Array,
  hook?: DecisionHook,
): void {
  const n = words.length;
  let prev1 = START;
  let prev2 = START;
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    for (let slot = 0; slot < offsets.length; slot++) {
      const j = i + offsets[slot]!;
      weights.addWord(j < 0 || j >= n ? BOUNDARY_WORD : words[j]!, slot, scores);
    }
    const fk = feats.keys;
    for (let k = feats.offsets[i]!, e = feats.offsets[i + 1]!; k < e; k++) weights.addTo(fk[k]!, scores);
    if (extra !== null) {
      const ek = extra.keys;
      for (let k = extra.offsets[i]!, e = extra.offsets[i + 1]!; k < e; k++) weights.addTo(ek[k]!, scores);
    }
    const h = historyKeys(prev1, prev2, wordAttributes(words[i]!), history);
    for (let k = 0; k < h; k++) weights.addTo(history[k]!, scores);
    const row = prev1 * L;
    const last = i === n - 1;
    let chosen = -1;
    let best = 0;
    for (let l = 0; l < L; l++) {
      const v = scores[l]!;
      if (v > scores[best]!) best = l;
      if (allowedAfter[row + l] === 0 || (last && allowedLast[l] === 0)) continue;
      if (chosen < 0 || v > scores[chosen]!) chosen = l;
    }
    out[i] = chosen;
    if (hook !== undefined) hook(i, chosen, best, history, h);
    prev2 = prev1;
    prev1 = chosen;
  }
}
