/**
 * What goes into the gazetteer built by `scripts/ner/build-gazetteer.ts` from
 * the GeoNames and country data of installed npm packages, and the category
 * names the tagger reads. Thresholds are populations from GeoNames cities500.
 */

/** Gazetteer categories, in the order of their ids (the ids are stored in models). */
export const GAZETTEER_CATEGORIES = [
  'country', // English names, official names and alternative spellings of countries
  'demonym', // nationality adjectives and group names: Syrian, Kurds
  'cityLarge', // cities of at least CITY_LARGE_MIN inhabitants
  'cityMedium',
  'citySmall',
  'region', // first-level divisions (states, provinces)
  'firstName',
  'lastName',
  'knownOrg', // well-known organizations and teams
  'orgHead', // words that end or head organization names: Party, Front, Union
  'perTitle', // titles before a person's name: President, Minister, Mr
  'locHead', // words that head or end place names: River, Province, Mountains
  'countryIntl', // country names in French, Spanish, German, Turkish, Arabic and native forms
  'cityIntl', // alternate names of larger cities in Latin and Arabic script
  'demonymIntl', // French demonyms and the like
] as const;
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** Cities with at least this population are `cityLarge` (capitals and major cities). */
export const CITY_LARGE_MIN = 500_000;
/** … `cityMedium`. */
export const CITY_MEDIUM_MIN = 50_000;
/** … `citySmall`; smaller places are left out, they collide with too many ordinary words. */
export const CITY_SMALL_MIN = 5_000;
/** Alternate (foreign-language) names are kept for cities at least this large. */
export const CITY_INTL_MIN = 100_000;

/** Languages of world-countries translations kept in `countryIntl` (ISO 639-3 as that package keys them). */
export const COUNTRY_TRANSLATION_LANGUAGES: readonly string[] = ['fra', 'spa', 'deu', 'tur', 'ara', 'ita', 'por', 'nld'];

/** Scripts kept from GeoNames alternate names: Latin and Arabic letters only. */
export const INTL_NAME_PATTERN = /^[\p{Script=Latin}\p{Script=Arabic}\p{M}' .-]+$/u;
