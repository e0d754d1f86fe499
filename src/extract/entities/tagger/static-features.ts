/**
 * The context features of each token that do not depend on predicted labels
 * and are not about one word alone (those are in `word-keys.ts`): word and
 * shape n-grams, gazetteer matches, sentence shape and document-wide case
 * evidence. Computed once per document, then read by every decoding pass.
 * @module
 */
import { GAZETTEER_CATEGORIES } from '../model/gazetteer-settings.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { foldCase } from '../gazetteer/fold-case.js';
import { hashString, key1, key2, key3 } from './hash.js';
import { T } from './feature-templates.js';
import { A, F, wordAttributes } from './word-attributes.js';
import type { WordClusters } from './word-clusters.js';

/** What feature extraction reads besides the text. */
export interface FeatureResources {
  readonly gazetteer: Gazetteer;
  readonly clusters: WordClusters | null;
}

/** Feature keys of one sentence: token i owns `keys[offsets[i]..offsets[i+1])`. */
export interface SentenceFeatures {
  readonly keys: Int32Array;
  readonly offsets: Int32Array;
}

const NCAT = GAZETTEER_CATEGORIES.length;
/** Cue categories match lower-case words too; name categories need a capital letter. */
const CUE_MASK = ['orgHead', 'perTitle', 'locHead'].reduce((m, c) => m | (1 << GAZETTEER_CATEGORIES.indexOf(c as never)), 0);
/** The English model leaves out the foreign-language name lists. */
const ENGLISH_MASK = ~['countryIntl', 'cityIntl', 'demonymIntl'].reduce((m, c) => m | (1 << GAZETTEER_CATEGORIES.indexOf(c as never)), 0);
const BOUNDARY = hashString('<s>');
const BOUNDARY_ATTRS = new Int32Array(13).fill(BOUNDARY);
const SHORT_LINE_TOKENS = 8;

/** Static features of every sentence of a document (a list of sentences of token strings). */
export function staticFeatures(doc: readonly (readonly string[])[], res: FeatureResources): SentenceFeatures[] {
  const docCase = documentCase(doc);
  return doc.map((sentence) => sentenceFeatures(sentence, res, docCase));
}

interface DocumentCase {
  readonly lowerSeen: ReadonlySet<string>;
  readonly titleSeen: ReadonlySet<string>;
  /** For capitalized words: hashed lower-case neighbours of each occurrence (side * hash pairs), by word. */
  readonly contexts: ReadonlyMap<string, Int32Array[]>;
}

/** Occurrences of one word whose neighbours are aggregated (more add little and cost time). */
const MAX_CONTEXT_OCCURRENCES = 8;

/** Which words the document writes in lower case, and which in title case away from a sentence start. */
function documentCase(doc: readonly (readonly string[])[]): DocumentCase {
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  const contexts = new Map<string, Int32Array[]>();
  for (const s of doc) {
    for (let i = 0; i < s.length; i++) {
      const f = wordAttributes(s[i]!)[A.flags]!;
      if (!(f & F.initCap)) continue;
      let list = contexts.get(s[i]!);
      if (list === undefined) contexts.set(s[i]!, (list = []));
      if (list.length >= MAX_CONTEXT_OCCURRENCES) continue;
      list.push(Int32Array.of(i > 0 ? wordAttributes(s[i - 1]!)[A.lower]! : 0, i + 1 < s.length ? wordAttributes(s[i + 1]!)[A.lower]! : 0));
    }
    if (isHeadline(s)) continue;
    for (let i = 0; i < s.length; i++) {
      const f = wordAttributes(s[i]!)[A.flags]!;
      if (f & F.lower) lowerSeen.add(s[i]!);
      else if (i > 0 && f & F.initCap && !(f & F.allCaps)) titleSeen.add(s[i]!.toLowerCase());
    }
  }
  return { lowerSeen, titleSeen, contexts };
}

/** A sentence written in capitals (a headline or dateline). */
export function isHeadline(s: readonly string[]): boolean {
  let caps = 0;
  let letters = 0;
  for (const w of s) {
    const f = wordAttributes(w)[A.flags]!;
    if (!(f & F.hasLetter)) continue;
    letters++;
    if (f & F.allCaps && w.length > 1) caps++;
  }
  return letters >= 2 && caps / letters > 0.8;
}

function sentenceFeatures(s: readonly string[], res: FeatureResources, docCase: DocumentCase): SentenceFeatures {
  const n = s.length;
  const attrs = s.map(wordAttributes);
  const at = (i: number) => (i < 0 || i >= n ? BOUNDARY_ATTRS : attrs[i]!);
  const gaz = gazetteerTags(s, res.gazetteer, attrs);
  const headline = isHeadline(s);
  const shortLine = n <= SHORT_LINE_TOKENS ? 1 : 0;
  const parens = parenthesisDepth(s);
  const keys: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = keys.length;
    const a = attrs[i]!;
    const shape = a[A.shortShape]!;
    keys.push(key3(T.shapeBigram, -1, at(i - 1)[A.shortShape]!, shape), key3(T.shapeBigram, 1, shape, at(i + 1)[A.shortShape]!));
    keys.push(key3(T.shapeTrigram, 0, at(i - 1)[A.shortShape]!, shape) ^ at(i + 1)[A.shortShape]!);
    keys.push(key3(T.lowerBigram, -1, at(i - 1)[A.lower]!, a[A.lower]!), key3(T.lowerBigram, 1, a[A.lower]!, at(i + 1)[A.lower]!));
    keys.push(key3(T.lowerShape, -1, at(i - 1)[A.lower]!, shape), key3(T.lowerShape, 1, at(i + 1)[A.lower]!, shape));
    for (let o = -2; o <= 2; o++) {
      const tags = gaz[i + o];
      if (tags === undefined) continue;
      for (const g of tags) {
        keys.push(key2(T.gazetteer, o, g));
        if (o === 0) keys.push(key2(T.gazShape, g, shape));
      }
    }
    if (i === 0) keys.push(key1(T.firstInSentence, shape));
    if (headline) keys.push(key1(T.headline, shape));
    keys.push(key2(T.lineShape, shortLine, shape));
    if (parens[i]! > 0) keys.push(key1(T.inParens, shape));
    if (i > 0 && s[i - 1] === '(') keys.push(key2(T.afterOpenParen, at(i - 2)[A.shortShape]!, shape));
    const flags = a[A.flags]!;
    if (flags & F.initCap && docCase.lowerSeen.has(s[i]!.toLowerCase())) keys.push(key1(T.docLower, shape));
    if (flags & F.allCaps && docCase.titleSeen.has(s[i]!.toLowerCase())) keys.push(key1(T.docTitle, shape));
    const others = docCase.contexts.get(s[i]!);
    if (others !== undefined && others.length > 1) {
      const ownLeft = at(i - 1)[A.lower]!;
      const ownRight = at(i + 1)[A.lower]!;
      const seen = new Set<number>();
      for (const c of others) {
        if (c[0] === ownLeft && c[1] === ownRight) continue;
        const l = key2(T.docContext, -1, c[0]!);
        const r = key2(T.docContext, 1, c[1]!);
        if (!seen.has(l)) keys.push(l), seen.add(l);
        if (!seen.has(r)) keys.push(r), seen.add(r);
      }
    }
  }
  offsets[n] = keys.length;
  return { keys: Int32Array.from(keys), offsets };
}

/** For each token, gazetteer tags `category*4 + position` (B, I, L, U) from the longest covering match. */
function gazetteerTags(s: readonly string[], gazetteer: Gazetteer, attrs: readonly Int32Array[]): (number[] | undefined)[] {
  const n = s.length;
  const taken = new Int8Array(n * NCAT);
  const tags: (number[] | undefined)[] = new Array(n);
  for (const m of gazetteer.matchAll(s.map(foldCase))) {
    let cats = m.cats & ENGLISH_MASK;
    if (attrs[m.start]![A.flags]! & F.lower) cats &= CUE_MASK;
    for (let c = 0; c < NCAT; c++) {
      if (!(cats & (1 << c))) continue;
      for (let t = m.start; t < m.end; t++) {
        if (taken[t * NCAT + c]) continue;
        taken[t * NCAT + c] = 1;
        const pos = m.end - m.start === 1 ? 3 : t === m.start ? 0 : t === m.end - 1 ? 2 : 1;
        (tags[t] ??= []).push(c * 4 + pos);
      }
    }
  }
  return tags;
}

/** How many parentheses are open before each token. */
function parenthesisDepth(s: readonly string[]): Int8Array {
  const depth = new Int8Array(s.length);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === ')' && d > 0) d--;
    depth[i] = d;
    if (s[i] === '(') d = Math.min(d + 1, 3);
  }
  return depth;
}
