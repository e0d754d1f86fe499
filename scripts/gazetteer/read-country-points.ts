/**
 * Reads the facts table of GeoNames' own country points
 * (`scripts/gazetteer/data/geonames-countries.tsv`, see the README there), so
 * a country feature carries GeoNames' coordinates rather than another source's.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';

/** GeoNames' id and point of one country. */
export interface CountryPoint {
  readonly geonameId: number;
  readonly lat: number;
  readonly lon: number;
}

/** ISO2 code → GeoNames point; empty when the file is absent. Malformed rows throw, so a bad edit fails the build. */
export function readCountryPoints(path: string): Map<string, CountryPoint> {
  const out = new Map<string, CountryPoint>();
  if (!existsSync(path)) return out;
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [code, id, , lat, lon] = line.split('\t');
    const point = { geonameId: Number(id), lat: Number(lat), lon: Number(lon) };
    if (!/^[A-Z]{2}$/.test(code ?? '') || !Number.isInteger(point.geonameId) || !(Math.abs(point.lat) <= 90) || !(Math.abs(point.lon) <= 180)) {
      throw new Error(`gazetteer: ${path}:${i + 1} is not "iso2<TAB>geonameid<TAB>name<TAB>lat<TAB>lon"`);
    }
    out.set(code!, point);
  });
  return out;
}
