/**
 * Lists of noun phrases: "X, Y and Z", "X and in particular Y", "al X y al Y",
 * "X, who …, and Y". Each member is one actor, so each gives its own stance.
 */
import { readPhrase, type Phrase, type PhraseScope } from './noun-phrase.js';
import { bare, isQuoteMark, matchSequence } from './tokenize.js';

/**
 * Reads a list of noun phrases: "X, Y and Z", "X and in particular Y", "al X y al Y",
 * "X, who …, and Y". A member led by a possessive ("X and its police") is X's own
 * body, not a new actor, and is left out.
 */
export function readPhraseList(scope: PhraseScope, i: number, limit: number): { phrases: Phrase[]; next: number } {
  const { tokens, lex } = scope;
  const first = readPhrase(scope, i, limit);
  if (!first) return { phrases: [], next: i };
  const phrases = [first];
  let j = first.next;
  while (j < limit) {
    let k = j;
    let commaOnly = false;
    if (tokens[k]?.text === ',') {
      k++;
      const afterList = matchSequence(tokens, k, lex.listWords);
      if (afterList > k) k = afterList;
      else if (lex.relativePronouns.has(tokens[k]?.lower ?? '')) {
        k = afterRelativeClause(scope, k, limit);
        if (k < 0) break;
        // ", in particular Y" singles out a further member; a bare ", Y" may be an apposition.
      } else commaOnly = matchSequence(tokens, k, lex.openers) <= k;
    } else {
      const afterList = matchSequence(tokens, k, lex.listWords);
      if (afterList <= k) break;
      k = afterList;
    }
    while (k < limit && lex.repeatedPrepositions.has(tokens[k]!.lower)) k++;
    if (!startsMember(scope, k, limit)) break;
    const member = readPhrase(scope, k, limit);
    if (!member) break;
    // "X, Y" is a list only when more follows ("X, Y and Z"); otherwise Y is an apposition.
    if (commaOnly && tokens[member.next]?.text !== ',' && matchSequence(tokens, member.next, lex.listWords) <= member.next) break;
    if (!lex.possessives.has(tokens[k]!.lower) && !isCoordinatedAdjective(scope, phrases[phrases.length - 1]!, member, k)) phrases.push(member);
    j = member.next;
  }
  return { phrases, next: j };
}

/** "las fuerzas democráticas y transformadoras": a bare adjective after "y" belongs to the noun before. */
function isCoordinatedAdjective(scope: PhraseScope, before: Phrase, member: Phrase, k: number): boolean {
  const { tokens, lex } = scope;
  const t = tokens[k]!;
  return lex.adjectivesFollow && member.first === k && member.last === k && !t.cap && lex.isPostAdjective(t.lower) && lex.isPostAdjective(tokens[before.last]!.lower);
}

/** The token after ", and" that ends a relative clause ("X, who …, and Y"), or -1. */
function afterRelativeClause(scope: PhraseScope, k: number, limit: number): number {
  const { tokens, lex } = scope;
  for (let r = k + 1; r < limit - 1; r++) {
    if (tokens[r]!.text === ';' || tokens[r]!.text === ':') return -1;
    if (tokens[r]!.text !== ',') continue;
    const afterList = matchSequence(tokens, r + 1, lex.listWords);
    if (afterList > r + 1) return afterList;
  }
  return -1;
}

function startsMember(scope: PhraseScope, k: number, limit: number): boolean {
  const { tokens, lex } = scope;
  const t = tokens[k];
  if (!t || k >= limit) return false;
  if (matchSequence(tokens, k, lex.openers) > k) return true;
  if (isQuoteMark(t)) return true;
  if (!t.isWord) return false;
  if (lex.determiners.has(t.lower) || lex.quantifiers.has(t.lower) || t.cap) return true;
  if (scope.entities.startingAt(t.start)) return true;
  return lex.isActorNoun(bare(t));
}
