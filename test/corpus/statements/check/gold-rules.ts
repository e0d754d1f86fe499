/**
 * The closed vocabularies and formats of the contract that the gold must use.
 * @module
 */

/** Entity types of the contract. */
export const ENTITY_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** Stance relations of the contract. */
export const RELATIONS: ReadonlySet<string> = new Set(['support', 'condemn', 'accuse', 'demand']);

/** ACLED sub-event types, the contract's event vocabulary. */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
  'ABDUCT_DISSAP', 'AGREEMENT', 'AIR_STRIKE', 'ARMED_CLASH', 'ARREST', 'ART_MISS_ATTACK', 'ATTACK',
  'CHANGE_TO_GROUP_ACT', 'CHEM_WEAP', 'DISR_WEAP', 'FORCE_AGAINST_PROTEST', 'GOV_REGAINS_TERIT', 'GRENADE',
  'HQ_ESTABLISHED', 'MOB_VIOL', 'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER', 'OTHER',
  'PEACE_PROTEST', 'PROPERTY_DISTRUCT', 'PROTEST_WITH_INTER', 'REM_EXPLOS', 'SEX_VIOL', 'SUIC_BOMB', 'VIOL_DEMONSTR',
]);

/** Languages the corpus is written in (ISO 639-1). */
export const LANGUAGES: ReadonlySet<string> = new Set(['en', 'fr', 'es', 'de', 'tr', 'ar']);

/** A contract date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** Earliest and latest year the corpus's statements may carry. */
export const YEAR_RANGE: readonly [number, number] = [1998, 2025];

/** How far (in degrees) a gold point may lie from its cities500 row: rounding only. */
export const POINT_TOLERANCE_DEGREES = 0.001;

/** Whether a contract date is well formed, a real calendar day and inside the corpus's years. */
export function isValidDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || y < YEAR_RANGE[0] || y > YEAR_RANGE[1]) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
