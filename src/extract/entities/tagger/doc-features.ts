/**
 * Second-pass features: what the first pass predicted around a token and for
 * the same word elsewhere in the document. A name is usually tagged the same
 * way throughout a document ("Blackburn" after "Peter Blackburn"), which a
 * sentence-by-sentence tagger cannot see on its own.
 * @module
 */
import { key1, key2 } from './hash.js';
import { T } from './feature-templates.js';
import { LABEL_COUNT, typeOfLabel } from './labels.js';
import { A, F, wordAttributes } from './word-attributes.js';
import type { SentenceFeatures } from './static-features.js';

const TYPES = 5; // O + four entity types

/** Second-pass feature keys of each sentence, from the first-pass labels of the whole document. */
export function documentFeatures(doc: readonly (readonly string[])[], stage1: readonly Uint8Array[]): SentenceFeatures[] {
  const typeCounts = new Map<string, Int32Array>();
  const longCounts = new Map<string, Int32Array>();
  const key = (w: string) => (isNameLike(w) ? w.toLowerCase() : null);
  doc.forEach((s, si) => {
    const labels = stage1[si]!;
    for (let i = 0; i < s.length; i++) {
      const k = key(s[i]!);
      if (k === null) continue;
      counts(typeCounts, k, TYPES)[typeOfLabel(labels[i]!) + 1]!++;
      const lp = longPosition(labels, i);
      if (lp >= 0) counts(longCounts, k, 4 * 3)[lp]!++;
    }
  });
  return doc.map((s, si) => {
    const labels = stage1[si]!;
    const keys: number[] = [];
    const offsets = new Int32Array(s.length + 1);
    const lab = (i: number) => (i < 0 || i >= s.length ? LABEL_COUNT : labels[i]!);
    for (let i = 0; i < s.length; i++) {
      offsets[i] = keys.length;
      for (let o = -2; o <= 2; o++) keys.push(key2(T.stage1At, o, lab(i + o)));
      keys.push(key2(T.stage1Pair, lab(i - 1), lab(i)));
      const k = key(s[i]!);
      if (k === null) continue;
      const shape = wordAttributes(s[i]!)[A.shortShape]!;
      const own = typeOfLabel(labels[i]!) + 1;
      const tc = typeCounts.get(k)!;
      let best = -1;
      let total = 0;
      for (let t = 0; t < TYPES; t++) {
        const c = tc[t]! - (t === own ? 1 : 0);
        total += c;
        if (c > 0) keys.push(key1(T.docAny, t));
        if (c > 0 && (best < 0 || c > tc[best]! - (best === own ? 1 : 0))) best = t;
      }
      if (total > 0) keys.push(key1(T.docMajority, best), key2(T.docMajorityShape, best, shape));
      const lc = longCounts.get(k);
      if (lc !== undefined) {
        const ownLong = longPosition(labels, i);
        let bestLong = -1;
        for (let j = 0; j < 12; j++) {
          const c = lc[j]! - (j === ownLong ? 1 : 0);
          if (c > 0 && (bestLong < 0 || c > lc[bestLong]! - (bestLong === ownLong ? 1 : 0))) bestLong = j;
        }
        if (bestLong >= 0) keys.push(key2(T.docLongEntity, bestLong, shape));
      }
    }
    offsets[s.length] = keys.length;
    return { keys: Int32Array.from(keys), offsets };
  });
}

/** A word that can be (part of) a name: it has a letter and is not all lower case. */
function isNameLike(w: string): boolean {
  const f = wordAttributes(w)[A.flags]!;
  return (f & F.hasLetter) !== 0 && (f & F.lower) === 0;
}

/** For a token inside a multi-token entity: type*3 + (0 first, 1 inside, 2 last); -1 otherwise. */
function longPosition(labels: Uint8Array, i: number): number {
  const l = labels[i]!;
  if (l === 0) return -1;
  const part = (l - 1) % 4;
  if (part === 3) return -1;
  return typeOfLabel(l) * 3 + (part === 0 ? 0 : part === 1 ? 1 : 2);
}

function counts(map: Map<string, Int32Array>, k: string, size: number): Int32Array {
  let c = map.get(k);
  if (c === undefined) map.set(k, (c = new Int32Array(size)));
  return c;
}
