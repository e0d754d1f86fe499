/**
 * Sorts the misses of a resolution run into causes, so work goes where the
 * errors are: a country or region answered with another point than the gold
 * one, a wrong candidate chosen while a right one was there, a right
 * candidate dropped, or no candidate near the gold point at all.
 * @module
 */
import type { Gazetteer } from '../../src/extract/places/index.js';
import { abbreviationFeatures, findCandidates } from '../../src/extract/places/candidates.js';
import { distanceKm } from '../../src/extract/places/geo-distance.js';
import type { ToponymOutcome } from './evaluate.js';

/** Why a gold toponym was missed (error ≥ 161 km or unresolved). */
export type MissCause =
  /** The answer is a country holding the gold point, at a point more than 161 km away. */
  | 'country-point'
  /** The answer is a region (or continent, area) holding or naming the gold place, at another point. */
  | 'region-point'
  /** A candidate within 161 km existed; another was chosen. */
  | 'wrong-candidate'
  /** A candidate within 161 km existed; the resolver left the mention unresolved. */
  | 'dropped'
  /** Candidates were found, none within 161 km of the gold point. */
  | 'no-near-candidate'
  /** The gazetteer knows no feature under the name. */
  | 'unknown-name';

export const MISS_CAUSES: readonly MissCause[] = ['country-point', 'region-point', 'wrong-candidate', 'dropped', 'no-near-candidate', 'unknown-name'];

const NEAR_KM = 161;

export interface Miss {
  readonly outcome: ToponymOutcome;
  readonly cause: MissCause;
  /** The nearest candidate to the gold point, as "name (CC, kind)", when there is one. */
  readonly nearest: string | null;
  readonly nearestKm: number | null;
}

/** Classifies the misses among `outcomes` against the gazetteer's candidates for each gold name. */
export function classifyMisses(g: Gazetteer, outcomes: readonly ToponymOutcome[]): Miss[] {
  const abbreviations = abbreviationFeatures(g);
  const out: Miss[] = [];
  for (const o of outcomes) {
    if (o.errorKm !== null && o.errorKm < NEAR_KM) continue;
    const { lat, lon } = { lat: o.gold.lat!, lon: o.gold.lon! };
    const candidates = findCandidates(g, abbreviations, o.gold.name).candidates;
    let nearest = -1;
    let nearestKm = Infinity;
    for (const c of candidates) {
      const d = distanceKm(lat, lon, g.lat(c.feature), g.lon(c.feature));
      if (d < nearestKm) {
        nearestKm = d;
        nearest = c.feature;
      }
    }
    const label = nearest < 0 ? null : `${g.name(nearest)} (${g.country(nearest) || '-'}, ${g.kind(nearest)})`;
    out.push({ outcome: o, cause: causeOf(o, candidates.length, nearestKm), nearest: label, nearestKm: nearest < 0 ? null : nearestKm });
  }
  return out;
}

function causeOf(o: ToponymOutcome, candidates: number, nearestKm: number): MissCause {
  const geo = o.geo;
  if (geo !== null && geo.kind === 'country' && o.containing) return 'country-point';
  if (geo !== null && geo.kind === 'region' && (o.containing || nearestKm >= NEAR_KM)) return 'region-point';
  if (candidates === 0) return 'unknown-name';
  if (nearestKm >= NEAR_KM) return geo?.kind === 'country' ? 'country-point' : 'no-near-candidate';
  return geo === null ? 'dropped' : 'wrong-candidate';
}

/** Counts per cause, and the share of all scored toponyms each stands for. */
export function causeCounts(misses: readonly Miss[], total: number): Record<MissCause, { n: number; share: number }> {
  const out = {} as Record<MissCause, { n: number; share: number }>;
  for (const c of MISS_CAUSES) {
    const n = misses.filter((m) => m.cause === c).length;
    out[c] = { n, share: total === 0 ? 0 : n / total };
  }
  return out;
}

/** Printable lines: per cause, the most frequent (gold name → answer) pairs. */
export function missReport(misses: readonly Miss[], total: number, perCause: number): string[] {
  const lines: string[] = [];
  const counts = causeCounts(misses, total);
  for (const cause of MISS_CAUSES) {
    const list = misses.filter((m) => m.cause === cause);
    if (list.length === 0) continue;
    lines.push(`  ${cause}: ${list.length} (${(100 * counts[cause].share).toFixed(1)} % of ${total})`);
    const groups = new Map<string, { n: number; m: Miss }>();
    for (const m of list) {
      const geo = m.outcome.geo;
      const key = `${m.outcome.gold.name} → ${geo === null ? 'null' : `${geo.name} (${geo.country || '-'}, ${geo.kind})`}`;
      groups.set(key, { n: (groups.get(key)?.n ?? 0) + 1, m });
    }
    for (const [key, { n, m }] of [...groups].sort((a, b) => b[1].n - a[1].n).slice(0, perCause)) {
      const err = m.outcome.errorKm === null ? 'unresolved' : `${m.outcome.errorKm.toFixed(0)} km`;
      const near = m.nearest === null ? '' : `; nearest candidate ${m.nearest} at ${m.nearestKm!.toFixed(0)} km`;
      lines.push(`    ${n}× ${key}  [${err}; gold ${m.outcome.gold.lat},${m.outcome.gold.lon}${near}]`);
    }
  }
  return lines;
}
