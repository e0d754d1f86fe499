/**
 * Scores per label, and the weighted cue count that produces them.
 */
import type { Cue } from '../model/cue.js';
import { EVENT_LABELS } from '../model/labels.js';
import type { EventLabel } from '../model/labels.js';
import { literalAnchors } from '../text/literal-anchors.js';
import { lowerCase } from '../text/lower-case.js';
import { LATER_SENTENCE_WEIGHT, LEAD_SENTENCE_WEIGHT } from '../model/weights.js';

/** A score for every label (0 when no cue fired). */
export type LabelScores = Record<EventLabel, number>;

/** Scores all zero. */
export function emptyScores(): LabelScores {
  return Object.fromEntries(EVENT_LABELS.map((label) => [label, 0])) as LabelScores;
}

// A cue whose literal prefixes are all absent from a sentence cannot match it: most cues skip most sentences.
const anchors = new Map<Cue, readonly string[] | null>();
function anchorsOf(cue: Cue): readonly string[] | null {
  let a = anchors.get(cue);
  if (a === undefined) anchors.set(cue, (a = literalAnchors(cue.pattern.source)));
  return a;
}

/**
 * Adds each cue's weight once, scaled by the weight of the first sentence it
 * fires in: the lead counts fully, later sentences less.
 */
export function scoreCues(sentences: readonly string[], cues: readonly Cue[]): LabelScores {
  const scores = emptyScores();
  const lower = sentences.map(lowerCase);
  for (const cue of cues) {
    const required = anchorsOf(cue);
    for (let i = 0; i < sentences.length; i++) {
      if (required && !required.some((a) => lower[i]!.includes(a))) continue;
      if (!cue.pattern.test(lower[i]!)) continue;
      scores[cue.label] += cue.weight * (i === 0 ? LEAD_SENTENCE_WEIGHT : LATER_SENTENCE_WEIGHT);
      break;
    }
  }
  return scores;
}

/** The label with the highest score (the earlier label in `EVENT_LABELS` on ties), or null when all are 0. */
export function bestLabel(scores: LabelScores): EventLabel | null {
  let best: EventLabel | null = null;
  for (const label of EVENT_LABELS) {
    if (scores[label] > 0 && (best === null || scores[label] > scores[best])) best = label;
  }
  return best;
}
