/**
 * Entities for a gold statement body, found by string search: gold gives
 * entity names without offsets, so each alternative name is located in the
 * body (whole words, longest names first, no overlaps except a place inside
 * another name, as a tagger would also find "Casablanca" in "the Court of
 * Appeal in Casablanca") and given the geo its gold entry carries.
 */
import type { Entity, EntityType, Geo } from '../../src/model/contract.js';
import { ENTITY_TYPES } from '../../src/model/contract.js';
import type { GoldStatement } from './shared-scorer.js';

type GoldEntity = NonNullable<GoldStatement['entities']>[number];

/** Entities with offsets into `body`, for every gold entity name that occurs in it. */
export function locateGoldEntities(body: string, gold: readonly GoldEntity[]): Entity[] {
  const names = gold.flatMap((g) => String(g.text ?? g.name ?? '').split('|').map((name) => ({ name: name.trim(), g })))
    .filter((n) => n.name.length > 1 && ENTITY_TYPES.includes(n.g.type as EntityType))
    .sort((a, b) => b.name.length - a.name.length);
  const taken: Entity[] = [];
  for (const { name, g } of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of body.matchAll(re)) {
      const start = m.index;
      const end = start + name.length;
      const blocked = taken.some((t) => start < t.end && end > t.start && (g.type !== 'LOC' || t.type === 'LOC'));
      if (blocked) continue;
      taken.push({ type: g.type as EntityType, text: name, start, end, geo: g.type === 'LOC' ? geoOf(name, g) : null });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function geoOf(name: string, g: GoldEntity): Geo | null {
  if (typeof g.lat === 'number' && typeof g.lon === 'number') {
    return { geonameId: g.geonameId ?? 0, name, country: '', lat: g.lat, lon: g.lon, kind: 'city' };
  }
  if (g.country) return { geonameId: 0, name, country: g.country, lat: 0, lon: 0, kind: 'country' };
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
