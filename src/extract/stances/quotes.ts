/**
 * Quoted speech and who speaks it. A stance inside a quotation belongs to the
 * speaker ("\"…\", said Minister Y"), or to the body a spokesperson speaks for,
 * not to the issuer. Quotations without a speech verb (scare quotes, slogans)
 * are the issuer's own words and are not listed.
 */
import type { EntityIndex } from './entity-index.js';
import { entityName } from './entity-index.js';
import type { IssuerMatcher } from './issuer-aliases.js';
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokenize.js';

/** A quotation that is reported speech, and its speaker (null when the text does not say who). */
export interface Quote {
  readonly start: number;
  /** Exclusive, after the closing mark. */
  readonly end: number;
  readonly speaker: string | null;
}

/** What finding speakers needs besides the body. */
export interface QuoteContext {
  readonly lex: Lexicon;
  readonly entities: EntityIndex;
  readonly issuers: IssuerMatcher;
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const MAX_QUOTE = 1500;
const MIN_WORDS = 4;
// How far around a quotation its attribution is looked for, in characters.
const REACH = 240;
// Titles dropped from the front of a speaker's name.
const TITLES = new Set([
  'hon', 'mr', 'mrs', 'ms', 'dr', 'prof', 'minister', 'president', 'general', 'gen', 'colonel', 'col', 'comrade',
  'sr', 'sra', 'm', 'mme', 'don', 'doña', 'señor', 'señora', 'monsieur', 'madame', 'rev', 'sheikh', 'chief', 'the',
  'sir', 'lady', 'le', 'la', 'el', 'camarade', 'compañero', 'compañera', 'ambassador', 'secretary', 'senator',
]);
const PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'él', 'ella']);

/** The quotations of a body that are reported speech, each with its speaker. */
export function findQuotes(body: string, context: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  for (let i = 0; i < body.length; i++) {
    const close = PAIRS[body[i]!];
    if (close === undefined) continue;
    const end = body.indexOf(close, i + 1);
    if (end < 0 || end - i > MAX_QUOTE) continue;
    if (body.slice(i + 1, end).split(/\s+/u).filter(Boolean).length >= MIN_WORDS) {
      const speaker = speakerOf(body, i, end + 1, context);
      if (speaker !== undefined) quotes.push({ start: i, end: end + 1, speaker });
    }
    i = end;
  }
  return quotes;
}

/** The quotation holding an offset, if any. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => offset > q.start && offset < q.end);
}

/** The speaker of a quotation; null when a speech verb marks speech but not whose; undefined when it is no speech. */
function speakerOf(body: string, start: number, end: number, context: QuoteContext): string | null | undefined {
  const { lex } = context;
  const after = tokenize(body, end, lineEnd(body, end));
  const verbAfter = after.slice(0, 10).findIndex((t) => lex.speechVerbs.has(t.lower));
  if (verbAfter >= 0) return speakerIn(body, after.slice(0, sentenceEnd(after)), verbAfter, start, context, 'first');
  const before = introduction(body, start);
  const tail = before[before.length - 1]?.text;
  const verb = before.findIndex((t) => lex.speechVerbs.has(t.lower));
  if ((tail === ':' || tail === ',') && verb >= 0) return speakerIn(body, before, verb, start, context, 'last');
  return undefined;
}

/** The tokens of the sentence that introduces a quotation; the line before when the quotation opens a line. */
function introduction(body: string, start: number): Token[] {
  let lineStart = body.lastIndexOf('\n', start - 1) + 1;
  if (body.slice(lineStart, start).trim() === '' && lineStart > 0) lineStart = body.lastIndexOf('\n', lineStart - 2) + 1;
  const tokens = tokenize(body, Math.max(lineStart, start - REACH), start);
  return tokens.slice(lastBoundary(tokens));
}

/** The speaker named in an attribution: the issuer or its spokesperson, a person, or a pronoun's antecedent. */
function speakerIn(body: string, region: readonly Token[], verb: number, quoteStart: number, context: QuoteContext, pick: 'first' | 'last'): string | null {
  if (region.length === 0) return null;
  const { lex, entities, issuers } = context;
  const text = body.slice(region[0]!.start, region[region.length - 1]!.end);
  const issuer = issuers.find(text);
  if (issuer) return issuer;
  const people = entities.within(region[0]!.start, region[region.length - 1]!.end).filter((e) => e.type === 'PER');
  const person = pick === 'first' ? people[0] : people[people.length - 1];
  if (person) return entityName(person);
  const named = capitalRuns(region).filter((r) => r.length >= 2);
  // A person's name stands on its own: not inside a longer name ("… for Foreign Affairs"), not an institution.
  const personal = named.filter((r) => {
    const before = region[region.indexOf(r[0]!) - 1];
    return !(before && (lex.nameJoiners.has(before.lower) || lex.ofWords.has(before.lower))) && !r.some((t) => lex.isActorNoun(t.lower) || lex.selfNouns.has(t.lower));
  });
  const run = (pick === 'first' ? personal[0] : personal[personal.length - 1]) ?? named[named.length - 1];
  if (run) return run.map((t) => t.text).join(' ');
  if (region.some((t) => PRONOUNS.has(t.lower))) {
    const antecedent = entities.lastPersonBefore(quoteStart);
    if (antecedent) return entityName(antecedent);
  }
  return single(region, verb);
}

/** A one-word name right after or right before the speech verb ("…", said Toro). */
function single(region: readonly Token[], verb: number): string | null {
  const isName = (t: Token | undefined): t is Token => t !== undefined && t.isWord && t.cap && !TITLES.has(t.lower);
  const after = region[verb + 1];
  if (isName(after)) return after.text;
  const before = region[verb - 1];
  return isName(before) && verb - 1 > 0 ? before.text : null;
}

/** Runs of capitalized words, titles dropped from their front. */
function capitalRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && TITLES.has(run[0]!.lower)) run.shift();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    if (t.isWord && t.cap) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

function lineEnd(body: string, from: number): number {
  const nl = body.indexOf('\n', from);
  return Math.min(nl < 0 ? body.length : nl, from + REACH);
}

function sentenceEnd(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if ((t === '.' || t === '!' || t === '?') && !(k > 0 && TITLES.has(tokens[k - 1]!.lower))) return k;
  }
  return tokens.length;
}

function lastBoundary(tokens: readonly Token[]): number {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k]!.text;
    if (t === '.' || t === '!' || t === '?') return k + 1;
  }
  return 0;
}
