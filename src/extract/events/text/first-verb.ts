/**
 * The first finite verb of a clause, skipping participles used as
 * adjectives ("heavily armed men", "an unexpected attack", "cold-blooded"):
 * the words before it are the clause's subject.
 */
import { CLAUSE_VERB } from '../model/clause-words.js';
import { wordPattern } from './word-pattern.js';

const VERB = new RegExp(CLAUSE_VERB.source, 'giu');
const ADJECTIVAL = wordPattern(String.raw`^(?:armed|suspected|alleged|allied|masked|banned|united|called|so-called|self-styled|disputed|occupied|besieged|displaced|unidentified|organised|organized|based|backed|led|unexpected|unprovoked|coordinated|renewed|sustained|repeated|unnamed|unarmed|heavily|reported)$`);
const AFTER_DETERMINER = wordPattern(String.raw`\b(?:the|a|an|two|three|several|many|other|heavily|lightly|\d+)\s+$`);

/** The first finite verb of `text` at or after `from`, or null. */
export function firstVerb(text: string, from = 0): { index: number; text: string } | null {
  VERB.lastIndex = from;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    const adjectival = ADJECTIVAL.test(m[0]) || text[m.index - 1] === '-'
      || (/ed$/iu.test(m[0]) && AFTER_DETERMINER.test(text.slice(Math.max(0, m.index - 20), m.index)));
    if (!adjectival) return { index: m.index, text: m[0] };
  }
  return null;
}
