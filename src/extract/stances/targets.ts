/**
 * From noun phrases to target names. A phrase is a target when it names an
 * actor; when it names an act or a quality instead ("the killing of villagers
 * by X", "the courage of X", "these attacks of X"), the actor is read out of it.
 * Abstract phrases ("the situation", "terrorism") give no target.
 */
import type { Relation } from '../../model/contract.js';
import { entityName } from './entity-index.js';
import { entityOf, readPhrase, type Phrase, type PhraseScope } from './noun-phrase.js';
import { readPhraseList } from './phrase-list.js';
import { bare } from './tokenize.js';

/** A target found in a sentence. */
export interface Target {
  readonly name: string;
}

// An act nested in an agent phrase ("… by X and the detentions carried out by Y") is read once more, no deeper.
const MAX_DEPTH = 2;

/** The targets named by a list of phrases read after a cue of `relation`; `limit` bounds the search for "by X". */
export function phraseTargets(scope: PhraseScope, phrases: readonly Phrase[], relation: Relation, limit: number, depth = 0): Target[] {
  return phrases.flatMap((p) => phraseTarget(scope, p, relation, limit, depth));
}

function phraseTarget(scope: PhraseScope, whole: Phrase, relation: Relation, limit: number, depth: number): Target[] {
  const { tokens, lex } = scope;
  const p = relation === 'accuse' ? withoutCharge(scope, whole) : whole;
  const head = tokens[p.head]!;
  const word = bare(head);
  const complement = p.of >= 0 ? readPhrase(scope, p.of + 1, p.last + 1) : null;
  if (complement && lex.relationalNouns.has(word) && isNamed(scope, complement)) return [target(scope, complement)];
  if (isNamed(scope, p)) return [target(scope, p)];
  if (complement && readsThroughOf(scope, word, complement, relation)) return phraseTarget(scope, complement, relation, limit, depth + 1);
  if (lex.isActorNoun(word)) return [target(scope, complement && !lex.adjectivesFollow && isGeneric(scope, complement) ? { ...p, last: p.of - 1, of: -1 } : p)];
  if (relation === 'demand' || depth >= MAX_DEPTH) return [];
  if (relation === 'support' && !lex.possessorNouns.has(word)) return [];
  return agentTargets(scope, p.next, relation, limit, depth);
}

/**
 * Whether "N of X" stands for X here: "the courage of X", "the crimes of the junta",
 * "the proposal of the Liberal Bloc". Not after an act whose "of" names its victims or
 * its place ("the killing of villagers", "the occupation of Kashmir").
 */
function readsThroughOf(scope: PhraseScope, word: string, complement: Phrase, relation: Relation): boolean {
  const { lex, tokens } = scope;
  if (relation === 'demand' || lex.actNouns.has(word) || lex.isActorNoun(word)) return false;
  const unknown = !lex.isKnownWord(word);
  if (relation === 'support') return lex.possessorNouns.has(word) || (unknown && isNamed(scope, complement));
  if (!lex.agentActNouns.has(word) && !unknown) return false;
  if (entityOf(scope, complement.head)?.type === 'LOC') return false;
  return isNamed(scope, complement) || lex.institutionNouns.has(bare(tokens[complement.head]!));
}

/** Whether a complement names no one in particular ("of the whole region"). */
function isGeneric(scope: PhraseScope, complement: Phrase): boolean {
  const { tokens, lex } = scope;
  return tokens.slice(complement.first, complement.last + 1).every((t, k) => !t.cap && !entityOf(scope, complement.first + k) && !lex.isActorNoun(bare(t)));
}

/** "accuse X of complicity", "accuser X de mépris": the charge is not part of X. */
function withoutCharge(scope: PhraseScope, p: Phrase): Phrase {
  const { tokens, lex } = scope;
  for (let k = p.first + 1; k <= p.last; k++) {
    const next = tokens[k + 1];
    if (lex.ofWords.has(tokens[k]!.lower) && next && next.isWord && !next.cap && !lex.determiners.has(next.lower) && !lex.isActorNoun(bare(next))) {
      const last = k - 1;
      return { ...p, last, of: p.of >= k ? -1 : p.of, head: Math.min(p.head, last) };
    }
  }
  return p;
}

/** The doer of an act, from the first "by X" after it. */
function agentTargets(scope: PhraseScope, from: number, relation: Relation, limit: number, depth: number): Target[] {
  const { tokens, lex } = scope;
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') return [];
    if (!lex.byWords.has(t.lower)) continue;
    const { phrases } = readPhraseList(scope, k + 1, limit);
    return phraseTargets(scope, phrases, relation, limit, depth + 1);
  }
  return [];
}

/**
 * Whether a phrase's head is a name: an entity mention or a capitalized word. A lone
 * capitalized word opening the sentence is a name only if the body also capitalizes
 * it elsewhere ("Ghana holds …"), not when the capital only marks the start ("Students had …").
 */
export function isNamed(scope: PhraseScope, p: Phrase): boolean {
  const { tokens, lex } = scope;
  const head = tokens[p.head]!;
  if (entityOf(scope, p.head)) return true;
  if (!head.cap || /^\p{N}/u.test(head.text)) return false;
  const opensSentence = tokens.slice(0, p.head).every((t) => !t.isWord);
  if (!opensSentence || /^[\p{Lu}\p{N}&.-]+$/u.test(head.text)) return true;
  const otherCaps = tokens.slice(p.first, p.last + 1).some((t, k) => p.first + k !== p.head && t.cap);
  if (otherCaps) return true;
  if (lex.isKnownWord(bare(head))) return false;
  return scope.capitalized.has(head.text);
}

/** The target for a phrase: the entity's name when a mention covers its head, else the phrase as written. */
export function target(scope: PhraseScope, p: Phrase): Target {
  const entity = entityOf(scope, p.head);
  return { name: entity ? entityName(entity) : phraseText(scope, p) };
}

/** The words of a phrase as written, on one line, without enclosing quotation marks. */
export function phraseText(scope: PhraseScope, p: Phrase): string {
  const { tokens, body } = scope;
  return body
    .slice(tokens[p.first]!.start, tokens[p.last]!.end)
    .replace(/\s+/gu, ' ')
    .replace(/^["“”‘’'«»„]+|["“”‘’«»„]+$/gu, '')
    .replace(/['’]s$/u, '')
    .trim();
}
