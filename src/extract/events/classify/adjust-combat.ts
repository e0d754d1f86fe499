/**
 * ATTACK against ARMED_CLASH. ACLED codes violence by an armed group
 * against civilians as ATTACK, and fighting in which the other side is
 * armed (a base, a checkpoint, a patrol, soldiers, rebels killed by the
 * army) as ARMED_CLASH. The generic violence words vote for ATTACK; an armed
 * target moves their weight to ARMED_CLASH.
 */
import { ARMED_CASUALTIES, ARMED_TARGET, FIREARMS } from '../model/signals.js';
import { ARMED_TARGET_BONUS } from '../model/weights.js';
import type { LabelScores } from './label-scores.js';

// A grenade attack is one where grenades are the weapon; with guns too, the target decides.
const GRENADE_WITH_GUNS = 0.3;

/** Returns scores with the attack weight moved to ARMED_CLASH when the target was armed. */
export function adjustCombat(input: LabelScores, text: string): LabelScores {
  if (input.ATTACK === 0 && input.ARMED_CLASH === 0) return input;
  const scores = input.GRENADE > 0 && FIREARMS.test(text) ? { ...input, GRENADE: input.GRENADE * GRENADE_WITH_GUNS } : input;
  if (!ARMED_TARGET.test(text) && !ARMED_CASUALTIES.test(text)) return scores;
  return { ...scores, ARMED_CLASH: scores.ARMED_CLASH + scores.ATTACK + ARMED_TARGET_BONUS, ATTACK: 0 };
}
