/**
 * Which events are one: sets of types used when pieces and sentences that
 * tell the same event are merged, and the thresholds of extraction.
 */
import type { EventType } from '../../../model/contract.js';

/** A piece needs this score for its best ACLED type to be an event of its own. */
export const EVENT_MIN_SCORE = 4;

/** Added to generic violence that states a death toll. */
export const DEATH_TOLL_BONUS = 2;

/** Types of violence: a later "3 were killed" or "the firing went on" adds to them. */
export const VIOLENT_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'ATTACK', 'ARMED_CLASH', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'GRENADE', 'SUIC_BOMB', 'CHEM_WEAP',
  'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL',
]);

/** Generic violence, told by words any violent event uses ("killed", "opened fire"). */
export const GENERIC_VIOLENCE: ReadonlySet<EventType> = new Set<EventType>(['ATTACK', 'ARMED_CLASH']);

/** Types that, told right after a violent event without a place of their own, belong to it (weapons recovered after a clash). */
export const PART_OF_VIOLENCE: ReadonlySet<EventType> = new Set<EventType>(['DISR_WEAP']);

/** The protest family; PEACE_PROTEST folds into a more specific one at the same place and time. */
export const PROTEST_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR',
]);

/** Types told together in one sentence that make one event ("detained …; their whereabouts are unknown"). */
export const SAME_SENTENCE_PAIRS: readonly (readonly [EventType, EventType])[] = [
  ['ARREST', 'ABDUCT_DISSAP'], ['PROTEST_WITH_INTER', 'ARREST'], ['FORCE_AGAINST_PROTEST', 'ARREST'],
];

/** How many sentences back an event can be continued by a sentence that names no place. */
export const CONTINUATION_SENTENCES = 5;

/** How many paragraphs back, likewise. */
export const CONTINUATION_PARAGRAPHS = 2;
