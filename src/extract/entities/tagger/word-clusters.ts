/**
 * Word clusters learned from unlabeled text (`scripts/ner/train-clusters.ts`):
 * each word has a bit-string path in a binary hierarchy, and prefixes of the
 * path are features, so rare words borrow evidence from frequent ones.
 * @module
 */
import { readFileSync } from 'node:fs';
import { hashString } from './hash.js';

/** Path-prefix lengths used as features (coarse to fine). */
export const CLUSTER_PREFIX_LENGTHS: readonly number[] = [4, 6, 10, 20];

/** A word → cluster path map. */
export class WordClusters {
  private readonly paths = new Map<string, (readonly [number, number])[]>();

  /** From word → bit-string path entries. */
  constructor(entries: Iterable<readonly [string, string]>) {
    for (const [word, path] of entries) {
      this.paths.set(word, CLUSTER_PREFIX_LENGTHS.filter((l) => l <= path.length || l === CLUSTER_PREFIX_LENGTHS[0]).map((l) => [l, hashString(path.slice(0, l))] as const));
    }
  }

  /** Loads a file of `path<TAB>word` lines. */
  static load(file: string): WordClusters {
    const entries: [string, string][] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) entries.push([line.slice(tab + 1), line.slice(0, tab)]);
    }
    return new WordClusters(entries);
  }

  /** (prefix length, hashed prefix) pairs of a word's path; the lower-case form is tried when the word is unknown. */
  prefixes(word: string): readonly (readonly [number, number])[] {
    return this.paths.get(word) ?? this.paths.get(word.toLowerCase()) ?? NONE;
  }

  /** Number of words with a path. */
  get size(): number {
    return this.paths.size;
  }
}

const NONE: readonly (readonly [number, number])[] = [];
