/**
 * The protest sub-types of ACLED. Whether a protest took place is one
 * question (the frame); what happened at it is another, answered in the
 * codebook's order: rival crowds fighting (mob violence), demonstrators
 * violent, lethal or excessive force by the authorities, intervention
 * (tear gas, dispersal, arrests), otherwise peaceful.
 */
import type { EventLabel } from '../model/labels.js';
import { PROTEST_FRAME_CUES, PROTESTER_VIOLENCE_CUES } from '../model/cues-protest.js';
import { lowerCase } from '../text/lower-case.js';
import { ARREST_AT_PROTEST, PROTEST_AS_BACKGROUND } from '../model/signals.js';
import { PROTEST_FRAME_MIN, PROTEST_SIGNAL_MIN } from '../model/weights.js';
import type { LabelScores } from './label-scores.js';

const SUBTYPES = ['MOB_VIOL', 'VIOL_DEMONSTR', 'FORCE_AGAINST_PROTEST', 'PROTEST_WITH_INTER'] as const;
// Riot words name a (violent) demonstration by themselves.
const RIOT_FRAME = 8;
// The weight of the arrest cue among the intervention cues (see `model/cues-protest.ts`).
const ARREST_INTERVENTION = 4;

/**
 * Returns scores where at most one protest label is left, carrying the
 * frame's score. `inProtest` says the text continues the account of a
 * protest told just before ("police fired tear gas to disperse them"); that
 * context does not turn plain arrests into a protest event.
 */
export function adjustProtest(input: LabelScores, text: string, inProtest = false): LabelScores {
  const scores = { ...input };
  let frame = scores.PEACE_PROTEST;
  if (PROTEST_AS_BACKGROUND.test(text)) frame = Math.max(0, frame - PROTEST_FRAME_MIN);
  if (scores.VIOL_DEMONSTR >= RIOT_FRAME) frame = Math.max(frame, PROTEST_FRAME_MIN);
  if (inProtest && frame < PROTEST_FRAME_MIN) {
    if (ARREST_AT_PROTEST.test(text)) scores.PROTEST_WITH_INTER = Math.max(0, scores.PROTEST_WITH_INTER - ARREST_INTERVENTION);
    // The context frames what the authorities or the crowd did; a sentence doing neither stays what it is.
    if (SUBTYPES.some((label) => scores[label] >= PROTEST_SIGNAL_MIN[label])) frame = PROTEST_FRAME_MIN;
  }
  if (frame < PROTEST_FRAME_MIN) {
    scores.PEACE_PROTEST = frame;
    scores.VIOL_DEMONSTR = 0;
    scores.FORCE_AGAINST_PROTEST = 0;
    scores.PROTEST_WITH_INTER = 0;
    return scores;
  }
  const winner: EventLabel = SUBTYPES.find((label) => scores[label] >= PROTEST_SIGNAL_MIN[label]) ?? 'PEACE_PROTEST';
  const signal = winner === 'PEACE_PROTEST' ? 0 : scores[winner];
  for (const label of SUBTYPES) scores[label] = 0;
  scores.PEACE_PROTEST = 0;
  scores[winner] = frame + signal;
  return scores;
}

const FRAME_CUES = [...PROTEST_FRAME_CUES, ...PROTESTER_VIOLENCE_CUES.filter((c) => c.weight >= RIOT_FRAME)];

/** Whether a text names a protest (or a riot) clearly enough to frame what follows. */
export function namesProtest(text: string): boolean {
  const lower = lowerCase(text);
  return FRAME_CUES.some((c) => c.weight >= PROTEST_FRAME_MIN && c.pattern.test(lower)) && !PROTEST_AS_BACKGROUND.test(text);
}
