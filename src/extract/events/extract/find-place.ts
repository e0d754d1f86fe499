/**
 * The place of an event: a LOC entity in its piece, else in its sentence,
 * ranked by precision (a town before its region, a region before its
 * country, a street below the town it is in) and then by nearness to the
 * trigger. The statement's focus place stands in for a street, or for a
 * sentence that names no place while continuing the account.
 */
import type { Entity, Geo } from '../../../model/contract.js';
import { GEO_KIND_RANK, STREET_LIKE, STREET_RANK, UNRESOLVED_RANK } from '../model/place-words.js';
import { normalizeName } from '../text/normalize-name.js';
import type { Span } from './find-actors.js';

/** A place as the contract wants it: the name as written, and its resolution if any. */
export interface EventPlace {
  readonly name: string;
  readonly geo: Geo | null;
  readonly rank: number;
}

/** A LOC entity usable as an event place, with its rank. */
export interface RankedPlace {
  readonly entity: Entity;
  readonly rank: number;
}

/**
 * The rank of a LOC entity as an event place. A place inside another name
 * ("the Court of Appeal in Casablanca") ranks one below a place named alone.
 */
export function placeRank(e: Entity, nested = false): number {
  if (STREET_LIKE.test(e.text)) return STREET_RANK;
  return (e.geo ? GEO_KIND_RANK[e.geo.kind] : UNRESOLVED_RANK) - (nested ? 1 : 0);
}

/** The best place among the usable places inside `span`, nearest to `anchor` on ties. */
export function placeIn(span: Span, anchor: number, places: readonly RankedPlace[]): EventPlace | null {
  let best: RankedPlace | null = null;
  for (const p of places) {
    if (p.entity.start < span.start || p.entity.end > span.end) continue;
    if (!best || p.rank > best.rank || (p.rank === best.rank && distance(p.entity, anchor) < distance(best.entity, anchor))) best = p;
  }
  return best ? { name: best.entity.text, geo: best.entity.geo, rank: best.rank } : null;
}

function distance(e: Entity, anchor: number): number {
  return e.end <= anchor ? anchor - e.end : Math.max(0, e.start - anchor);
}

/**
 * The place a statement is mostly about: the LOC mentioned most often,
 * weighted by rank, outside datelines and signatures (already filtered out of `places`).
 */
export function focusPlace(places: readonly RankedPlace[]): EventPlace | null {
  const tally = new Map<string, { entity: Entity; score: number }>();
  for (const { entity: e, rank } of places) {
    if (rank <= STREET_RANK) continue;
    const key = normalizeName(e.text);
    const seen = tally.get(key);
    if (seen) seen.score += rank;
    else tally.set(key, { entity: e, score: rank });
  }
  let best: { entity: Entity; score: number } | null = null;
  for (const t of tally.values()) if (!best || t.score > best.score) best = t;
  if (!best) return null;
  const geo = places.find((p) => normalizeName(p.entity.text) === normalizeName(best.entity.text) && p.entity.geo)?.entity.geo ?? null;
  return { name: best.entity.text, geo, rank: placeRank(best.entity) };
}
