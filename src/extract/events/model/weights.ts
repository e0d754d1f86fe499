/**
 * Numeric settings of the classifier, kept apart from the rules that use them.
 */

/** Cues in the first sentence count fully: news leads state the main event. */
export const LEAD_SENTENCE_WEIGHT = 1;

/** Cues in later sentences count less: they add background and earlier events. */
export const LATER_SENTENCE_WEIGHT = 0.5;

/** A protest frame needs at least this score (one clear protest word). */
export const PROTEST_FRAME_MIN = 5;

/** Sub-type signals needed to leave PEACE_PROTEST, per sub-type. */
export const PROTEST_SIGNAL_MIN = { MOB_VIOL: 4, VIOL_DEMONSTR: 5, FORCE_AGAINST_PROTEST: 5, PROTEST_WITH_INTER: 4 } as const;

/** Score a territory gain gives to the side that gained it. */
export const TERRITORY_GAIN_WEIGHT = 12;

/** Score a territory gain gives when the gainer cannot be told (non-state is likelier to be unnamed). */
export const TERRITORY_UNKNOWN_WEIGHT = 5;

/** Words after a territory verb within which its object must appear. */
export const TERRITORY_OBJECT_WINDOW = 12;

/** Bonus to ARMED_CLASH when an attack's target is armed. */
export const ARMED_TARGET_BONUS = 3;
