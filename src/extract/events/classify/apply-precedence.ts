/**
 * The codebook's precedence rules (`model/precedence.ts`) applied to scores.
 */
import { PRECEDENCE } from '../model/precedence.js';
import type { LabelScores } from './label-scores.js';

/** Returns scores with each rule's losers scaled down when its winner is strong enough. */
export function applyPrecedence(input: LabelScores): LabelScores {
  const scores = { ...input };
  for (const rule of PRECEDENCE) {
    if (scores[rule.winner] < rule.min) continue;
    for (const loser of rule.losers) scores[loser] *= rule.factor;
  }
  return scores;
}
