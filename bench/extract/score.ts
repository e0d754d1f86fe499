/**
 * The scorer of the Zyte (Scrapinghub) article-extraction benchmark, as its
 * `evaluate.py` computes it and `shared/data/README.md` describes it: 4-token
 * shingles, per-page counts normalised to sum to 1, precision and recall
 * averaged over pages, F1 of the two means; plus exact-match accuracy on the
 * token sequences.
 * @module
 */

/** Normalised true-positive, false-positive and false-negative shares of one page. */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Whether the predicted token sequence equals the truth's. */
  readonly exact: boolean;
}

/** Corpus figures. */
export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
  readonly pages: number;
}

// Python's `\w` with re.UNICODE: letters, numbers and the underscore (combining marks are not word characters).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** The benchmark's tokens: maximal runs of Unicode word characters. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of shingles of `n` tokens (one shorter shingle for texts under `n` tokens). */
export function shingles(tokens: readonly string[], n = SHINGLE): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // A separator no token can contain keeps distinct shingles distinct.
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page: shingle TP/FP/FN divided by their sum, and exact token match. */
export function scorePage(truth: string, prediction: string): PageCounts {
  const t = tokenize(truth);
  const p = tokenize(prediction);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of ts) {
    const pc = ps.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of ps) fp += Math.max(0, pc - (ts.get(key) ?? 0));
  const sum = tp + fp + fn;
  const exact = t.length === p.length && t.every((tok, i) => tok === p[i]);
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

/** Page precision as evaluate.py defines it. */
export function pagePrecision(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

/** Page recall as evaluate.py defines it. */
export function pageRecall(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

/** Corpus precision, recall, F1 and accuracy over scored pages. */
export function aggregate(pages: readonly PageCounts[]): Scores {
  const withPrediction = pages.filter((c) => c.tp + c.fp > 0);
  const withTruth = pages.filter((c) => c.tp + c.fn > 0);
  const precision = mean(withPrediction.map(pagePrecision));
  const recall = mean(withTruth.map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length > 0 ? pages.filter((c) => c.exact).length / pages.length : 0;
  return { precision, recall, f1, accuracy, pages: pages.length };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
