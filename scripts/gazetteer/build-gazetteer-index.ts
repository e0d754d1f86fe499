/**
 * Builds the gazetteer index from the source packages, or leaves it alone when
 * the index on disk was built from the same package versions and format.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZETTEER_FORMAT, MANIFEST_FILE, MATCH } from '../../src/extract/places/gazetteer-format.js';
import type { GazetteerManifest } from '../../src/extract/places/gazetteer-format.js';
import { MODELS_DIR, REPO_ROOT } from '../../src/util/paths.js';
import type { BuildFeature } from './build-feature.js';
import { syntheticId } from './build-feature.js';
import { EXTRA_PLACES } from './model/extra-places.js';
import { NATURAL_FEATURES } from './model/natural-features.js';
import { AIRPORTS } from './model/airports.js';
import { packIndex } from './pack-index.js';
import { readCities } from './read-cities.js';
import { readCountries, readIsoCountries } from './read-countries.js';
import { readCounties } from './read-counties.js';
import { readRegions } from './read-regions.js';
import { defaultSourceFiles, sourceVersions } from './source-packages.js';
import type { SourceFiles } from './source-packages.js';

/** Default folder of the index. */
export const GAZETTEER_DIR = join(MODELS_DIR, 'gazetteer');

export interface BuildOptions {
  readonly outDir?: string;
  /** Source files; the installed packages' when omitted. */
  readonly files?: SourceFiles;
  /** Rebuild even when the index is up to date. */
  readonly force?: boolean;
  readonly log?: (msg: string) => void;
}

export interface BuildResult {
  readonly dir: string;
  /** False when the index was already up to date. */
  readonly built: boolean;
  readonly manifest: GazetteerManifest;
}

/** Builds the index into `outDir` unless it is up to date with the sources. */
export function buildGazetteerIndex(options: BuildOptions = {}): BuildResult {
  const dir = options.outDir ?? GAZETTEER_DIR;
  const files = options.files ?? defaultSourceFiles();
  const sources = sourceStamp(options.files);
  const current = readManifest(dir);
  if (!options.force && current !== null && current.format === GAZETTEER_FORMAT && sameSources(current.sources, sources)) {
    return { dir, built: false, manifest: current };
  }
  const log = options.log ?? (() => {});
  const started = Date.now();
  const features = collectFeatures(files);
  log(`gazetteer: ${features.length} features read in ${Date.now() - started} ms`);
  rmSync(join(dir, MANIFEST_FILE), { force: true });
  const stats = packIndex(features, dir);
  const manifest: GazetteerManifest = { format: GAZETTEER_FORMAT, sources, ...stats, builtAt: new Date().toISOString() };
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  log(`gazetteer: ${stats.keys} keys, ${stats.postings} postings, written to ${dir} in ${Date.now() - started} ms`);
  return { dir, built: true, manifest };
}

/** Countries, regions, extra places and cities, with population priors filled in. */
export function collectFeatures(files: SourceFiles): BuildFeature[] {
  const iso = readIsoCountries(files.isoRegions);
  const cities = readCities(files.cities);
  const countries = readCountries(files, iso);
  const regions = readRegions(files.cscStates, iso, cities);
  const counties = readCounties(files.usCounties, cities);
  const totals = new Map<string, number>();
  for (const c of cities) {
    totals.set(c.country, (totals.get(c.country) ?? 0) + c.population);
    if (c.admin1 !== '') totals.set(`${c.country}.${c.admin1}`, (totals.get(`${c.country}.${c.admin1}`) ?? 0) + c.population);
  }
  for (const c of countries) c.population = totals.get(c.country) ?? 0;
  for (const r of regions) if (r.admin1 !== '') r.population = totals.get(`${r.country}.${r.admin1}`) ?? 0;
  return [...countries, ...regions, ...extraFeatures(), ...counties, ...cities];
}

function extraFeatures(): BuildFeature[] {
  return [...EXTRA_PLACES, ...NATURAL_FEATURES, ...AIRPORTS].map((p) => ({
    id: p.geonameId ?? syntheticId(`extra:${p.name}`),
    name: p.name, lat: p.lat, lon: p.lon, population: p.weight, country: p.country, admin1: '', kind: p.kind, fcode: p.fcode,
    names: [
      { text: p.name, level: MATCH.name },
      ...(p.aliases ?? []).map((text) => ({ text, level: MATCH.alt })),
      ...(p.demonyms ?? []).map((text) => ({ text, level: MATCH.demonym })),
    ],
  }));
}

/** The manifest of the index in `dir`, or null when there is none. */
export function readManifest(dir: string): GazetteerManifest | null {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GazetteerManifest;
  } catch {
    return null;
  }
}

/** Sources of the builder and of the key folding, as checked out (absent from an installed package). */
const BUILDER_SOURCES = [
  'scripts/build-gazetteer.ts', 'scripts/gazetteer/build-feature.ts', 'scripts/gazetteer/build-gazetteer-index.ts',
  'scripts/gazetteer/pack-index.ts', 'scripts/gazetteer/read-cities.ts', 'scripts/gazetteer/read-countries.ts',
  'scripts/gazetteer/read-regions.ts', 'scripts/gazetteer/region-extents.ts', 'scripts/gazetteer/read-counties.ts', 'scripts/gazetteer/model/extra-places.ts', 'scripts/gazetteer/model/natural-features.ts', 'scripts/gazetteer/model/airports.ts',
  'scripts/gazetteer/model/country-aliases.ts', 'scripts/gazetteer/read-country-points.ts', 'scripts/gazetteer/data/geonames-countries.tsv',
  'src/extract/places/normalize-name.ts', 'src/extract/places/gazetteer-format.ts', 'src/extract/places/model/name-rules.ts',
];

/**
 * Package versions plus a digest of the builder's own code and place list, so
 * that editing either rebuilds the index; custom source files are stamped by path.
 */
function sourceStamp(custom: SourceFiles | undefined): Record<string, string> {
  const base = custom === undefined ? sourceVersions() : { files: Object.values(custom).join('|') };
  const code = BUILDER_SOURCES.map((f) => join(REPO_ROOT, f)).filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
  return { ...base, builder: createHash('sha256').update(code).update(JSON.stringify([EXTRA_PLACES, NATURAL_FEATURES, AIRPORTS])).digest('hex').slice(0, 16) };
}

function sameSources(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
