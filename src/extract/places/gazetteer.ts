/**
 * Read access to the built gazetteer index: feature columns and name-key
 * lookups. Loading reads four files into typed-array views; nothing is parsed
 * per key, so it takes tens of milliseconds.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoKind } from '../../model/contract.js';
import {
  BINARY_FILE, GAZETTEER_FORMAT, KEYS_FILE, KIND_CODES, MANIFEST_FILE, NAMES_FILE, SECTIONS, TABLES_FILE, hashKey,
} from './gazetteer-format.js';
import type { GazetteerManifest, GazetteerTables, MatchLevel, SectionName } from './gazetteer-format.js';

/** One feature found under a key, with how it matched. */
export interface Posting {
  readonly feature: number;
  readonly level: MatchLevel;
}

type Columns = { readonly [K in (typeof SECTIONS)[number] as K[0]]: InstanceType<K[1]> };

export interface Gazetteer {
  readonly size: number;
  readonly tables: GazetteerTables;
  /** Features stored under exactly this key. */
  find(key: string): Posting[];
  geonameId(f: number): number;
  name(f: number): string;
  lat(f: number): number;
  lon(f: number): number;
  population(f: number): number;
  /** ISO2 code ("" for places beyond one country). */
  country(f: number): string;
  /** Feature index of the first-level region holding the feature (itself for a region), or -1. */
  region(f: number): number;
  kind(f: number): GeoKind;
  fcode(f: number): string;
  /** Feature index of a country's own feature, or -1. */
  countryFeature(iso2: string): number;
}

/** Loads the index in `dir`; throws with a hint when it is missing or of another format. */
export function loadGazetteer(dir: string): Gazetteer {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new Error(`place gazetteer not found in ${dir}: build it with "npm run build" (or npx tsx scripts/build-gazetteer.ts)`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as GazetteerManifest;
  if (manifest.format !== GAZETTEER_FORMAT) {
    throw new Error(`place gazetteer in ${dir} has format ${manifest.format}, expected ${GAZETTEER_FORMAT}: rebuild it (npx tsx scripts/build-gazetteer.ts)`);
  }
  const c = readSections(join(dir, BINARY_FILE));
  const keyText = readFileSync(join(dir, KEYS_FILE), 'utf8');
  const names = readFileSync(join(dir, NAMES_FILE), 'utf8').split('\n');
  const tables = JSON.parse(readFileSync(join(dir, TABLES_FILE), 'utf8')) as GazetteerTables;
  const countryFeatures = new Map(tables.countries.map((code, i) => [code, tables.countryFeatures[i] ?? -1]));
  const keyCount = c.keyHashes.length;

  const find = (key: string): Posting[] => {
    const h = hashKey(key);
    let lo = 0;
    let hi = keyCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c.keyHashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    const out: Posting[] = [];
    for (let k = lo; k < keyCount && c.keyHashes[k] === h; k++) {
      if (keyText.slice(c.keyOffsets[k]!, c.keyOffsets[k + 1]!) !== key) continue;
      for (let p = c.postingStarts[k]!; p < c.postingStarts[k + 1]!; p++) {
        out.push({ feature: c.postings[p]!, level: c.postingLevels[p]! as MatchLevel });
      }
    }
    return out;
  };

  return {
    size: c.ids.length,
    tables,
    find,
    geonameId: (f) => c.ids[f]!,
    name: (f) => names[f] ?? '',
    lat: (f) => Math.round(c.lat[f]! * 1e5) / 1e5,
    lon: (f) => Math.round(c.lon[f]! * 1e5) / 1e5,
    population: (f) => c.population[f]!,
    country: (f) => tables.countries[c.country[f]!] ?? '',
    region: (f) => c.region[f]!,
    kind: (f) => KIND_CODES[c.kind[f]!]!,
    fcode: (f) => tables.fcodes[c.fcode[f]!] ?? '',
    countryFeature: (iso2) => countryFeatures.get(iso2) ?? -1,
  };
}

function readSections(path: string): Columns {
  let buf = readFileSync(path);
  // Typed-array views need their element alignment; a pooled Buffer may not start on one.
  if (buf.byteOffset % 8 !== 0) buf = Buffer.from(buf);
  if (buf.readUInt32LE(0) !== 0x315a4147 || buf.readUInt32LE(4) !== SECTIONS.length) {
    throw new Error(`place gazetteer: ${path} is not an index of this format; rebuild it`);
  }
  const out: Record<string, ArrayBufferView> = {};
  SECTIONS.forEach(([name, Type], i) => {
    const at = buf.readUInt32LE(8 + i * 8);
    const bytes = buf.readUInt32LE(12 + i * 8);
    out[name as SectionName] = new Type(buf.buffer, buf.byteOffset + at, bytes / Type.BYTES_PER_ELEMENT);
  });
  return out as unknown as Columns;
}
