/**
 * A phrase gazetteer over tokens: names of countries, cities, regions, people
 * and organizations, and cue words, each in one or more categories, matched
 * case-insensitively as token sequences with a trie.
 * @module
 */
import { readFileSync } from 'node:fs';
import { GAZETTEER_CATEGORIES } from '../model/gazetteer-settings.js';
import type { GazetteerCategory } from '../model/gazetteer-settings.js';
import { foldCase } from './fold-case.js';

interface TrieNode {
  cats: number;
  next: Map<string, TrieNode> | null;
}

/** One match: tokens `[start, end)` of the sentence are a name of the categories in `cats` (a bit set). */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly cats: number;
}

/** The bit of a category in `GazetteerMatch.cats`. */
export function categoryBit(cat: GazetteerCategory): number {
  return 1 << GAZETTEER_CATEGORIES.indexOf(cat);
}

/** A loaded gazetteer. */
export class Gazetteer {
  private readonly root: TrieNode = { cats: 0, next: new Map() };

  /** Builds the trie from category → names, each name's tokens (case-folded) joined by single spaces. */
  constructor(categories: Readonly<Record<string, readonly string[]>>) {
    for (const [cat, names] of Object.entries(categories)) {
      const id = GAZETTEER_CATEGORIES.indexOf(cat as GazetteerCategory);
      if (id < 0) continue;
      for (const name of names) this.insert(name.split(' '), 1 << id);
    }
  }

  /** Loads the JSON file written by `scripts/ner/build-gazetteer.ts`. */
  static load(path: string): Gazetteer {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { categories: Record<string, string[]> };
    return new Gazetteer(json.categories);
  }

  /** Adds a name (already tokenized and folded) to the categories in `cats`. */
  insert(tokens: readonly string[], cats: number): void {
    let node = this.root;
    for (const t of tokens) {
      node.next ??= new Map();
      let child = node.next.get(t);
      if (child === undefined) node.next.set(t, (child = { cats: 0, next: null }));
      node = child;
    }
    node.cats |= cats;
  }

  /** Categories of exactly this folded token sequence (0 when it is not a name). */
  lookup(folded: readonly string[]): number {
    let node: TrieNode | undefined = this.root;
    for (const t of folded) {
      node = node.next?.get(t);
      if (node === undefined) return 0;
    }
    return node.cats;
  }

  /** Every match of a sentence given as case-folded tokens, from each start, longest first. */
  matchAll(folded: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < folded.length; i++) {
      let node: TrieNode | undefined = this.root;
      const found: GazetteerMatch[] = [];
      for (let j = i; j < folded.length; j++) {
        node = node.next?.get(folded[j]!);
        if (node === undefined) break;
        if (node.cats !== 0) found.push({ start: i, end: j + 1, cats: node.cats });
      }
      for (let k = found.length - 1; k >= 0; k--) out.push(found[k]!);
    }
    return out;
  }
}

/** Case-folds the tokens of a sentence for gazetteer look-up. */
export function foldTokens(tokens: readonly string[]): string[] {
  return tokens.map(foldCase);
}
