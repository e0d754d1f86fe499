/**
 * How alike two Latin-script place keys look once vowels are folded, to keep
 * loose skeleton matches to real spelling variants.
 * @module
 */
import { stripArticle } from './normalize-name.js';

/** The key without article and spaces, every vowel run as "a", doubled letters single. */
export function vowelFold(key: string): string {
  return (stripArticle(key) ?? key).replace(/ /g, '').replace(/[aeiouy]+/g, 'a').replace(/(.)\1+/g, '$1');
}

/** 1 − edit distance / longer length of the vowel-folded keys (1 = same). */
export function foldedSimilarity(a: string, b: string): number {
  const x = vowelFold(a);
  const y = vowelFold(b);
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - editDistance(x, y) / longer;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
