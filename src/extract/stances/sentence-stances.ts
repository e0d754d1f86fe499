/**
 * The stances of one sentence: each cue group tried longest reading first, the
 * source resolved from the subject (or the quoted speaker), the targets read
 * from the slot the cue names.
 */
import type { Relation, Stance } from '../../model/contract.js';
import { cueGroups, type CueHit, type CueMatch } from './cues.js';
import type { EntityIndex } from './entity-index.js';
import type { IssuerMatcher } from './issuer-aliases.js';
import type { Lexicon } from './lexicon.js';
import { isEmbeddedInfinitive, isNegatedOrHedged, isQuestion } from './modality.js';
import { skipManner, type PhraseScope } from './noun-phrase.js';
import { readPhraseList } from './phrase-list.js';
import { quoteAt, type Quote } from './quotes.js';
import type { SentenceSpan } from './sentences.js';
import { clauseOf, opensWithOtherActor, readSubject, subjectPhrases, type EarlierCue, type SourceScope } from './sources.js';
import { phraseTargets, type Target } from './targets.js';
import { tokenize } from './tokenize.js';

/** What the sentences of one statement share. */
export interface StatementScope {
  readonly body: string;
  readonly lex: Lexicon;
  readonly entities: EntityIndex;
  readonly issuers: IssuerMatcher;
  readonly quotes: readonly Quote[];
  readonly cues: readonly CueMatch[];
  readonly capitalized: ReadonlySet<string>;
}

// Words after a that-clause subject that make it passive ("that the police be given …"): not the addressee.
const PASSIVE = new Set(['be', 'is', 'are', 'been', 'être', 'soit', 'soient', 'sea', 'sean', 'ser', 'sont']);

/** The stances of one sentence, and the source its last stance had (for "It also calls on …"). */
export function sentenceStances(scope: StatementScope, span: SentenceSpan, previous: string | null): { stances: Stance[]; last: string | null } {
  const { body, lex } = scope;
  const text = body.slice(span.start, span.end);
  if (isQuestion(text)) return { stances: [], last: previous };
  const tokens = tokenize(body, span.start, span.end);
  const sentence: SourceScope = { body, tokens, lex, entities: scope.entities, issuers: scope.issuers, capitalized: scope.capitalized };
  const evidence = text.replace(/\s+/gu, ' ').trim();
  const stances: Stance[] = [];
  const earlier: (EarlierCue & { relation: Relation })[] = [];
  let last = previous;
  const groups = cueGroups(scope.cues, span.start, span.end, tokens);
  for (const [g, group] of groups.entries()) {
    // A cue's phrases end where the next cue begins.
    const limit = groups[g + 1]?.[0]?.first ?? tokens.length;
    for (const hit of group) {
      const afterDemand = earlier.some((c) => c.relation === 'demand' && c.first < hit.first);
      const found = hitStances(scope, sentence, hit, earlier, last, afterDemand, limit);
      if (found === 'blocked') break;
      earlier.push({ first: hit.first, next: hit.next, source: found.source, relation: hit.cue.spec.relation });
      if (found.targets.length === 0 || found.source === null) continue;
      for (const t of found.targets) stances.push({ source: found.source, relation: hit.cue.spec.relation, target: t.name, evidence });
      if (!quoteAt(scope.quotes, hit.start)) last = found.source;
      break;
    }
  }
  if (stances.length === 0 && opensWithOtherActor(sentence)) last = null;
  return { stances, last };
}

function hitStances(
  scope: StatementScope,
  sentence: SourceScope,
  hit: CueHit,
  earlier: readonly EarlierCue[],
  previous: string | null,
  afterDemand: boolean,
  limit: number,
): 'blocked' | { source: string | null; targets: Target[] } {
  const { body, lex, issuers } = scope;
  const { tokens } = sentence;
  const clause = clauseOf(sentence, hit.first, earlier);
  const clauseText = clause.start < hit.first ? body.slice(tokens[clause.start]!.start, hit.start) : '';
  if (isNegatedOrHedged(body, lex, clauseText, hit.end) || isEmbeddedInfinitive(tokens, hit.first, lex, afterDemand)) return 'blocked';
  const quote = quoteAt(scope.quotes, hit.start);
  const slot = hit.cue.spec.slot;
  if (slot === 'subject' || slot === 'agent') {
    const source = quote ? quote.speaker : (earlier.find((c) => c.source !== null)?.source ?? issuers.primary);
    return { source, targets: slotTargets(sentence, hit, clause.start, limit) };
  }
  const source = quote ? quote.speaker : clause.shares ? clause.shares.source : subjectSource(sentence, hit, clause.start, previous);
  if (source === null) return { source, targets: [] };
  const targets = slotTargets(sentence, hit, clause.start, limit).filter((t) => t.name !== source && issuers.find(t.name) !== source);
  return { source, targets };
}

/** The source named by the subject of a cue outside quotations. */
function subjectSource(sentence: SourceScope, hit: CueHit, clauseStart: number, previous: string | null): string | null {
  const { issuers, lex, tokens } = sentence;
  const subject = readSubject(sentence, clauseStart, hit.first);
  switch (subject.kind) {
    case 'issuer':
    case 'named':
      return subject.name;
    case 'pronoun':
      return previous;
    case 'empty': {
      // "Exigimos …", "Condamnons …": the verb itself says "we".
      const verb = tokens[hit.first]!.lower;
      return lex.firstPersonEndings.some((ending) => verb.endsWith(ending)) ? issuers.primary : (previous ?? issuers.primary);
    }
    default:
      return null;
  }
}

function slotTargets(sentence: SourceScope, hit: CueHit, clauseStart: number, limit: number): Target[] {
  const { tokens, body } = sentence;
  const relation = hit.cue.spec.relation;
  switch (hit.cue.spec.slot) {
    case 'subject':
      return phraseTargets(sentence, subjectPhrases(sentence, hit.first, clauseStart), relation, hit.first, 1);
    case 'agent': {
      const from = tokens[Math.max(0, hit.first - 8)]?.start ?? hit.start;
      if (!hit.cue.antecedent?.test(body.slice(from, hit.start))) return [];
      return phraseTargets(sentence, readPhraseList(sentence, hit.next, tokens.length).phrases, relation, limit, 1);
    }
    case 'that':
      return thatTargets(sentence, hit.next, relation, limit);
    case 'closer': {
      const list = readPhraseList(sentence, skipManner(sentence, hit.next, tokens.length), tokens.length);
      const closer = hit.cue.closer;
      if (!closer || list.phrases.length === 0) return [];
      const after = skipManner(sentence, list.next, tokens.length);
      closer.lastIndex = tokens[after - 1]?.end ?? hit.end;
      return closer.exec(body) ? phraseTargets(sentence, list.phrases, relation, limit) : [];
    }
    default: {
      const list = readPhraseList(sentence, skipManner(sentence, hit.next, tokens.length), tokens.length);
      return phraseTargets(sentence, list.phrases, relation, limit);
    }
  }
}

/** Targets of "demand that X …", and of each further "… and that Y …" in the sentence. */
function thatTargets(sentence: PhraseScope, from: number, relation: Relation, limit: number): Target[] {
  const { tokens } = sentence;
  const targets: Target[] = [];
  for (let start: number | null = from; start !== null; ) {
    const list = readPhraseList(sentence, start, tokens.length);
    if (list.phrases.length > 0 && !PASSIVE.has(tokens[list.next]?.lower ?? '')) targets.push(...phraseTargets(sentence, list.phrases, relation, limit));
    start = nextThatClause(sentence, Math.max(list.next, start + 1));
  }
  return targets;
}

/** The token after the next ", and that" at or after token `k`, or null. */
function nextThatClause(sentence: PhraseScope, k: number): number | null {
  const { tokens, lex, body } = sentence;
  for (; k < tokens.length; k++) {
    lex.thatContinuation.lastIndex = tokens[k - 1]!.end;
    const m = lex.thatContinuation.exec(body);
    if (!m) continue;
    const end = m.index + m[0].length;
    let next = k;
    while (next < tokens.length && tokens[next]!.start < end) next++;
    return next;
  }
  return null;
}
