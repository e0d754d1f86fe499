/**
 * Whether a gold point lies inside the country or first-level region a system
 * answered with, told by the nearest populated place of the gazetteer. For
 * countries and regions the metres-level point is a convention (GeoNames,
 * Wikipedia and the country packages each pick their own centre), so the
 * evaluation also reports accuracy counting such answers right, as the
 * project's contract scorer does for countries.
 * @module
 */
import type { Geo } from '../../src/model/contract.js';
import type { Gazetteer } from '../../src/extract/places/index.js';
import { distanceKm } from '../../src/extract/places/geo-distance.js';

/** A populated place this far from the gold point is too far to tell its country. */
const MAX_NEIGHBOUR_KM = 60;
const CELL_DEGREES = 0.5;

export interface Containment {
  /** True when `geo` is a country or first-level region holding the point. */
  holds(geo: Geo, lat: number, lon: number): boolean;
}

/** Builds the nearest-place lookup over the gazetteer's populated places. */
export function createContainment(g: Gazetteer): Containment {
  const cells = new Map<string, number[]>();
  const byId = new Map<number, number>();
  for (let f = 0; f < g.size; f++) {
    byId.set(g.geonameId(f), f);
    if (g.kind(f) !== 'city') continue;
    const key = cellKey(g.lat(f), g.lon(f));
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [f]);
    else list.push(f);
  }
  const nearest = (lat: number, lon: number): number => {
    let best = -1;
    let bestKm = MAX_NEIGHBOUR_KM;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const f of cells.get(cellKey(lat + dy * CELL_DEGREES, lon + dx * CELL_DEGREES)) ?? []) {
          const d = distanceKm(lat, lon, g.lat(f), g.lon(f));
          if (d < bestKm) {
            bestKm = d;
            best = f;
          }
        }
      }
    }
    return best;
  };
  return {
    holds(geo, lat, lon) {
      if (geo.kind !== 'country' && geo.kind !== 'region') return false;
      const place = nearest(lat, lon);
      if (place < 0) return false;
      if (geo.kind === 'country') return g.country(place) === geo.country;
      const f = byId.get(geo.geonameId);
      return f !== undefined && g.fcode(f) === 'ADM1' && g.region(place) === f;
    },
  };
}

function cellKey(lat: number, lon: number): string {
  return `${Math.floor(lat / CELL_DEGREES)}:${Math.floor(lon / CELL_DEGREES)}`;
}
