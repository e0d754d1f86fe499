/**
 * Packs builder features into the index files the resolver loads: feature
 * columns and a hashed name-key table with postings (see
 * `src/extract/places/gazetteer-format.ts`).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BINARY_FILE, KEYS_FILE, KIND_CODES, MATCH, NAMES_FILE, SECTIONS, SKELETON_PREFIX, TABLES_FILE, hashKey,
} from '../../src/extract/places/gazetteer-format.js';
import type { GazetteerTables, SectionName } from '../../src/extract/places/gazetteer-format.js';
import { nameKeys, skeletonKey } from '../../src/extract/places/normalize-name.js';
import type { BuildFeature } from './build-feature.js';

/**
 * Places smaller than this get no skeleton keys: a loose match on a hamlet is
 * more often wrong than right. Seats of administrative divisions always get
 * them (GeoNames leaves the population of some at 0).
 */
const SKELETON_MIN_POPULATION = 5000;
const SKELETON_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

export interface PackStats {
  readonly features: number;
  readonly keys: number;
  readonly postings: number;
}

/** Writes the index files for `features` (countries, regions and the rest, in any order) into `dir`. */
export function packIndex(features: readonly BuildFeature[], dir: string): PackStats {
  const countries = [...new Set(features.map((f) => f.country))].sort();
  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const countryFeatures = countries.map((c) => features.findIndex((f) => f.kind === 'country' && f.country === c));
  const regionOf = new Map<string, number>();
  features.forEach((f, i) => {
    if (f.fcode === 'ADM1' && f.admin1 !== '' && !regionOf.has(`${f.country}.${f.admin1}`)) regionOf.set(`${f.country}.${f.admin1}`, i);
  });
  const fcodes = [...new Set(features.map((f) => f.fcode))].sort();
  const fcodeIndex = new Map(fcodes.map((c, i) => [c, i]));

  const n = features.length;
  const cols = {
    ids: new Int32Array(n), lat: new Float32Array(n), lon: new Float32Array(n), population: new Float64Array(n),
    country: new Uint16Array(n), region: new Int32Array(n), kind: new Uint8Array(n), fcode: new Uint8Array(n),
  };
  features.forEach((f, i) => {
    cols.ids[i] = f.id;
    cols.lat[i] = f.lat;
    cols.lon[i] = f.lon;
    cols.population[i] = f.population;
    cols.country[i] = countryIndex.get(f.country)!;
    cols.region[i] = f.admin1 === '' ? -1 : regionOf.get(`${f.country}.${f.admin1}`) ?? -1;
    cols.kind[i] = KIND_CODES.indexOf(f.kind);
    cols.fcode[i] = fcodeIndex.get(f.fcode)!;
  });

  const table = keyTable(features);
  const sections: Record<SectionName, ArrayBufferView> = { ...cols, ...table.sections };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, BINARY_FILE), packSections(sections));
  writeFileSync(join(dir, KEYS_FILE), table.keyText);
  writeFileSync(join(dir, NAMES_FILE), features.map((f) => f.name.replace(/\s+/g, ' ')).join('\n'));
  const tables: GazetteerTables = { countries, countryFeatures, fcodes };
  writeFileSync(join(dir, TABLES_FILE), JSON.stringify(tables));
  return { features: n, keys: table.keyCount, postings: table.postingCount };
}

/** Every (key, feature) pair with its best match level, grouped by key and sorted by key hash. */
function keyTable(features: readonly BuildFeature[]) {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const pairKey: number[] = [];
  const pairFeature: number[] = [];
  const pairLevel: number[] = [];
  const add = (key: string, feature: number, level: number) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
    }
    pairKey.push(id);
    pairFeature.push(feature);
    pairLevel.push(level);
  };
  features.forEach((f, i) => {
    const skeletons = f.kind !== 'city' || f.population >= SKELETON_MIN_POPULATION || SKELETON_SEATS.has(f.fcode);
    for (const name of f.names) {
      for (const { key, exact } of nameKeys(name.text, f.kind !== 'city')) {
        add(key, i, exact || name.level === MATCH.demonym ? name.level : Math.max(name.level, MATCH.stripped));
        if (!skeletons || name.level === MATCH.demonym) continue;
        const skeleton = skeletonKey(key);
        if (skeleton !== null) add(SKELETON_PREFIX + skeleton, i, MATCH.skeleton);
      }
    }
  });

  // Keys ordered by hash (ties by first appearance): hash * 2^21 + key id stays below 2^53.
  const KEY_BITS = 2 ** 21;
  if (keys.length >= KEY_BITS) throw new Error('gazetteer: too many keys for the index layout');
  const keyOrder = new Float64Array(keys.length);
  keys.forEach((k, i) => { keyOrder[i] = hashKey(k) * KEY_BITS + i; });
  keyOrder.sort();
  const order = Array.from(keyOrder, (v) => v % KEY_BITS);
  const rank = new Int32Array(keys.length);
  order.forEach((k, r) => { rank[k] = r; });

  // Postings sorted by key rank, then feature, then level: rank * 2^22 * 8 + feature * 8 + level.
  const FEATURE_BITS = 2 ** 22;
  if (features.length >= FEATURE_BITS) throw new Error('gazetteer: too many features for the index layout');
  const pairOrder = new Float64Array(pairKey.length);
  for (let i = 0; i < pairKey.length; i++) pairOrder[i] = (rank[pairKey[i]!]! * FEATURE_BITS + pairFeature[i]!) * 8 + pairLevel[i]!;
  pairOrder.sort();
  const postings: number[] = [];
  const levels: number[] = [];
  const postingStarts = new Uint32Array(keys.length + 1);
  let lastKey = -1;
  let lastFeature = -1;
  for (const v of pairOrder) {
    const level = v % 8;
    const feature = Math.floor(v / 8) % FEATURE_BITS;
    const r = Math.floor(v / 8 / FEATURE_BITS);
    if (r === lastKey && feature === lastFeature) continue;
    while (lastKey < r) postingStarts[++lastKey] = postings.length;
    lastFeature = feature;
    postings.push(feature);
    levels.push(level);
  }
  while (lastKey < keys.length) postingStarts[++lastKey] = postings.length;

  const keyOffsets = new Uint32Array(keys.length + 1);
  let offset = 0;
  order.forEach((k, r) => {
    keyOffsets[r] = offset;
    offset += keys[k]!.length;
  });
  keyOffsets[keys.length] = offset;
  return {
    keyCount: keys.length,
    postingCount: postings.length,
    keyText: order.map((k) => keys[k]!).join(''),
    sections: {
      keyHashes: new Uint32Array(order.map((k) => hashKey(keys[k]!))),
      keyOffsets,
      postingStarts,
      postings: new Uint32Array(postings),
      postingLevels: new Uint8Array(levels),
    },
  };
}

/** Header (magic, section count, then offset and byte length per section) followed by 8-byte-aligned sections. */
function packSections(sections: Record<SectionName, ArrayBufferView>): Buffer {
  const headerBytes = 8 + SECTIONS.length * 8;
  let offset = align(headerBytes);
  const layout = SECTIONS.map(([name]) => {
    const view = sections[name];
    const at = offset;
    offset = align(offset + view.byteLength);
    return { view, at };
  });
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x315a4147, 0); // "GAZ1"
  out.writeUInt32LE(SECTIONS.length, 4);
  layout.forEach(({ view, at }, i) => {
    out.writeUInt32LE(at, 8 + i * 8);
    out.writeUInt32LE(view.byteLength, 12 + i * 8);
    Buffer.from(view.buffer, view.byteOffset, view.byteLength).copy(out, at);
  });
  return out;
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
