/**
 * Sentence spans of a statement body. Stances are stated one sentence at a time
 * and the sentence is the stance's evidence, so the split must keep list
 * headers ("We demand that the government:") and lines of their own apart.
 */

/** A sentence as offsets into the body. */
export interface SentenceSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

// Words whose dot does not end a sentence: titles, initials, common abbreviations.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'hon', 'st', 'no', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev', 'jr', 'sr',
  'vs', 'etc', 'inc', 'ltd', 'co', 'art', 'sra', 'srta', 'mme', 'mlle', 'mgr', 'm', 'cf', 'fig', 'approx',
  'dept', 'gov', 'sen', 'rep', 'pres', 'maj', 'cmdr', 'adm', 'nos', 'pp', 'vol', 'p', 'av', 'ave', 'e.g',
  'i.e', 'u.s', 'u.n', 'a.m', 'p.m', 'ing', 'lic', 'excmo', 'ud', 'uds', 'dña', 'pdte',
]);
const CLOSERS = '"”’»)]\'';

/** Splits a body into sentences: at end punctuation before a capital, and at line breaks that end a line of text. */
export function splitSentences(body: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    const s = trimStart(body, start, end);
    const e = trimEnd(body, s, end);
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\n') {
      if (lineBreakEnds(body, i)) push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < body.length && (body[j] === '.' || body[j] === '!' || body[j] === '?' || CLOSERS.includes(body[j]!))) j++;
    if (j < body.length && !/\s/u.test(body[j]!)) continue;
    if (c === '.' && isAbbreviation(body, i)) continue;
    let k = j;
    while (k < body.length && /[ \t\u00a0]/u.test(body[k]!)) k++;
    const next = body[k];
    if (next === undefined || next === '\n' || /[\p{Lu}\p{N}"“«¿¡'‘(\[]/u.test(next)) {
      push(j);
      i = j - 1;
    }
  }
  push(body.length);
  return spans;
}

/** A line break ends a sentence unless the line runs on into a lower-case continuation. */
function lineBreakEnds(body: string, at: number): boolean {
  let k = at + 1;
  while (k < body.length && /[ \t\u00a0\r]/u.test(body[k]!)) k++;
  if (k >= body.length || body[k] === '\n') return true;
  let p = at - 1;
  while (p >= 0 && /[ \t\u00a0\r]/u.test(body[p]!)) p--;
  const before = body[p] ?? '';
  return !(/[\p{L}\p{N},;\-–]/u.test(before) && /[\p{Ll}]/u.test(body[k]!));
}

function isAbbreviation(body: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(body[s - 1]!)) s--;
  const word = body.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital is an initial ("J. Banda").
  return /^\p{Lu}$/u.test(body.slice(s, dot));
}

function trimStart(body: string, from: number, to: number): number {
  let s = from;
  while (s < to && /\s/u.test(body[s]!)) s++;
  return s;
}

function trimEnd(body: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/u.test(body[e - 1]!)) e--;
  return e;
}
