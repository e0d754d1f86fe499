/**
 * The score of a candidate feature for a mention: a prior from how the name
 * matched, what kind of place it is and how many live there, plus evidence
 * from the rest of the text.
 * @module
 */
import type { Gazetteer } from './gazetteer.js';
import type { Candidate, PlaceQuery } from './candidates.js';
import { distanceKm } from './geo-distance.js';
import { MATCH } from './gazetteer-format.js';
import {
  CONTEXT_SCORE, COUNTRY_POPULATION_SCORE, IMPUTED_POPULATION, KIND_SCORE, MATCH_SCORE, MAX_CONTEXT_SCORE, NEAR_KM, POPULATION_SCORE, REGION_POPULATION_DIVISOR, SATURATION,
} from './model/weights.js';

/** The places the rest of the text points to, as seen from one mention. */
export interface Evidence {
  /**
   * Features the other mentions currently resolve to (one per distinct name)
   * and the countries and regions the rest of the text names, each weighted
   * by how sure it is (0–1).
   */
  readonly others: readonly { readonly feature: number; readonly weight: number }[];
  /** The caller's country hints. */
  readonly hints: ReadonlySet<string>;
  /** The place that qualifies this mention ("Texas" in "Paris, Texas"), as a feature, or -1. */
  readonly qualifier: number;
}

/** Score of a candidate before any context. */
export function priorScore(g: Gazetteer, c: Candidate, query: PlaceQuery): number {
  const f = c.feature;
  const kind = g.kind(f);
  const fcode = g.fcode(f);
  let score = (MATCH_SCORE[c.level] ?? 0) + kindWordScore(query, kind, c.level);
  if (kind === 'country') return score + KIND_SCORE.country + COUNTRY_POPULATION_SCORE * Math.log10(1 + g.population(f));
  if (fcode === 'CONT' || fcode === 'RGN') score += KIND_SCORE.worldRegion;
  else if (kind === 'region') score += KIND_SCORE.region;
  else if (kind === 'site') score += KIND_SCORE.site;
  else if (fcode === 'PPLC') score += KIND_SCORE.capital;
  else if (fcode === 'PPLA') score += KIND_SCORE.seat;
  else if (fcode === 'PPLA2') score += KIND_SCORE.seat2;
  else if (fcode === 'PPLX') score += KIND_SCORE.section;
  else score += KIND_SCORE.town;
  const population = kind === 'region' ? g.population(f) / REGION_POPULATION_DIVISOR : g.population(f) || (IMPUTED_POPULATION[fcode] ?? 0);
  return score + POPULATION_SCORE * Math.log10(1 + population);
}

function kindWordScore(query: PlaceQuery, kind: string, level: number): number {
  if (query.kindWord === null) return 0;
  const asked = query.kindWord === 'city' ? kind === 'city' : kind === 'region';
  if (asked) return CONTEXT_SCORE.kindWord;
  return level >= MATCH.stripped ? CONTEXT_SCORE.kindMismatch : 0;
}

/**
 * Score of the context evidence for a candidate. Another mention resolved to
 * the candidate itself ("Mexico" and "Mexico City" both to the city) is no
 * evidence for it.
 */
export function contextScore(g: Gazetteer, c: Candidate, e: Evidence): number {
  const f = c.feature;
  const country = g.country(f);
  const region = g.region(f);
  const kind = g.kind(f);
  // A county counts as local only when named as one ("Monroe County"), not when a bare name ("Delaware") met it.
  const local = isLocal(g, f) && (g.fcode(f) !== 'ADM2' || c.level <= MATCH.alt);
  let countryCount = 0;
  let regionCount = 0;
  let nearWeight = 0;
  let total = 0;
  for (const { feature: o, weight } of e.others) {
    if (o === f) {
      // The same country named again elsewhere ("Mexico" … "Mexican") supports this reading as much as it
      // supports the places inside it; for a city or region, a second name for itself is no evidence.
      if (kind === 'country') {
        total += weight;
        countryCount += weight;
      }
      continue;
    }
    if (g.country(o) !== '') total += weight;
    if (country !== '' && g.country(o) === country) countryCount += weight;
    if (region >= 0 && g.region(o) === region) regionCount += weight;
    if (local && isLocal(g, o)) {
      const d = distanceKm(g.lat(f), g.lon(f), g.lat(o), g.lon(o));
      if (d < NEAR_KM) nearWeight = Math.max(nearWeight, weight * (1 - d / NEAR_KM));
    }
  }
  let score = 0;
  if (countryCount > 0) score += CONTEXT_SCORE.country * (1 - SATURATION ** countryCount);
  else if (e.hints.has(country)) score += CONTEXT_SCORE.hint;
  // A place in a country nothing else in the text is in, while the text is clearly about other countries.
  const isolation = countryCount === 0 && !e.hints.has(country) && country !== '' ? CONTEXT_SCORE.isolation * (1 - SATURATION ** total) : 0;
  if (regionCount > 0) score += CONTEXT_SCORE.region * (1 - SATURATION ** regionCount);
  score += CONTEXT_SCORE.near * nearWeight;
  score = MAX_CONTEXT_SCORE * (1 - Math.exp(-score / MAX_CONTEXT_SCORE)) - isolation;
  // A qualifier ("Paris, Texas") is the text saying which place it means: not capped. Only a
  // candidate found under its own name counts, or a list ("Illinois, Missouri") would pick
  // a Missouri town that has "Illinois" among its alternate names.
  if (e.qualifier >= 0 && f !== e.qualifier && c.level !== MATCH.alt && c.level <= MATCH.stripped && inside(g, f, e.qualifier)) {
    score += CONTEXT_SCORE.qualifier;
  }
  return score;
}

/** Places small enough that nearness to another place of the text tells something: towns, sites, counties. */
function isLocal(g: Gazetteer, f: number): boolean {
  const kind = g.kind(f);
  return kind === 'city' || kind === 'site' || g.fcode(f) === 'ADM2';
}

/** Whether the text supports the candidate's country: another place in it, a country name, or a hint. */
export function countrySupported(g: Gazetteer, f: number, e: Evidence): boolean {
  const country = g.country(f);
  if (country === '' || e.hints.has(country)) return true;
  if (e.qualifier >= 0 && inside(g, f, e.qualifier)) return true;
  return e.others.some((o) => o.feature !== f && o.weight > 0 && g.country(o.feature) === country);
}

/** Whether feature `f` lies inside `container` (its country, or its region). */
export function inside(g: Gazetteer, f: number, container: number): boolean {
  const kind = g.kind(container);
  if (kind === 'country') return g.country(f) === g.country(container);
  if (kind === 'region') return g.region(f) === container && g.region(container) === container;
  return false;
}
