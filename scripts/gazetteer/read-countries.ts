/**
 * Countries from three packages merged by ISO2 code: GeoNames ids and names in
 * a dozen languages from iso3166-2-db, names, spellings, translations and
 * demonyms from world-countries, coordinates from world-countries or
 * country-state-city.
 * @module
 */
import { readFileSync } from 'node:fs';
import { MATCH } from '../../src/extract/places/gazetteer-format.js';
import type { BuildFeature, FeatureName } from './build-feature.js';
import { syntheticId } from './build-feature.js';
import { COUNTRY_ALIASES } from './model/country-aliases.js';
import { readCountryPoints } from './read-country-points.js';
import type { CountryPoint } from './read-country-points.js';
import type { SourceFiles } from './source-packages.js';

interface WorldCountry {
  readonly cca2: string;
  readonly name: { readonly common: string; readonly official: string; readonly native?: Record<string, NamePair> };
  readonly altSpellings?: readonly string[];
  readonly translations?: Record<string, NamePair>;
  readonly demonyms?: Record<string, { readonly f: string; readonly m: string }>;
  readonly latlng?: readonly number[];
}
interface NamePair { readonly common: string; readonly official: string }

/** One country of iso3166-2-db, with its regions. */
export interface IsoCountry {
  readonly iso: string;
  readonly names?: Record<string, string>;
  readonly reference?: { readonly geonames?: number | null };
  readonly regions?: readonly IsoRegion[];
}
export interface IsoRegion {
  readonly name: string;
  readonly names?: Record<string, string>;
  readonly iso?: string;
  readonly admin?: string;
  readonly reference?: { readonly geonames?: number | null };
}

interface CscCountry { readonly isoCode: string; readonly name: string; readonly latitude: string; readonly longitude: string }

/** Reads iso3166-2-db's main file: ISO2 code → country with regions. */
export function readIsoCountries(path: string): Record<string, IsoCountry> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, IsoCountry>;
}

/** Builds one feature per country known to any of the packages (kind `country`). */
export function readCountries(files: SourceFiles, iso: Record<string, IsoCountry>): BuildFeature[] {
  const world = JSON.parse(readFileSync(files.worldCountries, 'utf8')) as WorldCountry[];
  const csc = new Map((JSON.parse(readFileSync(files.cscCountries, 'utf8')) as CscCountry[]).map((c) => [c.isoCode, c]));
  const byCode = new Map(world.map((w) => [w.cca2, w]));
  // GeoNames' own point of the feature wins: the resolver answers with GeoNames features.
  const geonames = files.countryPoints === undefined ? new Map<string, CountryPoint>() : readCountryPoints(files.countryPoints);
  const codes = new Set([...byCode.keys(), ...Object.keys(iso)]);
  const out: BuildFeature[] = [];
  for (const code of [...codes].sort()) {
    const w = byCode.get(code);
    const i = iso[code];
    const c = csc.get(code);
    const point = geonames.get(code);
    const lat = point?.lat ?? w?.latlng?.[0] ?? Number(c?.latitude);
    const lon = point?.lon ?? w?.latlng?.[1] ?? Number(c?.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const names: FeatureName[] = [];
    const add = (text: string | undefined, level: FeatureName['level']) => {
      if (text !== undefined && text.trim().length >= 2) names.push({ text: text.trim(), level });
    };
    const main = w?.name.common ?? i?.names?.en ?? c?.name ?? code;
    add(main, MATCH.name);
    add(w?.name.official, MATCH.name);
    add(c?.name, MATCH.name);
    add(i?.names?.en, MATCH.name);
    add(i?.names?.geonames, MATCH.name);
    for (const n of Object.values(i?.names ?? {})) add(n, MATCH.alt);
    for (const n of Object.values(w?.name.native ?? {})) { add(n.common, MATCH.alt); add(n.official, MATCH.alt); }
    for (const n of Object.values(w?.translations ?? {})) { add(n.common, MATCH.alt); add(n.official, MATCH.alt); }
    // Two-letter spellings are ISO codes; the resolver reads codes from its own list, case-sensitively.
    for (const s of w?.altSpellings ?? []) if (s.length > 2) add(s, MATCH.alt);
    for (const s of COUNTRY_ALIASES[code] ?? []) add(s, MATCH.name);
    for (const d of Object.values(w?.demonyms ?? {})) {
      for (const form of new Set([d.m, d.f])) {
        add(form, MATCH.demonym);
        if (/[nie]$/.test(form)) add(`${form}s`, MATCH.demonym);
      }
    }
    const id = i?.reference?.geonames ?? point?.geonameId;
    out.push({
      id: typeof id === 'number' && id > 0 ? id : syntheticId(`country:${code}`),
      name: main, lat, lon, population: 0, country: code, admin1: '', kind: 'country', fcode: 'PCLI', names,
    });
  }
  return out;
}
