import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCountryPoints } from './read-country-points.js';
import { readIsoCountries } from './read-countries.js';
import { COUNTRY_POINTS_FILE, defaultSourceFiles } from './source-packages.js';

test('the facts table of country points is well formed and its ids are the ones iso3166-2-db gives', () => {
  const points = readCountryPoints(COUNTRY_POINTS_FILE);
  assert.ok(points.size >= 190, `${points.size} countries`);
  const iso = readIsoCountries(defaultSourceFiles().isoRegions);
  for (const [code, p] of points) {
    const expected = iso[code]?.reference?.geonames;
    if (expected !== undefined && expected !== null) assert.equal(p.geonameId, expected, code);
  }
  assert.deepEqual(points.get('US'), { geonameId: 6252001, lat: 39.76, lon: -98.5 });
});

test('a malformed row of the facts table fails with its line number, and a missing file gives no points', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-points-'));
  try {
    const path = join(dir, 'points.tsv');
    writeFileSync(path, '# header\nGE\t614540\tGeorgia\t41.99998\t43.4999\nSY\tnot-an-id\tSyria\t35\t38\n');
    assert.throws(() => readCountryPoints(path), /points\.tsv:3/);
    assert.equal(readCountryPoints(join(dir, 'absent.tsv')).size, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
