/**
 * A small rule-based noun-phrase reader over the tokens of one sentence. It
 * reads the actor after a cue ("the Government of Bangladesh", "la communauté
 * internationale") and steps over the acronym in brackets after a name. Entity
 * mentions, when given, are read as whole names, so their inner words cannot
 * end a phrase. Lists of phrases are read in `phrase-list.ts`.
 */
import type { Entity } from '../../model/contract.js';
import type { EntityIndex } from './entity-index.js';
import type { Lexicon } from './lexicon.js';
import { bare, isAllCaps, isQuoteMark, matchSequence, tokenAfter, type Token } from './tokenize.js';

/** What a phrase reader works on: one sentence's tokens and the body they index. */
export interface PhraseScope {
  readonly body: string;
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  readonly entities: EntityIndex;
  /** Words the body capitalizes inside a sentence, where a capital marks a name (see {@link midSentenceCapitals}). */
  readonly capitalized: ReadonlySet<string>;
}

/** A noun phrase, as token indices into its sentence. */
export interface Phrase {
  /** First word kept (after articles and quantifiers). */
  readonly first: number;
  /** Last word, inclusive. */
  readonly last: number;
  readonly head: number;
  /** The first "of"/"de" inside the phrase, or -1. */
  readonly of: number;
  /** The token after the phrase and its bracketed acronym. */
  readonly next: number;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.\-]{0,11}$/u;
// Lower-case words ending in -ly that are nouns, not adverbs.
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'supply', 'rally', 'monopoly', 'reply', 'anomaly', 'italy', 'july']);

/** The words a body capitalizes after a lower-case word or a comma: names, not sentence starts. */
export function midSentenceCapitals(body: string): Set<string> {
  return new Set([...body.matchAll(/[\p{Ll}\p{N},;:'’] +([\p{Lu}][\p{L}\p{N}'’-]*)/gu)].map((m) => m[1]!));
}

/** Skips openers, articles, quantifiers and quotation marks at `i`. */
export function skipFiller(scope: PhraseScope, i: number, limit: number): number {
  const { tokens, lex } = scope;
  for (;;) {
    if (i >= limit) return i;
    const opener = matchSequence(tokens, i, lex.openers);
    if (opener > i && opener <= limit) {
      i = opener;
      continue;
    }
    const t = tokens[i]!;
    if (isQuoteMark(t) || lex.determiners.has(t.lower) || lex.quantifiers.has(t.lower)) {
      i++;
      continue;
    }
    return i;
  }
}

/** Skips manner adverbials ("in the strongest terms", "énergiquement") and commas after a cue. */
export function skipManner(scope: PhraseScope, i: number, limit: number): number {
  const { tokens, body, lex } = scope;
  while (i < limit) {
    lex.manner.lastIndex = tokens[i]!.start;
    const m = lex.manner.exec(body);
    if (!m || m[0].trim() === '') return i;
    const end = m.index + m[0].length;
    while (i < limit && tokens[i]!.start < end) i++;
  }
  return i;
}

/** Reads one noun phrase starting at `i`, or null when none starts there. */
export function readPhrase(scope: PhraseScope, i: number, limit: number): Phrase | null {
  const { tokens, lex, entities } = scope;
  const first = skipFiller(scope, i, limit);
  let last = -1;
  let of = -1;
  let content = 0;
  let sawHead = false;
  let afterOf = false;
  let j = first;
  while (j < limit) {
    const t = tokens[j]!;
    const entity = entities.startingAt(t.start);
    const entityEnd = entity ? tokenAfter(tokens, entity.end, limit) : -1;
    if (entity && entityEnd > j && tokens[entityEnd - 1]!.end <= entity.end) {
      last = entityEnd - 1;
      content++;
      sawHead = true;
      afterOf = false;
      j = entityEnd;
      continue;
    }
    if (!t.isWord) {
      if (isQuoteMark(t) && content > 0 && tokens[j + 1]?.isWord) {
        j++;
        continue;
      }
      break;
    }
    const w = t.lower;
    if (afterOf && (lex.determiners.has(w) || lex.quantifiers.has(w))) {
      j++;
      continue;
    }
    if (lex.ofWords.has(w)) {
      if (content === 0 || afterOf || !opensComplement(scope, j + 1, limit)) break;
      if (of < 0) of = j;
      afterOf = true;
      sawHead = false;
      j++;
      continue;
    }
    if (last >= 0 && tokens[last]!.cap && lex.nameJoiners.has(w) && joinsName(scope, j, last, of, limit)) {
      j++;
      continue;
    }
    if ((lex.stopWords.has(w) && !isAllCaps(t)) || matchSequence(tokens, j, lex.listWords) > j) break;
    if ((lex.determiners.has(w) || lex.quantifiers.has(w)) && content > 0) break;
    if (!t.cap && !acceptsLower(scope, j, content, sawHead, afterOf)) break;
    sawHead = t.cap || lex.isActorNoun(bare(t)) ? !isPossessive(t) : false;
    last = j;
    content++;
    afterOf = false;
    j++;
  }
  if (last < first || content === 0) return null;
  return finish(scope, first, last, of < last ? of : -1, limit);
}

/** After "of": an article, a name, a number or a noun for people; not "of arming", "of complicity". */
function opensComplement(scope: PhraseScope, k: number, limit: number): boolean {
  const { tokens, lex } = scope;
  const n = tokens[k];
  if (k >= limit || !n) return false;
  if (isQuoteMark(n)) return opensComplement(scope, k + 1, limit);
  if (!n.isWord) return false;
  if (lex.determiners.has(n.lower) || lex.quantifiers.has(n.lower)) return true;
  if (n.cap || scope.entities.startingAt(n.start)) return true;
  if (lex.isActorNoun(bare(n))) return true;
  // French and Spanish names run on in lower case ("Commission africaine des droits de
  // l'homme", "gouvernement de transition"), but "d'ouvrir", "de contaminar" are verbs.
  return lex.adjectivesFollow && !lex.stopWords.has(n.lower) && !/(?:er|ir|ar)$/u.test(n.lower);
}

/** A joiner ("of", "for", "and", "pour") continues a capitalized name when a capitalized word follows. */
function joinsName(scope: PhraseScope, j: number, last: number, of: number, limit: number): boolean {
  const { tokens, lex, entities } = scope;
  const w = tokens[j]!.lower;
  if (matchSequence(tokens, j, lex.listWords) > j) {
    // "Ministry of Foreign Affairs and Regional Integration", but not "Russia and China".
    const next = tokens[j + 1];
    if (of < 0 || !next?.cap || entities.covering(tokens[last]!.start, tokens[last]!.end)?.end === tokens[last]!.end) return false;
    return true;
  }
  for (let k = j + 1; k < Math.min(limit, j + 4); k++) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (lex.nameJoiners.has(t.lower) || lex.determiners.has(t.lower)) continue;
    return t.cap && w !== t.lower;
  }
  return false;
}

/** Whether a lower-case word may continue the phrase. */
function acceptsLower(scope: PhraseScope, j: number, content: number, sawHead: boolean, afterOf: boolean): boolean {
  const { lex, tokens } = scope;
  const w = bare(tokens[j]!);
  if (lex.adjectivesFollow) return content === 0 || afterOf || lex.isPostAdjective(w) || (sawHead && lex.isActorNoun(w));
  // "workers' solidarity", "the people's committees": a possessive is not the head; nor is
  // an actor noun used as a modifier ("the military attack", "police violence").
  if (sawHead) {
    const prev = tokens[j - 1]!;
    if (lex.isActorNoun(w) || isPossessive(prev) || (prev.cap && lex.nameTails.has(w))) return true;
    // … unless an object follows, when it is the verb of a that-clause ("the government release all …").
    const after = tokens[j + 1];
    const takesObject = after !== undefined && after.isWord && (after.cap || lex.determiners.has(after.lower) || lex.quantifiers.has(after.lower) || /^\p{N}/u.test(after.text));
    return !prev.cap && !takesObject && (lex.actNouns.has(w) || lex.agentActNouns.has(w) || lex.possessorNouns.has(w));
  }
  if (w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w)) return false;
  // A participle after a noun starts a reduced relative clause ("the attack carried out …").
  if (content > 0 && !afterOf && /(?:ed|ing)$/u.test(w) && !lex.isActorNoun(w) && !tokens[j - 1]!.cap) return false;
  return true;
}

function finish(scope: PhraseScope, first: number, last: number, of: number, limit: number): Phrase {
  const { tokens, lex } = scope;
  let end = last;
  let next = last + 1;
  if (isAcronymAt(tokens, last + 1)) next = last + 4;
  else {
    // A name the reader cut short ("Volontaires pour la défense de la patrie (VDP)") is
    // restored when the bracketed acronym spells its initials.
    for (let k = last + 1; k < Math.min(limit, last + 10); k++) {
      if (isAcronymAt(tokens, k) && spellsAcronym(scope, first, k, tokens[k + 1]!.text)) {
        end = k - 1;
        next = k + 3;
        break;
      }
      if (!tokens[k]!.isWord) break;
    }
  }
  const head = lex.adjectivesFollow ? first : headBefore(scope, first, of >= 0 ? of - 1 : end);
  return { first, last: end, head, of, next };
}

function headBefore(scope: PhraseScope, first: number, k: number): number {
  const { tokens } = scope;
  while (k > first && !tokens[k]!.isWord) k--;
  return k;
}

function isAcronymAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === '(' && ACRONYM.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')';
}

function spellsAcronym(scope: PhraseScope, first: number, paren: number, acronym: string): boolean {
  const { tokens, lex } = scope;
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  for (let s = first; s < paren; s++) {
    if (!tokens[s]!.cap) continue;
    const initials = tokens
      .slice(s, paren)
      .filter((t) => t.isWord && !lex.nameJoiners.has(t.lower) && !lex.determiners.has(t.lower))
      .map((t) => t.text[0]!.toUpperCase())
      .join('');
    if (initials === letters) return true;
  }
  return false;
}

/** The entity mention covering a token, if any. */
export function entityOf(scope: PhraseScope, k: number): Entity | undefined {
  const t = scope.tokens[k];
  return t ? scope.entities.covering(t.start, t.end) : undefined;
}

function isPossessive(t: Token): boolean {
  return !t.cap && /(?:'|’|'s|’s)$/u.test(t.text);
}

