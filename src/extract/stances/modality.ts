/**
 * Whether a cue states the speaker's own position: not negated ("we do not
 * support"), not hypothetical ("if the UN condemned …", "we would welcome"),
 * not asked ("Who will condemn …?"), and not an infinitive embedded in a demand
 * ("we call on X to condemn Y" is X's hoped-for act, not a stance of ours).
 */
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokenize.js';

/** Whether a sentence is a question. */
export function isQuestion(text: string): boolean {
  return /[?？]["”’»)\s]*$/u.test(text.trim()) || text.trim().startsWith('¿');
}

/** Whether the words between the clause start and the cue negate or hedge it. */
export function isNegatedOrHedged(body: string, lex: Lexicon, clauseText: string, cueEnd: number): boolean {
  if (lex.negation.test(clauseText)) return true;
  if (lex.negationAfter.test(body.slice(cueEnd, cueEnd + 24))) return true;
  // A hedge counts in the cue's own comma-stretch: "If anything happens to him, I hold X responsible" stands.
  const lastStretch = clauseText.slice(clauseText.lastIndexOf(',') + 1);
  return lex.hedges.test(lastStretch);
}

/** Whether a cue is an infinitive after an earlier demand in the sentence ("… to support X"). */
export function isEmbeddedInfinitive(tokens: readonly Token[], cueFirst: number, lex: Lexicon, afterDemand: boolean): boolean {
  const before = tokens[cueFirst - 1];
  return afterDemand && before !== undefined && lex.infinitiveMarkers.has(before.lower);
}
