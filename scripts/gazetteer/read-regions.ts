/**
 * First-level regions (GeoNames ADM1): ids, GeoNames admin1 codes and names
 * from iso3166-2-db, coordinates from country-state-city (matched on the ISO
 * 3166-2 code, then on the name), else from the region's seat in cities500.
 * @module
 */
import { readFileSync } from 'node:fs';
import { MATCH } from '../../src/extract/places/gazetteer-format.js';
import { normalizeName, stripGeneric } from '../../src/extract/places/normalize-name.js';
import { distanceKm } from '../../src/extract/places/geo-distance.js';
import type { BuildFeature, FeatureName } from './build-feature.js';
import { syntheticId } from './build-feature.js';
import type { IsoCountry } from './read-countries.js';
import { regionExtents } from './region-extents.js';
import type { RegionExtent } from './region-extents.js';

/** A region's point may lie this far from its seat before it is taken for a geocoding error. */
const MAX_SEAT_KM = 400;
/** Fewer places than this say little about where a region's centre is. */
const MIN_PLACES_FOR_CENTRE = 5;

interface CscState {
  readonly name: string;
  readonly isoCode: string;
  readonly countryCode: string;
  readonly latitude?: string | null;
  readonly longitude?: string | null;
}

/** Builds one feature per region (kind `region`); `cities` supplies seats for regions without coordinates. */
export function readRegions(statesPath: string, iso: Record<string, IsoCountry>, cities: readonly BuildFeature[]): BuildFeature[] {
  const states = JSON.parse(readFileSync(statesPath, 'utf8')) as CscState[];
  const byCode = new Map<string, CscState>();
  const byName = new Map<string, CscState>();
  for (const s of states) {
    if (!Number.isFinite(Number(s.latitude)) || s.latitude == null) continue;
    byCode.set(`${s.countryCode}.${s.isoCode}`, s);
    byName.set(`${s.countryCode}.${regionNameKey(s.name)}`, s);
  }
  const extents = regionExtents(cities);
  const cells = new Set(cities.map((c) => gridCell(c.country, c.lat, c.lon)));
  const nearOwnCountry = (s: CscState) => {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (cells.has(gridCell(s.countryCode, lat + dy, lon + dx))) return true;
    return false;
  };

  const used = new Set<CscState>();
  const out: BuildFeature[] = [];
  for (const [cc, country] of Object.entries(iso)) {
    for (const r of country.regions ?? []) {
      const admin1 = r.admin ?? '';
      const names = regionNames(r.name, r.names);
      const state = byCode.get(`${cc}.${r.iso}`) ?? names.map((n) => byName.get(`${cc}.${regionNameKey(n.text)}`)).find((s) => s !== undefined);
      const extent = extents.get(`${cc}.${admin1}`);
      const point = regionPoint(state, extent, nearOwnCountry);
      if (point === null) continue;
      const { lat, lon } = point;
      if (state) {
        used.add(state);
        names.push({ text: state.name, level: MATCH.name });
      }
      const gid = r.reference?.geonames;
      out.push({
        id: typeof gid === 'number' && gid > 0 ? gid : syntheticId(`region:${cc}.${r.iso ?? r.name}`),
        name: r.names?.geonames ?? r.name, lat, lon, population: 0, country: cc, admin1, kind: 'region', fcode: 'ADM1', names,
      });
    }
  }
  // Regions only country-state-city knows (newer subdivisions): no GeoNames id, no admin1 link.
  const known = new Set(out.flatMap((f) => f.names.map((n) => `${f.country}.${regionNameKey(n.text)}`)));
  for (const s of states) {
    if (used.has(s) || s.latitude == null || !Number.isFinite(Number(s.latitude)) || !iso[s.countryCode]) continue;
    if (known.has(`${s.countryCode}.${regionNameKey(s.name)}`) || !nearOwnCountry(s)) continue;
    out.push({
      id: syntheticId(`region:${s.countryCode}.${s.isoCode}`), name: s.name, lat: Number(s.latitude), lon: Number(s.longitude),
      population: 0, country: s.countryCode, admin1: '', kind: 'region', fcode: 'ADM1', names: [{ text: s.name, level: MATCH.name }],
    });
  }
  return out;
}

function gridCell(country: string, lat: number, lon: number): string {
  return `${country}:${Math.floor(lat)}:${Math.floor(lon)}`;
}

function regionNames(main: string, names: Record<string, string> | undefined): FeatureName[] {
  const out: FeatureName[] = [{ text: main, level: MATCH.name }];
  if (names?.geonames) out.push({ text: names.geonames, level: MATCH.name });
  if (names?.en) out.push({ text: names.en, level: MATCH.name });
  // A region named for two lands ("Newfoundland and Labrador") is often called by the first alone.
  for (const n of [main, names?.en ?? '']) {
    const first = / and /.test(n) ? n.split(' and ')[0]!.trim() : '';
    if (first.length >= 4) out.push({ text: first, level: MATCH.alt });
  }
  for (const [lang, n] of Object.entries(names ?? {})) {
    // iso3166-2-db fills a few missing translations with the language's own name; skip those.
    if (lang !== 'geonames' && lang !== 'en' && n.length >= 2 && !/^(?:chinese|китайский)$/i.test(n)) out.push({ text: n, level: MATCH.alt });
  }
  return out;
}

function regionNameKey(name: string): string {
  const key = normalizeName(name);
  return stripGeneric(key) ?? key;
}

/**
 * A region's point. country-state-city's geocoded point leans towards the
 * capital and a few are in the wrong country; the box of the region's places
 * leans towards where people live. Their midpoint is a steadier estimate of
 * the centre than either; a point far from the seat is taken for an error.
 */
function regionPoint(state: CscState | undefined, extent: RegionExtent | undefined, nearOwnCountry: (s: CscState) => boolean): { lat: number; lon: number } | null {
  const sLat = Number(state?.latitude);
  const sLon = Number(state?.longitude);
  const stateOk = state !== undefined && state.latitude != null && Number.isFinite(sLat) && Number.isFinite(sLon)
    && (extent === undefined ? nearOwnCountry(state) : distanceKm(sLat, sLon, extent.seat.lat, extent.seat.lon) <= Math.max(MAX_SEAT_KM, 1.5 * extent.radius));
  if (extent === undefined) return stateOk ? { lat: sLat, lon: sLon } : null;
  if (extent.places < MIN_PLACES_FOR_CENTRE) return stateOk ? { lat: sLat, lon: sLon } : extent.seat;
  if (!stateOk) return extent.centre;
  return { lat: (sLat + extent.centre.lat) / 2, lon: (sLon + extent.centre.lon) / 2 };
}
