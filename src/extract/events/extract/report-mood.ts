/**
 * Whether a sentence reports events at all: calls, demands, slogans,
 * questions and yearly tallies do not; a position taken on an event
 * ("we condemn the attack of 1 September") reports it only when it dates it
 * or tells it in a clause of its own ("whose leaders have been arrested").
 */
import { firstVerb } from '../text/first-verb.js';
import { AGGREGATE, ANAPHORIC, ARTICLE_BEFORE, CALL, COPULA_AFTER, HYPOTHETICAL, MODAL, NEGATION, RELATIVE_FINITE, STANCE } from '../model/report-cues.js';

/** How a sentence speaks: it tells what happened, takes a position, or neither. */
export type Mood = 'narrative' | 'stance' | 'skip';

// Headings and signatures ("Signed:") are too short to report anything.
const MIN_WORDS = 4;
const SLOGAN_OR_QUESTION = /[?!¡¿]["'”’»)]*\s*$/u;
const RELATIVE_BEFORE_TRIGGER = new RegExp(`${RELATIVE_FINITE.source}(?:\\W+[\\p{L}]+){0,2}\\W*$`, 'iu');

/** The mood of a sentence; `inDemandList` marks an item of a list of demands. */
export function sentenceMood(text: string, inDemandList: boolean): Mood {
  if (inDemandList || text.split(/\s+/u).length < MIN_WORDS || SLOGAN_OR_QUESTION.test(text) || AGGREGATE.test(text) || CALL.test(text)) return 'skip';
  return STANCE.test(text) ? 'stance' : 'narrative';
}

/** Whether a trigger is negated, planned or hypothetical, judged on the text before it in its clause. */
export function isBlocked(before: string): boolean {
  const lastWords = before.split(/\s+/u).slice(-5).join(' ');
  return NEGATION.test(lastWords) || MODAL.test(before) || HYPOTHETICAL.test(before);
}

/** Whether the trigger noun is introduced as an event already told ("this attack"). */
export function isAnaphoric(before: string): boolean {
  return ANAPHORIC.test(before.trimEnd());
}

/**
 * Whether an event noun is named in general ("The killing of journalists is
 * a national tragedy"): an article before it and a copula after it. The
 * caller also requires the sentence to give no day, place or toll.
 */
export function isGenericMention(before: string, fromTrigger: string): boolean {
  return ARTICLE_BEFORE.test(before) && COPULA_AFTER.test(fromTrigger);
}

/** Whether a position-taking sentence tells the event in a relative clause right before the trigger. */
export function isToldInRelativeClause(before: string): boolean {
  return RELATIVE_BEFORE_TRIGGER.test(before);
}

const REPORTING_VERB = /^(?:said|says|told|reported|announced|added|stated|confirmed|claimed|explained|declared|a déclaré|a indiqué|a affirmé|dijo|informó|afirmó|señaló)$/iu;

/** Whether a piece is only a reporting clause ("…, a witness said on Wednesday"): its first verb reports. */
export function isReportingClause(text: string): boolean {
  const verb = firstVerb(text);
  return verb !== null && REPORTING_VERB.test(verb.text);
}
