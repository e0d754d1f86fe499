/**
 * Features that depend on one word and its offset from the token being
 * tagged (the word itself, its shape and affixes; a neighbour's lower case,
 * shape and suffix; cluster paths). They are computed per distinct word, and
 * a trained model caches their summed weights per word and offset, which is
 * what makes tagging fast.
 * @module
 */
import { hashString, key1, key2, key3 } from './hash.js';
import { T } from './feature-templates.js';
import { A, wordAttributes } from './word-attributes.js';
import type { WordClusters } from './word-clusters.js';

/** Offsets of the context window, in the order word-key arrays are stored. */
export const OFFSETS: readonly number[] = [-2, -1, 0, 1, 2];
/** Index of offset 0 in OFFSETS. */
export const CENTER = 2;
/** Stands for the words beyond the sentence's edges. */
export const BOUNDARY_WORD = '\u0000<s>';

const BOUNDARY = hashString('<s>');

/** The word-and-offset feature keys of `word` at each offset (OFFSETS order). */
export function wordKeys(word: string, clusters: WordClusters | null): Int32Array[] {
  const boundary = word === BOUNDARY_WORD;
  const a = boundary ? null : wordAttributes(word);
  const attr = (slot: number) => (a === null ? BOUNDARY : a[slot]!);
  return OFFSETS.map((o) => {
    const keys: number[] = [];
    if (o === 0) {
      if (a === null) return Int32Array.of();
      keys.push(key1(T.bias, 0), key1(T.word, a[A.word]!), key1(T.lower, a[A.lower]!), key1(T.shape, a[A.shape]!), key1(T.shortShape, a[A.shortShape]!));
      for (let k = 0; k < 4; k++) {
        if (a[A.prefix1 + k] !== 0) keys.push(key2(T.prefix, k, a[A.prefix1 + k]!));
        if (a[A.suffix1 + k] !== 0) keys.push(key2(T.suffix, k, a[A.suffix1 + k]!));
      }
    } else {
      keys.push(key2(T.lowerAt, o, attr(A.lower)), key2(T.shapeAt, o, attr(A.shortShape)));
      if (o === -1 || o === 1) keys.push(key2(T.wordAt, o, attr(A.word)), key2(T.suffixAt, o, attr(A.suffix3)));
    }
    if (clusters !== null && !boundary && o >= -1 && o <= 1) {
      for (const [len, path] of clusters.prefixes(word)) keys.push(key3(T.cluster, o, len, path));
    }
    return Int32Array.from(keys);
  });
}

const cache = new Map<string, Int32Array[]>();
let cachedFor: WordClusters | null | undefined;
const MAX_CACHE = 100_000;

/** `wordKeys`, cached (the cache is dropped when another cluster set is used). */
export function cachedWordKeys(word: string, clusters: WordClusters | null): Int32Array[] {
  if (cachedFor !== clusters) {
    cache.clear();
    cachedFor = clusters;
  }
  let keys = cache.get(word);
  if (keys === undefined) {
    keys = wordKeys(word, clusters);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}
