/**
 * Place ranking data: which resolved places are precise enough to be an
 * event's place, and which names are streets, gates and campuses (too
 * local: the town they are in is the better answer).
 */
import type { GeoKind } from '../../../model/contract.js';
import { wordPattern } from '../text/word-pattern.js';

/** Rank of a resolved place by kind: towns and sites first, countries last. */
export const GEO_KIND_RANK: Readonly<Record<GeoKind, number>> = { city: 4, site: 4, region: 3, country: 1 };

/** Rank of a place name that could not be resolved (a village, a region, a camp). */
export const UNRESOLVED_RANK = 3;

/** Rank of a street-like place: below any town, so the town of the statement is preferred. */
export const STREET_RANK = 0;

/** Names of streets, roads, gates and campuses. */
export const STREET_LIKE = wordPattern(String.raw`\b(?:road|street|avenue|highway|motorway|gate|campus|square|bridge|boulevard|lane|route|rue|calle|carretera|vía|avenida|plaza|autopista)\b`);

// A place name: capitalised words, with the small words place names carry ("Port-au-Prince", "Santiago de Cali").
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|la|el|du|des|al|upon|on)\s+)?\p{Lu}[\p{L}'’.-]*){0,4}`;
const DAY_MONTH_YEAR = String.raw`(?:(?:le|el|on)\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}`;
const MONTH_DAY_YEAR = String.raw`\p{L}+\.?\s+\d{1,2},?\s+\d{4}`;

/**
 * A dateline or signature: a place (and region) followed by a date, opening
 * its line ("NAIROBI – 14 June 2011 –", "Athens, 2 November 2014",
 * "JAGDALPUR, April 17 (CINS):").
 */
export const DATELINE = new RegExp([
  String.raw`^\s*${PLACE}(?:,\s*${PLACE})?\s*(?:[–—-]|,)\s*(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})`,
  String.raw`^\s*${PLACE},\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)(?:\s*\([^)]{1,30}\))?\s*[:–—-]`,
].join('|'), 'u');
