/**
 * What the populated places of each first-level region tell about it: its
 * seat, how far its places spread, and the centre of the box they fill.
 * @module
 */
import { distanceKm } from '../../src/extract/places/geo-distance.js';
import type { BuildFeature } from './build-feature.js';

export interface RegionExtent {
  /** Seat (the PPLA), else the most populous place. */
  readonly seat: { readonly lat: number; readonly lon: number };
  /** Distance from the seat to the farthest place, in km. */
  readonly radius: number;
  /** Centre of the box holding the places, outliers (first and last 2 %) left out. */
  readonly centre: { readonly lat: number; readonly lon: number };
  readonly places: number;
}

/** Share of places left out at each edge of the box, so one mislocated place does not stretch it. */
const TRIM = 0.02;

/** Extents of every admin1 with populated places, keyed `CC.admin1`. */
export function regionExtents(cities: readonly BuildFeature[]): Map<string, RegionExtent> {
  const groups = new Map<string, BuildFeature[]>();
  for (const c of cities) {
    if (c.admin1 === '') continue;
    const key = `${c.country}.${c.admin1}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [c]);
    else list.push(c);
  }
  const out = new Map<string, RegionExtent>();
  for (const [key, list] of groups) {
    const rank = (c: BuildFeature) => (c.fcode === 'PPLA' || c.fcode === 'PPLC' ? 1e12 : 0) + c.population;
    const seat = list.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const radius = Math.max(...list.map((c) => distanceKm(seat.lat, seat.lon, c.lat, c.lon)));
    out.set(key, { seat, radius, centre: { lat: trimmedMid(list.map((c) => c.lat)), lon: trimmedMid(list.map((c) => c.lon)) }, places: list.length });
  }
  return out;
}

function trimmedMid(values: number[]): number {
  const s = values.sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.floor(p * s.length)))]!;
  return (at(TRIM) + at(1 - TRIM)) / 2;
}
