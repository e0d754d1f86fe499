/**
 * The builder's in-memory shape of one gazetteer feature, before it is packed
 * into the index.
 * @module
 */
import type { GeoKind } from '../../src/model/contract.js';
import type { MatchLevel } from '../../src/extract/places/gazetteer-format.js';
import { hashKey } from '../../src/extract/places/gazetteer-format.js';

/** A name under which a feature can be found, with how strong a match on it is. */
export interface FeatureName {
  readonly text: string;
  readonly level: MatchLevel;
}

export interface BuildFeature {
  /** GeoNames id; negative for places the sources carry without one (see `syntheticId`). */
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Population, or an estimate used only as a prior (sum of the cities inside for countries and regions). */
  population: number;
  /** ISO2 country code; "" for places beyond one country (continents). */
  readonly country: string;
  /** GeoNames admin1 code of the place (its own code for a region); "" when unknown. */
  readonly admin1: string;
  /** GeoNames admin2 code (a county for the United States); "" when unknown. */
  readonly admin2?: string;
  readonly kind: GeoKind;
  /** GeoNames feature code (PPLA, ADM1, PCLI, CONT, …). */
  readonly fcode: string;
  readonly names: FeatureName[];
}

/**
 * A stable negative id for a place the sources give no GeoNames id for,
 * derived from a fixed label ("country:XK"), so it never changes between builds
 * and never collides with a real GeoNames id.
 */
export function syntheticId(label: string): number {
  return -(1 + (hashKey(label) % 1_000_000_000));
}
