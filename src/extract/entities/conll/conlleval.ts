/**
 * The CoNLL shared-task measure (the `conlleval` script): exact-span,
 * exact-type entity precision, recall and F1, pooled over all sentences, with
 * a per-type breakdown.
 * @module
 */
import { spansOfIob } from './tag-spans.js';

/** Precision, recall and F1 with the counts behind them. */
export interface PrfCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly correct: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Overall figures plus one entry per entity type seen in gold or prediction. */
export interface ConllScore extends PrfCounts {
  readonly byType: Readonly<Record<string, PrfCounts>>;
}

/** Scores predicted against gold tag sequences (IOB1 or IOB2, one array per sentence). */
export function conllEval(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== predicted.length) throw new Error(`conlleval: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map<string, { correct: number; gold: number; predicted: number }>();
  const bump = (type: string) => {
    let c = counts.get(type);
    if (c === undefined) counts.set(type, (c = { correct: 0, gold: 0, predicted: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = predicted[s]!;
    if (g.length !== p.length) throw new Error(`conlleval: sentence ${s} has ${g.length} gold tags but ${p.length} predicted`);
    const goldKeys = new Set<string>();
    for (const span of spansOfIob(g)) {
      bump(span.type).gold++;
      goldKeys.add(`${span.type}:${span.start}:${span.end}`);
    }
    for (const span of spansOfIob(p)) {
      const c = bump(span.type);
      c.predicted++;
      if (goldKeys.has(`${span.type}:${span.start}:${span.end}`)) c.correct++;
    }
  }
  let correct = 0;
  let goldTotal = 0;
  let predictedTotal = 0;
  const byType: Record<string, PrfCounts> = {};
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = prf(c.correct, c.gold, c.predicted);
    correct += c.correct;
    goldTotal += c.gold;
    predictedTotal += c.predicted;
  }
  return { ...prf(correct, goldTotal, predictedTotal), byType };
}

/** Precision, recall and F1 from counts; 0 where a denominator is 0. */
export function prf(correct: number, gold: number, predicted: number): PrfCounts {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correct, gold, predicted };
}
