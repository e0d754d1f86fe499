/**
 * Words that mark clause boundaries inside a sentence, and verb forms that
 * show a stretch of text is a clause (so a comma between two of them
 * separates two events: "students threw stones, the police fired").
 */
import { wordPattern } from '../text/word-pattern.js';

/** Always a boundary: a coordinating or contrasting conjunction after a comma, or a colon or semicolon. */
export const HARD_BOUNDARY = wordPattern(String.raw`\s*[;:](?!\d)\s*|,\s+(?=(?:and|but|while|whereas|during|amid|as|et|mais|alors que|pendant|y|pero|mientras|durante)\b)|\s+(?=as (?:they|he|she|people|residents|the victims|villagers|civilians) \w+ed\b)`, 'giu');

/** " and" before a verb in the past: a second predicate of the same subject ("set up a base and deployed troops"). */
export const AND_PREDICATE = wordPattern(String.raw`\s+(?=(?:and|et|y) (?:then |later |also )?(?:[\p{L}]{3,}ed|threw|shot|struck|took|fought|burnt|burned|stole|beat|began|held|set|sent|fled|tore|blew|overran|[\p{L}]{3,}(?:ó|aron|ieron))\b)`, 'giu');

/** A finite (or auxiliary) verb somewhere in a stretch of text. */
export const CLAUSE_VERB = wordPattern(String.raw`\b(?:is|are|was|were|has|have|had|been|did|does|do|will|said|told|[\p{L}]{3,}ed|threw|shot|struck|took|fought|hit|broke|fled|set|burnt|stole|beat|began|held|led|went|came|ran|drove|brought|made|gave|sent|kept|left|lost|fell|blew|stood|tore|overran|swept|(?:a|ont|avait|avaient|est|sont) [\p{L}]+(?:é|ée|és|ées|i|is|u|us|it|ert)|fut|furent|[\p{L}]{3,}(?:ó|aron|ieron)|ha|han|había|habían|fue|fueron)\b`, 'iu');

/** Openings that continue the clause before the comma rather than start a new one. */
export const CONTINUATION = wordPattern(String.raw`^\s*(?:[\p{L}]+ing|[\p{L}]{3,}ed|who|whose|which|that|where|when|among|including|most|some|many|both|all|one|two|three|four|five|qui|que|dont|où|quien|quienes|donde|cuyo|cuya|\d)\b`, 'iu');

/** Openings of a participial or adverbial phrase: such a stretch is not a clause of its own. */
export const PHRASE_START = wordPattern(String.raw`^\s*(?:[\p{L}]+ing|[\p{L}]{3,}ed|in|on|at(?! least)|near|by|for|from|with|according|since|despite|en|le|el|la|selon|según|hacia|depuis|desde)\b`, 'iu');
