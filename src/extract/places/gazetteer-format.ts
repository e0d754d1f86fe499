/**
 * The on-disk layout of the gazetteer index (`models/gazetteer/`), shared by
 * the builder (`scripts/build-gazetteer.ts`) and the loader. Typed arrays are
 * stored raw (little-endian) so loading is a read and a few views, no parsing.
 * @module
 */
import type { GeoKind } from '../../model/contract.js';

/** Bumped whenever the layout or the folding of keys changes; a mismatch forces a rebuild. */
export const GAZETTEER_FORMAT = 3;

export const MANIFEST_FILE = 'manifest.json';
export const TABLES_FILE = 'tables.json';
export const NAMES_FILE = 'names.txt';
export const KEYS_FILE = 'keys.txt';
export const BINARY_FILE = 'index.bin';

/** Kind codes stored per feature; the index into this list is the code. */
export const KIND_CODES: readonly GeoKind[] = ['country', 'region', 'city', 'site'];

/** How a key was derived from a feature's name; lower is a stronger match. */
export const MATCH = {
  /** The feature's main, ASCII or official name. */
  name: 0,
  /** One of its alternate names (any language or script). */
  alt: 1,
  /** A name with a leading article or generic word removed. */
  stripped: 2,
  /** A demonym or adjective ("Syrian", "European"). */
  demonym: 3,
  /** Consonant skeleton of a Latin-script name (transliteration variants). */
  skeleton: 4,
} as const;
export type MatchLevel = (typeof MATCH)[keyof typeof MATCH];

/** Keys of the skeleton tier carry this prefix so they never meet ordinary keys. */
export const SKELETON_PREFIX = '~';

/** Sections of `index.bin`, in file order, with their element types. */
export const SECTIONS = [
  ['ids', Int32Array],
  ['lat', Float32Array],
  ['lon', Float32Array],
  ['population', Float64Array],
  ['country', Uint16Array],
  ['region', Int32Array],
  ['kind', Uint8Array],
  ['fcode', Uint8Array],
  ['keyHashes', Uint32Array],
  ['keyOffsets', Uint32Array],
  ['postingStarts', Uint32Array],
  ['postings', Uint32Array],
  ['postingLevels', Uint8Array],
] as const;
export type SectionName = (typeof SECTIONS)[number][0];

/** Small tables kept as JSON beside the binary arrays. */
export interface GazetteerTables {
  /** ISO2 codes; a feature's `country` field indexes this list. */
  readonly countries: readonly string[];
  /** Feature index of each country's own feature, parallel to `countries` (-1 when absent). */
  readonly countryFeatures: readonly number[];
  /** GeoNames feature codes; a feature's `fcode` field indexes this list. */
  readonly fcodes: readonly string[];
}

/** What the builder records about one build, to tell whether the index is up to date. */
export interface GazetteerManifest {
  readonly format: number;
  /** Versions of the source packages and a digest of the builder's own data files. */
  readonly sources: Readonly<Record<string, string>>;
  readonly features: number;
  readonly keys: number;
  readonly postings: number;
  readonly builtAt: string;
}

/** 32-bit FNV-1a over UTF-16 code units: the key hash used by the index. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
