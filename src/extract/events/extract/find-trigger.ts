/**
 * Where in a text the words that made its label sit: the anchor for the
 * nearest date and place.
 */
import { ALL_CUES } from '../model/cues.js';
import type { EventLabel } from '../model/labels.js';
import { TERRITORY_GAIN } from '../model/signals.js';
import { lowerCase } from '../text/lower-case.js';

// Labels decided by rules over other labels' words: those words are their triggers.
const RELATED: Partial<Record<EventLabel, readonly EventLabel[]>> = {
  ARMED_CLASH: ['ARMED_CLASH', 'ATTACK'],
  FORCE_AGAINST_PROTEST: ['FORCE_AGAINST_PROTEST', 'PEACE_PROTEST'],
  PROTEST_WITH_INTER: ['PROTEST_WITH_INTER', 'PEACE_PROTEST'],
  VIOL_DEMONSTR: ['VIOL_DEMONSTR', 'PEACE_PROTEST'],
};
// Words of context ("civilians") are not triggers.
const MIN_TRIGGER_WEIGHT = 2;

/** The offset of the strongest trigger of `label` in `text` (the earliest of equal weight), or 0 when none is found. */
export function findTrigger(text: string, label: EventLabel): number {
  if (label === 'GOV_REGAINS_TERIT' || label === 'NON_STATE_ACTOR_OVERTAKES_TER') {
    const m = TERRITORY_GAIN.exec(text);
    if (m) return m.index;
  }
  const labels = RELATED[label] ?? [label];
  const lower = lowerCase(text);
  let best = -1;
  let bestWeight = 0;
  for (const cue of ALL_CUES) {
    if (cue.weight < MIN_TRIGGER_WEIGHT || cue.weight < bestWeight || !labels.includes(cue.label)) continue;
    const m = cue.pattern.exec(lower);
    if (!m) continue;
    if (cue.weight > bestWeight || m.index < best) {
      best = m.index;
      bestWeight = cue.weight;
    }
  }
  return Math.max(0, best);
}
