import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureGazetteerDir } from '../../../scripts/gazetteer/fixtures/fixture-gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import { MANIFEST_FILE } from './gazetteer-format.js';

test('loading a folder without an index fails with a hint on how to build it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-empty-'));
  try {
    assert.throws(() => loadGazetteer(dir), /build-gazetteer/);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ format: -1 }));
    assert.throws(() => loadGazetteer(dir), /format -1/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('features keep their GeoNames id, coordinates, country and kind', () => {
  const g = loadGazetteer(fixtureGazetteerDir());
  const [tbilisi] = g.find('tbilisi').filter((p) => g.kind(p.feature) === 'city');
  assert.ok(tbilisi !== undefined);
  const f = tbilisi.feature;
  assert.equal(g.geonameId(f), 611717);
  assert.equal(g.country(f), 'GE');
  assert.ok(Math.abs(g.lat(f) - 41.69411) < 1e-4 && Math.abs(g.lon(f) - 44.83368) < 1e-4);
  assert.equal(g.fcode(f), 'PPLC');
  assert.deepEqual(g.find('no such place anywhere'), []);
});
