/**
 * Last pass over the spans: edges trimmed to the name (no quotes, stray
 * punctuation, unbalanced parentheses, trailing lower-case words), spans that
 * are not names dropped (a title alone, a capitalized common word opening a
 * sentence), and one type per name in the document.
 * @module
 */
import type { EntityType } from '../../../model/contract.js';
import { categoryBit } from '../gazetteer/gazetteer.js';
import { PERSON_TITLES } from '../model/cue-words.js';
import { PERSON_TITLES_INTL } from '../model/person-cues.js';
import { NAME_CONJUNCTIONS, NAME_CONNECTORS } from '../model/name-connectors.js';
import { LOWERCASE_ACRONYMS } from '../model/lowercase-acronyms.js';
import type { TokenSpan } from '../types.js';
import type { RuleContext } from './rule-context.js';
import { SpanSet } from './span-set.js';

const TITLES = new Set([...PERSON_TITLES, ...PERSON_TITLES_INTL]);
const PLACE = categoryBit('country') | categoryBit('cityLarge') | categoryBit('cityMedium') | categoryBit('region') | categoryBit('countryIntl');
const SMALL_PLACE = categoryBit('citySmall');
const KNOWN_ORG = categoryBit('knownOrg');
const DEMONYM = categoryBit('demonym') | categoryBit('demonymIntl');
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
const BREAKS = new Set([',', ';', '–', '—', ':', '"', '“', '”', '«', '»']);
/** Lower-case words that may sit inside an English name. */
const INNER_LOWER = /^(of|for|the|and|in|on|at|to|de|du|des|la|le|del|van|von|der|den|da|dos|bin|ibn|al|el|y|e|et|'s|’s|a)$/;

/** Trims, filters and unifies the spans; returns the cleaned set. */
export function cleanUp(ctx: RuleContext, spans: SpanSet): SpanSet {
  const kept: TokenSpan[] = [];
  let portfolioEnd = -1;
  for (const piece of spans.all().flatMap((s) => splitAtBreaks(ctx, s))) {
    const t = trim(ctx, piece);
    if (t === null) continue;
    // "the Minister for Foreign Affairs and Regional Integration": a portfolio is part of a role, not an organization
    if (t.type === 'ORG' && (isPortfolio(ctx, t.start) || (portfolioEnd >= 0 && t.start === portfolioEnd + 1 && NAME_CONJUNCTIONS.has(ctx.folded[portfolioEnd]!)))) {
      portfolioEnd = t.end;
      continue;
    }
    if (isName(ctx, t)) kept.push(t);
  }
  return new SpanSet(unifyTypes(ctx, kept));
}

/** Names hold no comma, spaced dash or line break: a span across one is two names, or none. */
function splitAtBreaks(ctx: RuleContext, s: TokenSpan): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = s.start;
  for (let i = s.start; i <= s.end; i++) {
    const brk = i === s.end || BREAKS.has(ctx.words[i]!) || (i > start && ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start).includes('\n'));
    if (!brk) continue;
    if (i > start) out.push({ type: s.type, start, end: i });
    start = BREAKS.has(ctx.words[i] ?? '') ? i + 1 : i;
  }
  return out;
}

function trim(ctx: RuleContext, s: TokenSpan): TokenSpan | null {
  let { start, end } = s;
  const open = ctx.words.slice(start, end).indexOf('(');
  const close = ctx.words.slice(start, end).indexOf(')');
  if (open >= 0 && (close < 0 || close < open)) end = start + open;
  else if (close >= 0 && open < 0) end = start + close;
  const english = ctx.language === 'en';
  if (english) {
    // an English name stops at an ordinary lower-case word ("Nabil has not eaten …")
    for (let i = start + 1; i < end; i++) {
      if (/^\p{Ll}/u.test(ctx.words[i]!) && !INNER_LOWER.test(ctx.folded[i]!) && !/-/.test(ctx.words[i]!)) {
        end = i;
        break;
      }
    }
  }
  const droppable = (i: number) => {
    const w = ctx.words[i]!;
    const f = ctx.folded[i]!;
    if (EDGE_PUNCTUATION.test(w) && !(w === ')' && i > start)) return true;
    if ((NAME_CONNECTORS.has(f) || NAME_CONJUNCTIONS.has(f)) && !/^\p{Lu}/u.test(w)) return true;
    return english && /^\p{Ll}/u.test(w) && !/^['’]s$/.test(w) && !LOWERCASE_ACRONYMS.has(f);
  };
  while (start < end && EDGE_PUNCTUATION.test(ctx.words[start]!)) start++;
  while (end > start && droppable(end - 1)) end--;
  while (start < end && (NAME_CONNECTORS.has(ctx.folded[start]!) && /^\p{Ll}/u.test(ctx.words[start]!))) start++;
  return end > start ? { type: s.type, start, end } : null;
}

/** The span follows a title and "for"/"of" ("Minister for", "Secretary of State for"). */
function isPortfolio(ctx: RuleContext, start: number): boolean {
  let i = start - 1;
  if (ctx.folded[i] === 'the') i--;
  if (ctx.folded[i] !== 'for' && ctx.folded[i] !== 'of') return false;
  return /^(minister|ministers|secretary|secretaries|commissioner|spokesman|spokeswoman|spokesperson|undersecretary|under-secretary|deputy)$/.test(ctx.folded[i - 1] ?? '') || ctx.folded[i - 1] === 'state' && ctx.folded[i - 2] === 'of';
}

function isName(ctx: RuleContext, s: TokenSpan): boolean {
  const words = ctx.words.slice(s.start, s.end);
  if (!words.some((w) => /[\p{L}\p{N}]/u.test(w))) return false;
  if (s.type === 'PER' && ctx.folded.slice(s.start, s.end).every((f) => TITLES.has(f) || EDGE_PUNCTUATION.test(f))) return false;
  if (s.end - s.start === 1 && s.type !== 'LOC' && ctx.language === 'en') {
    const first = ctx.sentences[ctx.sentenceOf[s.start]!]!.start;
    const opensSentence = s.start === first || (s.start === first + 1 && EDGE_PUNCTUATION.test(ctx.words[first]!));
    const lower = ctx.folded[s.start]!;
    if (opensSentence && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && ctx.commonWords.has(lower) && !ctx.gazetteer.lookup([lower]) && !capitalizedElsewhere(ctx, s.start)) return false;
  }
  return true;
}

/** The word is written capitalized away from a sentence start somewhere else in the document. */
function capitalizedElsewhere(ctx: RuleContext, at: number): boolean {
  const word = ctx.words[at]!;
  for (let i = 0; i < ctx.words.length; i++) {
    if (i !== at && ctx.words[i] === word && ctx.sentences[ctx.sentenceOf[i]!]!.start !== i) return true;
  }
  return false;
}

/** Gives every occurrence of a name the type most of its occurrences have (places win ties when the gazetteer knows them). */
function unifyTypes(ctx: RuleContext, spans: readonly TokenSpan[]): TokenSpan[] {
  const votes = new Map<string, Map<EntityType, number>>();
  const keyOf = (s: TokenSpan) => ctx.folded.slice(s.start, s.end).join(' ');
  for (const s of spans) {
    const k = keyOf(s);
    let v = votes.get(k);
    if (v === undefined) votes.set(k, (v = new Map()));
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
  }
  return spans.map((s) => {
    const k = keyOf(s);
    const folded = ctx.folded.slice(s.start, s.end);
    const cats = ctx.gazetteer.lookup(folded);
    const isAcronym = s.end - s.start === 1 && /^\p{Lu}{2,}$/u.test(ctx.words[s.start]!);
    // a known place tagged as an organization on its own is a place in statements (sports clubs are rare there)
    // (a small town only when its name is no ordinary word: "Police" is a town in Poland)
    const place = cats & PLACE || (cats & SMALL_PLACE && !ctx.commonWords.has(folded[0]!));
    if ((s.type === 'ORG' || s.type === 'MISC') && s.end - s.start === 1 && place && !(cats & (KNOWN_ORG | DEMONYM)) && !isAcronym) return { ...s, type: 'LOC' };
    // an acronym is an organization more often than anything else
    if (s.type === 'MISC' && isAcronym && !(cats & DEMONYM)) return { ...s, type: 'ORG' };
    const v = votes.get(k)!;
    if (v.size < 2) return s;
    let best: EntityType = s.type;
    let bestCount = -1;
    for (const [type, count] of v) {
      if (count > bestCount || (count === bestCount && type === 'LOC' && cats & PLACE)) {
        best = type;
        bestCount = count;
      }
    }
    return { ...s, type: best };
  });
}
