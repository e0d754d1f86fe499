/**
 * Place resolution: LOC mentions to GeoNames features (`Geo`), disambiguated
 * with the rest of the text. The gazetteer index is built from npm packages by
 * `scripts/build-gazetteer.ts` into `models/gazetteer/` and loaded once.
 *
 * ```ts
 * const places = loadPlaceResolver();
 * places.resolve([{ text: 'Georgia', start: 0, end: 7 }], { text: 'Georgia and Tbilisi …' });
 * lookupPlace('Qamishli');
 * ```
 * @module
 */
import { join, resolve } from 'node:path';
import type { Geo } from '../../model/contract.js';
import { MODELS_DIR } from '../../util/paths.js';
import { loadGazetteer } from './gazetteer.js';
import { createPlaceResolver } from './place-resolver.js';
import type { PlaceContext, PlaceResolver } from './place-resolver.js';

export type { PlaceContext, PlaceMention, PlaceResolver } from './place-resolver.js';
export type { Gazetteer } from './gazetteer.js';
export { loadGazetteer } from './gazetteer.js';
export { createPlaceResolver } from './place-resolver.js';
export { normalizeName as normalizePlaceName } from './normalize-name.js';
export { distanceKm } from './geo-distance.js';

/** Default folder of the gazetteer index. */
export const DEFAULT_GAZETTEER_DIR: string = join(MODELS_DIR, 'gazetteer');

export interface PlaceResolverOptions {
  /** Folder of the gazetteer index; `models/gazetteer/` by default. */
  readonly indexDir?: string;
}

const cache = new Map<string, PlaceResolver>();

/** The place resolver over the index in `indexDir`, loaded on first use and cached per folder. */
export function loadPlaceResolver(options: PlaceResolverOptions = {}): PlaceResolver {
  const dir = resolve(options.indexDir ?? DEFAULT_GAZETTEER_DIR);
  let resolver = cache.get(dir);
  if (resolver === undefined) {
    resolver = createPlaceResolver(loadGazetteer(dir));
    cache.set(dir, resolver);
  }
  return resolver;
}

/** Resolves one place name with the default resolver; `context.text` (if given) helps disambiguate. */
export function lookupPlace(name: string, context?: Partial<PlaceContext>): Geo | null {
  return loadPlaceResolver().lookup(name, context);
}
