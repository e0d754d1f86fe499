/**
 * A trained weight table plus a per-word cache of the summed weights of each
 * word's word-and-offset features: a word seen before costs one map look-up
 * per offset instead of a dozen hash-table probes.
 * @module
 */
import type { WeightLookup } from './greedy-decoder.js';
import type { WeightTable } from './weight-table.js';
import type { WordClusters } from './word-clusters.js';
import { OFFSETS, wordKeys } from './word-keys.js';

const MAX_CACHED_WORDS = 60_000;

/** Weights for tagging, with the word cache. */
export class CachedScorer implements WeightLookup {
  private readonly cache = new Map<string, Float32Array>();
  private readonly labels: number;

  constructor(
    readonly table: WeightTable,
    private readonly clusters: WordClusters | null,
  ) {
    this.labels = table.labels;
  }

  addTo(key: number, scores: Float32Array): void {
    this.table.addTo(key, scores);
  }

  addWord(word: string, slot: number, scores: Float32Array): void {
    let v = this.cache.get(word);
    if (v === undefined) {
      v = this.vectorOf(word);
      if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
      this.cache.set(word, v);
    }
    const L = this.labels;
    const base = slot * L;
    for (let l = 0; l < L; l++) scores[l]! += v[base + l]!;
  }

  private vectorOf(word: string): Float32Array {
    const L = this.labels;
    const v = new Float32Array(OFFSETS.length * L);
    const keys = wordKeys(word, this.clusters);
    const tmp = new Float32Array(L);
    keys.forEach((ks, slot) => {
      tmp.fill(0);
      for (const k of ks) this.table.addTo(k, tmp);
      v.set(tmp, slot * L);
    });
    return v;
  }
}
