/**
 * Finding any of many phrases in a line, fast. A regex alternation of a few
 * hundred phrases is tried at every position of the line; here phrases are
 * indexed by their first word, so each word of the line costs one map
 * look-up and a check of the few phrases that start with it. Both sides are
 * folded with `foldForCues`; phrases must start and end at word breaks.
 */
import { foldForCues } from './fold-text.js';

/** A phrase found: its folded form and where it starts in the folded line. */
export interface PhraseHit {
  readonly phrase: string;
  readonly index: number;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && (/[a-z0-9]/.test(ch) || (ch > '\x7f' && WORD_CHAR_RE.test(ch)));

/** Finds phrases of a fixed list in folded lines. */
export class PhraseFinder {
  private readonly byFirst = new Map<string, string[]>();
  private readonly symbolic: string[] = [];

  constructor(phrases: Iterable<string>) {
    for (const p of new Set([...phrases].map(foldForCues))) {
      if (p === '') continue;
      const first = /^[\p{L}\p{N}]+/u.exec(p)?.[0];
      // Phrases that do not start with a word ("©", "(c) 2") are checked with a plain substring search.
      if (first === undefined) this.symbolic.push(p);
      else (this.byFirst.get(first) ?? this.byFirst.set(first, []).get(first)!).push(p);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Every phrase found in `folded` (a `foldForCues` string), in order of position; the longest at each position. */
  findAll(folded: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (const p of this.symbolic) {
      const at = folded.indexOf(p);
      if (at >= 0 && !(isWordChar(p[p.length - 1]) && isWordChar(folded[at + p.length]))) hits.push({ phrase: p, index: at });
    }
    let i = 0;
    while (i < folded.length) {
      if (!isWordChar(folded[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < folded.length && isWordChar(folded[j])) j++;
      const candidates = this.byFirst.get(folded.slice(i, j));
      if (candidates) {
        const hit = candidates.find((p) => folded.startsWith(p, i) && !(isWordChar(p[p.length - 1]) && isWordChar(folded[i + p.length])));
        if (hit) hits.push({ phrase: hit, index: i });
      }
      i = j;
    }
    return hits.sort((a, b) => a.index - b.index);
  }

  /** The first phrase found, or null. */
  find(folded: string): PhraseHit | null {
    return this.findAll(folded)[0] ?? null;
  }
}
