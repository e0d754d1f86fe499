import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/extract/places/gazetteer.js';
import { MATCH, SKELETON_PREFIX } from '../../src/extract/places/gazetteer-format.js';
import { normalizeName, skeletonKey } from '../../src/extract/places/normalize-name.js';
import { buildGazetteerIndex } from './build-gazetteer-index.js';
import { FIXTURE_SOURCES, fixtureGazetteerDir } from './fixtures/fixture-gazetteer.js';

const names = (dir: string, key: string) => {
  const g = loadGazetteer(dir);
  return g.find(key).map((p) => `${g.name(p.feature)}/${g.country(p.feature)}/${g.kind(p.feature)}`);
};

test('a second build with unchanged sources is skipped, and --force rebuilds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-gazetteer-'));
  try {
    assert.equal(buildGazetteerIndex({ outDir: dir, files: FIXTURE_SOURCES }).built, true);
    assert.equal(buildGazetteerIndex({ outDir: dir, files: FIXTURE_SOURCES }).built, false);
    assert.equal(buildGazetteerIndex({ outDir: dir, files: FIXTURE_SOURCES, force: true }).built, true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('countries, regions, counties, extra places and cities are all indexed with their kinds', () => {
  const dir = fixtureGazetteerDir();
  assert.ok(names(dir, 'georgia').includes('Georgia/GE/country'));
  assert.ok(names(dir, 'georgia').includes('Georgia/US/region'));
  assert.ok(names(dir, 'laurel county').includes('Laurel County/US/region'));
  assert.ok(names(dir, 'middle east').includes('Middle East//region'));
  assert.ok(names(dir, 'tbilisi').includes('Tbilisi/GE/city'));
});

test('a city is found under its alternate names in any script, with and without the article', () => {
  const dir = fixtureGazetteerDir();
  for (const form of ['Hasakeh', 'الحسكة', 'Hasakah', 'El Haseke']) {
    assert.ok(names(dir, normalizeName(form)).includes('Al Ḩasakah/SY/city'), form);
  }
});

test('transliteration variants share a skeleton key that leads to the city', () => {
  const dir = fixtureGazetteerDir();
  const key = skeletonKey(normalizeName('Heseke'));
  assert.ok(key !== null);
  assert.ok(names(dir, SKELETON_PREFIX + key).includes('Al Ḩasakah/SY/city'));
});

test('demonyms point to their country and code-like alternate names are left out', () => {
  const dir = fixtureGazetteerDir();
  const g = loadGazetteer(dir);
  const syrian = g.find('syrian');
  assert.equal(syrian.length, 1);
  assert.equal(g.kind(syrian[0]!.feature), 'country');
  assert.equal(syrian[0]!.level, MATCH.demonym);
  assert.deepEqual(names(dir, 'lhr'), []);
});

test('a region point geocoded into another country is dropped, and cities link to their region', () => {
  const dir = fixtureGazetteerDir();
  const g = loadGazetteer(dir);
  assert.deepEqual(names(dir, 'somewhere else'), []);
  const cairns = g.find('cairns')[0]!.feature;
  assert.equal(g.name(g.region(cairns)), 'Queensland');
  assert.ok(g.geonameId(g.countryFeature('SY')) > 0);
});

test("a country takes GeoNames' own point from the facts table, and keeps the package point without a row", () => {
  const g = loadGazetteer(fixtureGazetteerDir());
  const georgia = g.countryFeature('GE');
  assert.deepEqual([g.lat(georgia), g.lon(georgia), g.geonameId(georgia)], [41.99998, 43.4999, 614540]);
  const syria = g.countryFeature('SY');
  assert.deepEqual([g.lat(syria), g.lon(syria)], [35, 38]);
});

test('natural features and former states are indexed, with demonyms for the latter', () => {
  const dir = fixtureGazetteerDir();
  assert.ok(names(dir, 'lake erie').includes('Lake Erie//site'));
  assert.ok(names(dir, 'bosphorus').includes('Bosporus/TR/site'));
  assert.ok(names(dir, 'soviet union').includes('Soviet Union//region'));
  const g = loadGazetteer(dir);
  assert.ok(g.find('soviet').some((p) => p.level === MATCH.demonym && g.name(p.feature) === 'Soviet Union'));
});
