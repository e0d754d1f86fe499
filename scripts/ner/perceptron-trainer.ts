/**
 * Averaged perceptron training of the greedy tagger: growable float rows per
 * feature key, updated when the best label differs from the gold one, and
 * averaged over every step at the end (the lazy "w - u/c" form).
 * @module
 */
import { decodeGreedy } from '../../src/extract/entities/tagger/greedy-decoder.js';
import type { WeightLookup } from '../../src/extract/entities/tagger/greedy-decoder.js';
import { LABEL_COUNT } from '../../src/extract/entities/tagger/labels.js';
import type { SentenceFeatures } from '../../src/extract/entities/tagger/static-features.js';
import type { WordClusters } from '../../src/extract/entities/tagger/word-clusters.js';
import { BOUNDARY_WORD, cachedWordKeys, OFFSETS } from '../../src/extract/entities/tagger/word-keys.js';

/** A training document: its sentences, gold labels and precomputed features. */
export interface TrainDocument {
  readonly words: readonly (readonly string[])[];
  readonly gold: readonly Uint8Array[];
  readonly feats: readonly SentenceFeatures[];
  extra: SentenceFeatures[] | null;
}

/** Weights while training. */
export class PerceptronTrainer implements WeightLookup {
  private readonly index = new Map<number, number>();
  private w = new Float32Array(1 << 20);
  private u = new Float64Array(1 << 20);
  private rows = 0;
  private step = 1;

  constructor(private readonly clusters: WordClusters | null) {}

  addTo(key: number, scores: Float32Array): void {
    const r = this.index.get(key);
    if (r === undefined) return;
    const base = r * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += this.w[base + l]!;
  }

  addWord(word: string, slot: number, scores: Float32Array): void {
    for (const k of cachedWordKeys(word, this.clusters)[slot]!) this.addTo(k, scores);
  }

  /** Adds `delta` to the weight of `label` for one key. */
  update(key: number, label: number, delta: number): void {
    let r = this.index.get(key);
    if (r === undefined) {
      r = this.rows++;
      this.index.set(key, r);
      if ((r + 1) * LABEL_COUNT > this.w.length) this.grow();
    }
    const i = r * LABEL_COUNT + label;
    this.w[i]! += delta;
    this.u[i]! += this.step * delta;
  }

  private grow(): void {
    const w = new Float32Array(this.w.length * 2);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array(this.u.length * 2);
    u.set(this.u);
    this.u = u;
  }

  /** One pass over the documents in the given order; returns the share of tokens whose best label was wrong. */
  epoch(docs: readonly TrainDocument[]): number {
    let errors = 0;
    let tokens = 0;
    for (const doc of docs) {
      doc.words.forEach((words, si) => {
        const gold = doc.gold[si]!;
        const out = new Uint8Array(words.length);
        const feats = doc.feats[si]!;
        const extra = doc.extra?.[si] ?? null;
        decodeGreedy(words, feats, extra, this, out, (i, _chosen, best, history, h) => {
          tokens++;
          const g = gold[i]!;
          if (best !== g) {
            errors++;
            const touch = (k: number) => {
              this.update(k, g, 1);
              this.update(k, best, -1);
            };
            for (let slot = 0; slot < OFFSETS.length; slot++) {
              const j = i + OFFSETS[slot]!;
              for (const k of cachedWordKeys(j < 0 || j >= words.length ? BOUNDARY_WORD : words[j]!, this.clusters)[slot]!) touch(k);
            }
            for (let k = feats.offsets[i]!; k < feats.offsets[i + 1]!; k++) touch(feats.keys[k]!);
            if (extra !== null) for (let k = extra.offsets[i]!; k < extra.offsets[i + 1]!; k++) touch(extra.keys[k]!);
            for (let k = 0; k < h; k++) touch(history[k]!);
          }
          this.step++;
        });
      });
    }
    return tokens === 0 ? 0 : errors / tokens;
  }

  /** The averaged weights, one row per key. */
  averaged(): Map<number, Float32Array> {
    const out = new Map<number, Float32Array>();
    for (const [key, r] of this.index) {
      const row = new Float32Array(LABEL_COUNT);
      for (let l = 0; l < LABEL_COUNT; l++) {
        const i = r * LABEL_COUNT + l;
        row[l] = this.w[i]! - this.u[i]! / this.step;
      }
      out.set(key, row);
    }
    return out;
  }

  /** Number of feature rows. */
  get size(): number {
    return this.rows;
  }
}
