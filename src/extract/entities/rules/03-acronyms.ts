/**
 * Acronyms defined in the text: "Sudanese Armed Forces (SAF)" makes the
 * expansion one entity and every "SAF" in the document the same entity. The
 * expansion is found by matching the acronym's letters to the initials of the
 * words before the parenthesis, skipping connectors ("Volontaires pour la
 * défense de la patrie (VDP)").
 * @module
 */
import type { EntityType } from '../../../model/contract.js';
import { categoryBit } from '../gazetteer/gazetteer.js';
import { NAME_CONJUNCTIONS, NAME_CONNECTORS } from '../model/name-connectors.js';
import type { RuleContext } from './rule-context.js';
import type { SpanSet } from './span-set.js';

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;
const MAX_EXPANSION_TOKENS = 14;
const COUNTRY_BITS = categoryBit('country') | categoryBit('countryIntl');
const PLACE_BITS = COUNTRY_BITS | categoryBit('cityLarge') | categoryBit('cityMedium') | categoryBit('citySmall') | categoryBit('cityIntl') | categoryBit('region');

/** A defined acronym: its expansion's token range and type. */
export interface AcronymDefinition {
  readonly acronym: string;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** Finds acronym definitions, tags their expansions and every mention of the acronyms. */
export function tagAcronyms(ctx: RuleContext, spans: SpanSet): AcronymDefinition[] {
  const defs: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < ctx.words.length; i++) {
    if (ctx.words[i] !== '(' || ctx.words[i + 2] !== ')' || !ACRONYM.test(ctx.words[i + 1]!)) continue;
    const acronym = ctx.words[i + 1]!;
    const start = expansionStart(ctx, acronym, i);
    if (start < 0) continue;
    const type = expansionType(ctx, spans, start, i);
    spans.put(type, start, i, true);
    defs.push({ acronym, start, end: i, type });
  }
  shrinkToExpansions(ctx, spans, defs);
  const byAcronym = new Map(defs.map((d) => [d.acronym, d.type]));
  // an acronym used without a definition still names the entity whose initials it spells
  const byInitials = new Map<string, EntityType>();
  for (const sp of spans.all()) {
    if (sp.end - sp.start < 2) continue;
    const initials = initialsOf(ctx, sp.start, sp.end);
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, sp.type);
  }
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (byAcronym.has(w) || !ACRONYM.test(w)) continue;
    const type = byInitials.get(w.replace(/[^\p{L}]/gu, ''));
    if (type !== undefined) byAcronym.set(w, type);
  }
  for (let i = 0; i < ctx.words.length; i++) {
    const type = byAcronym.get(ctx.words[i]!);
    if (type === undefined) continue;
    const at = spans.at(i);
    if (at !== undefined && at.end - at.start > 1) continue;
    spans.put(type, i, i + 1, true);
  }
  return defs;
}

/**
 * An organization span that runs past a defined expansion ("… of the Lamu
 * Coast in Mombasa" where "… of the Lamu Coast (ODFCLC)" is defined) is cut
 * back to it, and a known place after the connector gets its own span.
 */
function shrinkToExpansions(ctx: RuleContext, spans: SpanSet, defs: readonly AcronymDefinition[]): void {
  const expansions = defs.map((d) => ctx.folded.slice(d.start, d.end).join(' '));
  for (const s of [...spans.all()]) {
    if (s.type !== 'ORG') continue;
    for (const exp of expansions) {
      const n = exp.split(' ').length;
      if (n >= s.end - s.start || ctx.folded.slice(s.start, s.start + n).join(' ') !== exp) continue;
      if (!NAME_CONNECTORS.has(ctx.folded[s.start + n]!)) continue;
      spans.put('ORG', s.start, s.start + n, true);
      const rest = s.start + n + 1;
      if (rest < s.end && ctx.gazetteer.lookup(ctx.folded.slice(rest, s.end)) & PLACE_BITS) spans.put('LOC', rest, s.end, true);
      break;
    }
  }
}

/** Initials of the content words of `[start, end)`, each hyphen part counting: "Pan-African Lawyers for Justice" → "PALJ". */
export function initialsOf(ctx: RuleContext, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const f = ctx.folded[i]!;
    if (NAME_CONNECTORS.has(f) || NAME_CONJUNCTIONS.has(f) || /^['’]s?$/.test(f)) continue;
    for (const part of ctx.words[i]!.split(/[-‐]/)) if (/^\p{L}/u.test(part)) out += part[0]!.toUpperCase();
  }
  return out;
}

/** Index of the first word of the expansion ending just before `paren`, or -1. */
function expansionStart(ctx: RuleContext, acronym: string, paren: number): number {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const sentenceStart = ctx.sentences[ctx.sentenceOf[paren]!]!.start;
  const lowest = Math.max(sentenceStart, paren - MAX_EXPANSION_TOKENS);
  const match = (li: number, wi: number): number => {
    if (li < 0) return wi + 1;
    if (wi < lowest) return -1;
    const word = ctx.words[wi]!;
    const f = ctx.folded[wi]!;
    if (/^['’]s?$/.test(word)) return match(li, wi - 1);
    const parts = word.split(/[-‐]/).filter((p) => p.length > 0);
    // the initials of the word (each hyphen part), or the first two or three letters of a word ("Panhellenic" → PA)
    const candidates = new Set<string>([parts.map((p) => p[0]!.toUpperCase()).join(''), parts[0]![0]!.toUpperCase()]);
    if (/^\p{Lu}/u.test(word)) for (let k = 2; k <= 3; k++) candidates.add(word.slice(0, k).toUpperCase());
    for (const c of [...candidates].sort((a, b) => b.length - a.length)) {
      if (c.length > li + 1 || letters.slice(li - c.length + 1, li + 1) !== c) continue;
      const r = match(li - c.length, wi - 1);
      if (r >= 0) return r;
    }
    if (NAME_CONNECTORS.has(f) || NAME_CONJUNCTIONS.has(f)) return match(li, wi - 1);
    return -1;
  };
  const start = match(letters.length - 1, paren - 1);
  if (start < 0 || NAME_CONNECTORS.has(ctx.folded[start]!)) return -1;
  // an expansion starts with a capital, or (Romance names) a head word in lower case never
  return /^[\p{Lu}\p{N}]/u.test(ctx.words[start]!) ? start : -1;
}

/** LOC for a country; the model's type when one of its spans covers the whole expansion; else ORG. */
function expansionType(ctx: RuleContext, spans: SpanSet, start: number, end: number): EntityType {
  if (ctx.gazetteer.lookup(ctx.folded.slice(start, end)) & COUNTRY_BITS) return 'LOC';
  const whole = spans.overlapping(start, end).find((s) => s.start <= start && s.end >= end);
  return whole !== undefined && whole.type !== 'MISC' ? whole.type : 'ORG';
}
