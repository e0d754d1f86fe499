/**
 * Who takes a stance: the grammatical subject before the cue, resolved to the
 * issuer ("we", "our party", "the Political Bureau", the issuer's name or
 * acronym), to a named actor ("The Government of Ghana calls on …"), or to
 * nobody the statement speaks for ("some have called on …", "… the BGEC, which demanded …").
 */
import type { IssuerMatcher } from './issuer-aliases.js';
import { readPhrase, type Phrase, type PhraseScope } from './noun-phrase.js';
import { readPhraseList } from './phrase-list.js';
import { isNamed, target } from './targets.js';
import { bare, isAllCaps, isQuoteMark, matchSequence, type Token } from './tokenize.js';

/** The subject of a cue, as far as the stance's source is concerned. */
export type Subject =
  | { readonly kind: 'issuer'; readonly name: string }
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'pronoun' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'none' };

/** A phrase scope that also knows the statement's issuers. */
export interface SourceScope extends PhraseScope {
  readonly issuers: IssuerMatcher;
}

/** An earlier cue of the same sentence, which a later one may share its subject with. */
export interface EarlierCue {
  readonly first: number;
  readonly next: number;
  readonly source: string | null;
}

/** Where the clause of a cue starts, and the earlier cue whose subject it shares ("we condemn X and call on Y"). */
export function clauseOf(scope: PhraseScope, cueFirst: number, earlier: readonly EarlierCue[]): { start: number; shares: EarlierCue | null } {
  const { tokens, lex } = scope;
  for (let k = cueFirst - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '(' || t.text === ')') return { start: k + 1, shares: null };
    const cue = earlier.find((c) => k >= c.first && k < c.next);
    if (cue) return { start: cue.next, shares: cue };
    // "They said (that) Ukraine welcomes …": the reported clause has its own subject
    // (but "declares its solidarity with" is one clause).
    if (lex.speechVerbs.has(t.lower)) {
      const start = lex.relativePronouns.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      const opener = tokens[start];
      if (opener && start < cueFirst && !lex.quantifiers.has(opener.lower) && (opener.cap || lex.determiners.has(opener.lower) || lex.firstPerson.has(opener.lower) || lex.continuingPronouns.has(opener.lower))) {
        return { start, shares: null };
      }
    }
    if (matchSequence(tokens, k, lex.listWords) > k || ['but', 'mais', 'pero', 'sino'].includes(t.lower)) {
      const after = tokens[k + 1];
      if (tokens[k - 1]?.text === ',' || (after && ((lex.firstPerson.has(after.lower) && !isAllCaps(after)) || after.cap))) return { start: k + 1, shares: null };
    }
  }
  return { start: 0, shares: null };
}

/** Reads the subject in tokens `[from, to)`, the stretch between the clause start and the cue. */
export function readSubject(scope: SourceScope, from: number, to: number): Subject {
  const { tokens, lex, issuers, body } = scope;
  const words = tokens.slice(from, to).filter((t) => t.isWord);
  if (words.length === 0) return { kind: 'empty' };
  const lastWord = lastNonAdverb(scope, from, to);
  if (lastWord && lex.relativePronouns.has(lastWord.lower)) return { kind: 'none' };
  if (words.some((t) => lex.firstPerson.has(t.lower) && !isAllCaps(t))) return issuers.primary ? { kind: 'issuer', name: issuers.primary } : { kind: 'none' };
  const named = issuers.find(body.slice(tokens[from]!.start, tokens[to - 1]!.end));
  if (named) return { kind: 'issuer', name: named };
  let content = false;
  for (const [s, e] of segments(tokens, from, to)) {
    const start = skipSentenceAdverbs(scope, s, e);
    if (start >= e) continue;
    content = true;
    const first = tokens[start]!;
    if (lex.indefiniteSubjects.has(first.lower)) return { kind: 'none' };
    if (lex.continuingPronouns.has(first.lower)) return { kind: 'pronoun' };
    const phrase = readPhrase(scope, start, e);
    if (!phrase) continue;
    const subject = phraseSubject(scope, phrase);
    if (subject) return subject;
    // "– Affirment leur soutien à …" under a header naming the issuers: the subject is left out.
    if (opensSentence(tokens, phrase.head) && !lex.isKnownWord(bare(tokens[phrase.head]!))) return { kind: 'empty' };
  }
  return content ? { kind: 'none' } : { kind: 'empty' };
}

/**
 * Whether a sentence opens on an actor other than the issuer ("The police said …"):
 * a later "it" or "elle" may then be that actor, so it no longer continues the issuer.
 */
export function opensWithOtherActor(scope: SourceScope): boolean {
  const { tokens, lex, issuers } = scope;
  const comma = tokens.findIndex((t) => t.text === ',');
  const end = comma < 0 ? tokens.length : comma;
  const start = skipSentenceAdverbs(scope, 0, end);
  const phrase = start < end ? readPhrase(scope, start, end) : null;
  if (!phrase) return false;
  const head = bare(tokens[phrase.head]!);
  if (lex.firstPerson.has(head) || lex.selfNouns.has(head) || issuers.hasNameWord(head)) return false;
  if (issuers.find(scope.body.slice(tokens[phrase.first]!.start, tokens[phrase.last]!.end))) return false;
  return lex.isActorNoun(head) || (isNamed(scope, phrase) && !lex.isKnownWord(head));
}

function opensSentence(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(0, k).every((t) => !t.isWord);
}

function phraseSubject(scope: SourceScope, p: Phrase): Subject | null {
  const { tokens, lex, issuers } = scope;
  const head = bare(tokens[p.head]!);
  const others = tokens
    .slice(p.first, p.last + 1)
    .filter((t) => t.isWord && t.cap && !issuers.hasNameWord(t.lower) && !lex.selfNouns.has(t.lower) && !lex.selfModifiers.has(t.lower));
  if ((lex.selfNouns.has(head) || issuers.hasNameWord(head)) && others.length === 0 && issuers.primary) {
    return { kind: 'issuer', name: issuers.primary };
  }
  // "A spokesman of the Interior Ministry called on …" speaks for the ministry.
  const complement = p.of >= 0 ? readPhrase(scope, p.of + 1, p.last + 1) : null;
  const speaker = complement && lex.relationalNouns.has(head) && isNamed(scope, complement) ? complement : p;
  if (isNamed(scope, speaker) || (lex.isActorNoun(head) && hasNamedModifier(scope, p))) {
    const name = target(scope, speaker).name;
    return { kind: 'named', name: issuers.find(name) ?? name };
  }
  return null;
}

/** "Cyprus government", "the Moroccan authorities": an actor noun after a name. */
function hasNamedModifier(scope: PhraseScope, p: Phrase): boolean {
  const { tokens } = scope;
  for (let k = p.first; k < p.head; k++) {
    const t = tokens[k]!;
    if (t.cap && (!opensSentence(tokens, k) || scope.capitalized.has(t.text) || isAllCaps(t))) return true;
  }
  return false;
}

/** Comma-separated stretches of `[from, to)`. */
function segments(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  for (let k = from; k <= to; k++) {
    if (k === to || tokens[k]!.text === ',') {
      if (k > s) out.push([s, k]);
      s = k + 1;
    }
  }
  return out;
}

function skipSentenceAdverbs(scope: PhraseScope, s: number, e: number): number {
  const { tokens, lex } = scope;
  for (;;) {
    if (s >= e) return s;
    const t = tokens[s]!;
    const after = matchSequence(tokens, s, lex.sentenceAdverbs);
    if (after > s) s = after;
    else if (!t.isWord || isQuoteMark(t) || isAdverb(t) || lex.listWords.some((l) => l.length === 1 && l[0] === t.lower)) s++;
    else return s;
  }
}

/** The last word before the cue that is not an auxiliary or an adverb. */
function lastNonAdverb(scope: PhraseScope, from: number, to: number): Token | undefined {
  const { tokens, lex } = scope;
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (!t.isWord) continue;
    if (lex.relativePronouns.has(t.lower)) return t;
    if (isAdverb(t) || (lex.stopWords.has(t.lower) && !lex.firstPerson.has(t.lower) && !lex.continuingPronouns.has(t.lower))) continue;
    return t;
  }
  return undefined;
}

/** Adverbs by their ending: "strongly", "énergiquement", "firmemente". */
export function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 5 && /(?:ly|ment|mente)$/u.test(t.lower) && !/(?:family|assembly|ally|supply|government|movement|parliament|settlement|department|gouvernement|mouvement|parlement|département)$/u.test(t.lower);
}

/**
 * The phrases a subject-slot cue accuses ("China continues to sell arms …"), read
 * backwards from the cue; through a relative pronoun to its antecedent ("NATO, whose
 * member states keep supplying …").
 */
export function subjectPhrases(scope: PhraseScope, cueFirst: number, clauseStart: number): Phrase[] {
  const { tokens, lex } = scope;
  let end = cueFirst - 1;
  while (end >= clauseStart && (isAdverb(tokens[end]!) || ['also', 'still', 'now', 'aussi', 'toujours', 'también', 'todavía'].includes(tokens[end]!.lower))) end--;
  for (let r = end; r >= Math.max(clauseStart, end - 4); r--) {
    if (lex.relativePronouns.has(tokens[r]!.lower) && tokens[r - 1]?.text === ',') {
      end = r - 2;
      break;
    }
  }
  let start = end + 1;
  while (start - 1 >= clauseStart && nounish(scope, tokens[start - 1]!)) start--;
  while (start <= end && (lex.nameJoiners.has(tokens[start]!.lower) || lex.ofWords.has(tokens[start]!.lower)) && !tokens[start]!.cap) start++;
  if (start > end) return [];
  return readPhraseList(scope, start, end + 1).phrases;
}

function nounish(scope: PhraseScope, t: Token): boolean {
  const { lex } = scope;
  if (!t.isWord) return isQuoteMark(t);
  if (t.cap) return true;
  if (lex.firstPerson.has(t.lower) || lex.relativePronouns.has(t.lower)) return false;
  return lex.determiners.has(t.lower) || lex.nameJoiners.has(t.lower) || lex.ofWords.has(t.lower) || lex.isActorNoun(bare(t));
}
