/**
 * Candidate features for one mention: abbreviations as written, then the
 * folded name with and without articles and generic words, then (when nothing
 * else matched) transliteration variants through the consonant skeleton, and
 * last the name without words that make it a part of a place ("North London")
 * or a feature named after one ("Salinas Valley").
 * @module
 */
import { MATCH, SKELETON_PREFIX } from './gazetteer-format.js';
import type { MatchLevel } from './gazetteer-format.js';
import type { Gazetteer } from './gazetteer.js';
import { foldedSimilarity } from './name-similarity.js';
import { nameKeys, normalizeName, skeletonKey, stripGeneric } from './normalize-name.js';
import { ABBREVIATIONS, AMBIGUOUS_CODES } from './model/abbreviations.js';
import { FEATURE_PREFIXES, FEATURE_SUFFIXES, PART_PREFIXES } from './model/fallback-words.js';
import { SKELETON_MIN_SIMILARITY } from './model/name-rules.js';
import { SITE_WORDS, STOP_NAMES } from './model/stop-names.js';

export interface Candidate {
  readonly feature: number;
  readonly level: MatchLevel;
}

/** What a mention's text asks for. */
export interface PlaceQuery {
  /** Folded name: mentions with the same key are one place in a text. */
  readonly key: string;
  /** Kind the text names with a generic word ("province", "city of"), if any. */
  readonly kindWord: 'region' | 'city' | null;
  /** True for a short code that is also a common word ("IN", "OR"): resolved only with support. */
  readonly weakCode: boolean;
  /** True when the candidates name only a part of the mention ("Salinas" for "Salinas Valley"): resolved only with support. */
  readonly partial: boolean;
  readonly candidates: readonly Candidate[];
}

/** Resolves abbreviation targets to features once, for a loaded gazetteer. */
export function abbreviationFeatures(g: Gazetteer): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [form, target] of ABBREVIATIONS) {
    let feature = -1;
    if ('name' in target) {
      let best = -1;
      for (const p of g.find(normalizeName(target.name))) {
        if (g.country(p.feature) === target.country && g.kind(p.feature) === target.kind && p.level <= MATCH.alt) {
          if (best < 0 || g.population(p.feature) > g.population(best)) best = p.feature;
        }
      }
      feature = best;
    } else {
      feature = g.countryFeature(target.country);
    }
    if (feature >= 0) out.set(form, feature);
  }
  return out;
}

const POSSESSIVE = /['’]s$/;
const EDGE_PUNCTUATION = /^[\s"“”«»(\[]+|[\s"“”«»)\],;:!?]+$/g;

/** The text of a mention without quotes, a possessive or a leading "the". */
export function cleanMention(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '').replace(POSSESSIVE, '').replace(/^the\s+/i, '');
}

/**
 * Finds the candidates for one mention text. `followedByDot` says the text goes
 * on with a period the mention left out ("Ky" in "Ky."), which makes an
 * abbreviation of it.
 */
export function findCandidates(g: Gazetteer, abbreviations: ReadonlyMap<string, number>, text: string, followedByDot = false): PlaceQuery {
  const surface = cleanMention(text);
  const key = normalizeName(surface);
  const abbreviation = abbreviations.get(surface) ?? abbreviations.get(surface.replace(/\.$/, ''))
    ?? (followedByDot && !surface.endsWith('.') ? abbreviations.get(`${surface}.`) : undefined);
  if (abbreviation !== undefined) {
    return { key, kindWord: null, weakCode: AMBIGUOUS_CODES.has(surface), partial: false, candidates: [{ feature: abbreviation, level: MATCH.name }] };
  }
  const none = { key, kindWord: null, weakCode: false, partial: false, candidates: [] };
  if (key === '' || STOP_NAMES.has(key) || /^\d+$/.test(key)) return none;

  const best = lookup(g, surface);
  let partial = false;
  if (best.size === 0 && !SITE_WORDS.test(key)) {
    const skeleton = skeletonKey(key);
    if (skeleton !== null) {
      for (const p of g.find(SKELETON_PREFIX + skeleton)) {
        if (foldedSimilarity(key, normalizeName(g.name(p.feature))) >= SKELETON_MIN_SIMILARITY) add(best, p.feature, MATCH.skeleton);
      }
    }
  }
  if (best.size === 0) {
    for (const rest of partNames(key)) {
      for (const [feature, level] of lookup(g, rest)) if (level <= MATCH.alt) add(best, feature, MATCH.stripped);
      if (best.size > 0) {
        partial = true;
        break;
      }
    }
  }
  return { key, kindWord: kindWord(key), weakCode: false, partial, candidates: [...best].map(([feature, level]) => ({ feature, level })) };
}

function lookup(g: Gazetteer, name: string): Map<number, MatchLevel> {
  const best = new Map<number, MatchLevel>();
  for (const { key: k, exact } of nameKeys(name)) {
    for (const p of g.find(k)) add(best, p.feature, exact ? p.level : (Math.max(p.level, MATCH.stripped) as MatchLevel));
  }
  return best;
}

function add(best: Map<number, MatchLevel>, feature: number, level: MatchLevel): void {
  const prev = best.get(feature);
  if (prev === undefined || level < prev) best.set(feature, level);
}

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const PART_PREFIX_RE = new RegExp(`^(?:${byLength(PART_PREFIXES)}) (?=\\S{3})`);
const FEATURE_PREFIX_RE = new RegExp(`^(?:${byLength(FEATURE_PREFIXES)}) (?=\\S{3})`);
const FEATURE_SUFFIX_RE = new RegExp(`(?<=\\S{3}) (?:${byLength(FEATURE_SUFFIXES)})$`);

/** The name without words that make it a part of a place or a feature named after one, most specific first. */
function partNames(key: string): string[] {
  const out: string[] = [];
  const push = (k: string) => {
    if (k !== key && k.length >= 3 && !STOP_NAMES.has(k) && !out.includes(k)) out.push(k);
  };
  const noPart = key.replace(PART_PREFIX_RE, '');
  const noFeature = noPart.replace(FEATURE_PREFIX_RE, '').replace(FEATURE_SUFFIX_RE, '');
  push(noPart);
  push(noFeature);
  return out;
}

function kindWord(key: string): 'region' | 'city' | null {
  if (stripGeneric(key) === null) return null;
  return / city$|^city of /.test(key) ? 'city' : 'region';
}
