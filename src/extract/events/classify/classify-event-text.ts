/**
 * Classifies a text reporting one event into the 25 ACLED sub-event types
 * and the five other CASE 2021 labels, with weighted cue patterns written
 * from the ACLED codebook and its precedence rules.
 */
import { ALL_CUES } from '../model/cues.js';
import { FALLBACK_LABEL } from '../model/labels.js';
import { ACCUSATION } from '../model/signals.js';
import type { EventLabel } from '../model/labels.js';
import { splitSentences } from '../text/split-sentences.js';
import { adjustCombat } from './adjust-combat.js';
import { adjustProtest } from './adjust-protest.js';
import { adjustTerritory } from './adjust-territory.js';
import { applyPrecedence } from './apply-precedence.js';
import { bestLabel, scoreCues } from './label-scores.js';
import type { LabelScores } from './label-scores.js';

/** The label chosen for a text, its score, and every label's score. */
export interface EventClassification {
  readonly type: EventLabel;
  /** The winning score: the weighted sum of the cues behind it (0 when none fired). */
  readonly score: number;
  readonly scores: Readonly<LabelScores>;
}

/** Context the text is read in. */
export interface ClassifyOptions {
  /** The text continues the account of a protest told just before. */
  readonly inProtest?: boolean;
}

/** Classifies one event text (a snippet or a sentence). */
export function classifyEventText(text: string, options: ClassifyOptions = {}): EventClassification {
  // "Men accused of child abduction" tells who they are, not an abduction.
  const sentences = splitSentences(text).map((s) => s.text.replace(ACCUSATION, (m) => ' '.repeat(m.length)));
  const lead = sentences[0] ?? '';
  let scores = scoreCues(sentences.length > 0 ? sentences : [text], ALL_CUES);
  scores = adjustProtest(scores, lead, options.inProtest ?? false);
  scores = adjustCombat(scores, lead);
  scores = adjustTerritory(scores, lead);
  scores = applyPrecedence(scores);
  const type = bestLabel(scores);
  return type === null ? { type: FALLBACK_LABEL, score: 0, scores } : { type, score: scores[type], scores };
}
