/**
 * Candidate features for one mention: abbreviations as written, then the
 * folded name with and without articles and generic words, then (when nothing
 * else matched) transliteration variants through the consonant skeleton.
 * @module
 */
import { MATCH, SKELETON_PREFIX } from './gazetteer-format.js';
import type { MatchLevel } from './gazetteer-format.js';
import type { Gazetteer } from './gazetteer.js';
import { foldedSimilarity } from './name-similarity.js';
import { nameKeys, normalizeName, skeletonKey, stripGeneric } from './normalize-name.js';
import { ABBREVIATIONS, AMBIGUOUS_CODES } from './model/abbreviations.js';
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

/** Finds the candidates for one mention text. */
export function findCandidates(g: Gazetteer, abbreviations: ReadonlyMap<string, number>, text: string): PlaceQuery {
  const surface = cleanMention(text);
  const key = normalizeName(surface);
  const abbreviation = abbreviations.get(surface) ?? abbreviations.get(surface.replace(/\.$/, ''));
  if (abbreviation !== undefined) {
    return { key, kindWord: null, weakCode: AMBIGUOUS_CODES.has(surface), candidates: [{ feature: abbreviation, level: MATCH.name }] };
  }
  if (key === '' || STOP_NAMES.has(key) || /^\d+$/.test(key)) return { key, kindWord: null, weakCode: false, candidates: [] };

  const best = new Map<number, MatchLevel>();
  const add = (feature: number, level: MatchLevel) => {
    const prev = best.get(feature);
    if (prev === undefined || level < prev) best.set(feature, level);
  };
  for (const { key: k, exact } of nameKeys(surface)) {
    for (const p of g.find(k)) add(p.feature, exact ? p.level : (Math.max(p.level, MATCH.stripped) as MatchLevel));
  }
  if (best.size === 0 && !SITE_WORDS.test(key)) {
    const skeleton = skeletonKey(key);
    if (skeleton !== null) {
      for (const p of g.find(SKELETON_PREFIX + skeleton)) {
        if (foldedSimilarity(key, normalizeName(g.name(p.feature))) >= SKELETON_MIN_SIMILARITY) add(p.feature, MATCH.skeleton);
      }
    }
  }
  return { key, kindWord: kindWord(key), weakCode: false, candidates: [...best].map(([feature, level]) => ({ feature, level })) };
}

function kindWord(key: string): 'region' | 'city' | null {
  if (stripGeneric(key) === null) return null;
  return / city$|^city of /.test(key) ? 'city' : 'region';
}
