/**
 * Reads the GeoNames cities500 dump (one populated place a line, tab-separated,
 * alternate names comma-separated) into builder features.
 * @module
 */
import { readFileSync } from 'node:fs';
import { MATCH } from '../../src/extract/places/gazetteer-format.js';
import type { BuildFeature, FeatureName } from './build-feature.js';

/** Alternate names that are codes (IATA, postal, FIPS), not names; the resolver has its own code lists. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$|^\d+$|^https?:/;
const MAX_NAME_LENGTH = 80;

/** Parses the cities500 file into features (kind `city`). */
export function readCities(path: string): BuildFeature[] {
  const out: BuildFeature[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const id = Number(f[0]);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const name = f[1]!;
    const names: FeatureName[] = [{ text: name, level: MATCH.name }];
    if (f[2] !== '' && f[2] !== name) names.push({ text: f[2]!, level: MATCH.name });
    for (const alt of f[3]!.split(',')) {
      if (alt === '' || alt.length > MAX_NAME_LENGTH || CODE_LIKE.test(alt)) continue;
      names.push({ text: alt, level: MATCH.alt });
    }
    out.push({
      id, name, lat, lon,
      population: Number(f[14]) || 0,
      country: f[8]!,
      admin1: f[10]!,
      admin2: f[11]!,
      kind: 'city',
      fcode: f[7] || 'PPL',
      names,
    });
  }
  return out;
}
