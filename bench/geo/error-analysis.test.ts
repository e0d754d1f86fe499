import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Geo } from '../../src/model/contract.js';
import { loadGazetteer } from '../../src/extract/places/index.js';
import { fixtureGazetteerDir } from '../../scripts/gazetteer/fixtures/fixture-gazetteer.js';
import { distanceKm } from '../../src/extract/places/geo-distance.js';
import { causeCounts, classifyMisses } from './error-analysis.js';
import type { ToponymOutcome } from './evaluate.js';

const geo = (name: string, country: string, kind: Geo['kind'], lat: number, lon: number): Geo => ({ geonameId: 1, name, country, lat, lon, kind });

function outcome(name: string, lat: number, lon: number, answer: Geo | null, containing = false): ToponymOutcome {
  return {
    gold: { name, start: 0, end: name.length, lat, lon },
    geo: answer,
    errorKm: answer === null ? null : distanceKm(lat, lon, answer.lat, answer.lon),
    containing,
  };
}

test('misses are sorted by cause: country point, wrong candidate, dropped, unknown name; hits are left out', () => {
  const g = loadGazetteer(fixtureGazetteerDir());
  const misses = classifyMisses(g, [
    outcome('Syria', 36.5, 40.75, geo('Syria', 'SY', 'country', 35, 38), true),
    outcome('Paris', 33.66, -95.56, geo('Paris', 'FR', 'city', 48.85, 2.35)),
    outcome('Tbilisi', 41.69, 44.83, null),
    outcome('Zorblatt', 10, 10, null),
    outcome('Damascus', 33.51, 36.29, geo('Damascus', 'SY', 'city', 33.51, 36.29)),
  ]);
  assert.deepEqual(misses.map((m) => [m.outcome.gold.name, m.cause]), [
    ['Syria', 'country-point'], ['Paris', 'wrong-candidate'], ['Tbilisi', 'dropped'], ['Zorblatt', 'unknown-name'],
  ]);
  assert.equal(misses[1]!.nearest, 'Paris (US, city)');
  const counts = causeCounts(misses, 5);
  assert.deepEqual([counts['wrong-candidate'].n, counts['wrong-candidate'].share], [1, 0.2]);
});
